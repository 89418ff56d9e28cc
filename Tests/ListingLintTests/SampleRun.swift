import ListingLintCore

/// A realistic run built in code, so reporter tests do not depend on the readers or checks: a
/// Chinese HTML page (line/column locations, a banned claim, a vague and a missing field), an
/// English Shopify export (JSON pointer locations, a green claim, a substantiation claim, a seller
/// name with a comma), a clean listing, and two inputs that could not be read.
enum SampleRun {
    static let workingDirectory = "/work/project"
    static let tool = ToolInfo(version: "9.9.9-test", ruleSet: "rules-test", libxml2: "2.9.14")

    static var dress: ListingReport {
        ListingReport(
            id: "dress-zh-001",
            source: "/work/project/corpus/html/dress-zh.html",
            format: .html,
            title: "夏季新款 最佳 纯棉连衣裙",
            seller: "某某旗舰店",
            category: CategoryDecision(name: "apparel", reason: "breadcrumb \"女装 > 连衣裙\""),
            score: 18,
            grade: .e,
            fields: [
                FieldReport(
                    field: "material", requirement: .required, state: .present, value: "100%棉",
                    location: SourceLocation(line: 42, column: 13, field: "attribute:材质"),
                    source: "attribute 材质 (spec-table)", confidence: 1
                ),
                FieldReport(
                    field: "size", requirement: .required, state: .vague, value: "详见图片",
                    location: SourceLocation(line: 57, column: 9, field: "attribute:尺码")
                ),
                FieldReport(field: "instructions", requirement: .required, state: .missing),
            ],
            findings: [
                Finding(
                    rule: "claim.cn.absolute.zuijia", kind: .bannedClaim, severity: .error,
                    message: "“最佳” is an absolute term, banned in advertising",
                    evidence: "最佳", location: SourceLocation(line: 12, column: 20, field: "title"),
                    category: "absolute-term", basis: "广告法 第九条第（三）项 (Advertising Law Art. 9(3))",
                    suggestion: "删除“最佳”，改为可证实的具体描述", cost: 15
                ),
                Finding(
                    rule: "field.size.vague", kind: .vagueField, field: "size", severity: .warning,
                    message: "size is a placeholder (“详见图片”), not a size",
                    evidence: "详见图片", location: SourceLocation(line: 57, column: 9, field: "attribute:尺码"),
                    suggestion: "写明尺码表：S/M/L 对应的胸围、衣长（cm）", cost: 33
                ),
                Finding(
                    rule: "field.instructions.missing", kind: .missingField, field: "instructions", severity: .error,
                    message: "no care or usage instructions are stated", cost: 33
                ),
                Finding(
                    rule: "claim.cn.absolute.zuijia", kind: .bannedClaim, severity: .error,
                    message: "“最　佳” is an absolute term, banned in advertising",
                    evidence: "最　佳", location: SourceLocation(line: 88, column: 5, field: "description"),
                    category: "absolute-term", basis: "广告法 第九条第（三）项 (Advertising Law Art. 9(3))",
                    evasion: "spaces between characters", cost: 15
                ),
            ],
            exemptions: [
                Exemption(
                    rule: "claim.cn.absolute.zuixin", evidence: "最新",
                    location: SourceLocation(line: 12, column: 8, field: "title"), reason: "time order (最新)"
                )
            ]
        )
    }

    static var towel: ListingReport {
        ListingReport(
            id: "shopify-7781",
            source: "exports/shopify-products.json",
            format: .shopify,
            title: "Eco Bamboo Towel — the best towel on earth",
            seller: "GreenHome, Inc.",
            category: CategoryDecision(name: "default", reason: "no signal"),
            score: 89,
            grade: .b,
            fields: [
                FieldReport(
                    field: "material", requirement: .required, state: .present, value: "70% bamboo viscose, 30% cotton",
                    location: SourceLocation(pointer: "/products/0/body_html", field: "description"),
                    source: "free text", confidence: 0.7
                ),
                FieldReport(
                    field: "size", requirement: .required, state: .present, value: "70 x 140 cm",
                    location: SourceLocation(pointer: "/products/0/options/0/values/0", field: "attribute:Size")
                ),
                FieldReport(
                    field: "instructions", requirement: .required, state: .present, value: "Machine wash at 40 °C",
                    location: SourceLocation(pointer: "/products/0/body_html", field: "description")
                ),
                FieldReport(field: "warnings", requirement: .recommended, state: .notApplicable),
            ],
            findings: [
                Finding(
                    rule: "claim.eu.green.generic", kind: .bannedClaim, severity: .warning,
                    message: "generic environmental claim without recognised excellent environmental performance",
                    evidence: "Eco", location: SourceLocation(pointer: "/products/0/title", field: "title"),
                    category: "green-claim", basis: "Directive (EU) 2024/825, Annex I point 4a",
                    suggestion: "Name the specific environmental benefit and the evidence for it", cost: 8
                ),
                Finding(
                    rule: "claim.us.superlative.best", kind: .bannedClaim, severity: .evidence,
                    message: "superlative claim needs substantiation",
                    evidence: "the best towel on earth",
                    location: SourceLocation(pointer: "/products/0/title", field: "title"),
                    category: "superlative", basis: "FTC Act §5 (substantiation)", cost: 3, confidence: 0.9
                ),
                Finding(
                    rule: "input.recovered", kind: .inputWarning, severity: .info,
                    message: "a trailing comma after the last product was ignored",
                    location: SourceLocation(pointer: "/products"), cost: 0
                ),
            ]
        )
    }

    static var mug: ListingReport {
        ListingReport(
            id: "mug-en-01",
            source: "./corpus/json/mug.json",
            format: .listingJSON,
            title: "Stoneware mug, 350 ml",
            category: CategoryDecision(name: "default", reason: "no signal"),
            score: 100,
            grade: .a,
            fields: CoreField.all.map {
                FieldReport(field: $0, requirement: .required, state: .present, value: "stated")
            },
            findings: []
        )
    }

    static var inputErrors: [InputFailure] {
        [
            InputFailure(source: "corpus/missing.json", rule: InputRule.notFound, message: "no such file or directory"),
            InputFailure(
                source: "exports/broken.jsonl", listing: "sku-3", rule: InputRule.malformedJSON,
                message: "unexpected end of JSON <here> & no closing brace",
                location: SourceLocation(line: 3, column: 17)
            ),
        ]
    }

    /// The run over all of the above.
    static func report(listings: [ListingReport]? = nil, inputErrors: [InputFailure]? = nil) -> RunReport {
        let listings = listings ?? [dress, towel, mug]
        let failures = inputErrors ?? self.inputErrors
        var summary = CatalogueSummary(
            ruleSet: tool.ruleSet, inputs: Array(Set(listings.map(\.source) + failures.map(\.source))).sorted())
        for failure in failures { summary.addFailure(rule: failure.finding.rule) }
        for listing in listings { summary.add(listing) }
        return RunReport(tool: tool, listings: listings, inputErrors: failures, summary: summary)
    }
}
