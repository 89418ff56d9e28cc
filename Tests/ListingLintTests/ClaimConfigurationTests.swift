import Testing
import ListingLintCore
import ListingLintChecks
import ListingLintMatching

/// The configuration's claims allowlist and custom rules, title capitals, drop-in replacements and the
/// claim rule catalogue.
@Suite struct ClaimConfigurationTests {
    static let plain = CategoryDecision(name: "default", reason: "test")

    func judge(_ configuration: LintConfiguration) -> ClaimJudge {
        ClaimJudge(configuration: configuration, library: ClaimTestSupport.engineLibrary)
    }

    func listing(title: String? = nil, _ description: String) -> Listing {
        Listing(
            id: "l1", source: "t.html", format: .html,
            title: title.map { TextSegment(text: $0, role: .title, location: SourceLocation(line: 1, column: 1)) },
            segments: [TextSegment(text: description, role: .description, location: SourceLocation(line: 3, column: 1))]
        )
    }

    @Test func allowlistedTextIsListedAsAnExemptionWithItsReason() throws {
        let entry = AllowlistEntry(text: "最佳 拍档", reason: "registered trademark 最佳拍档")
        let judged = judge(LintConfiguration(asOf: "2099-12-31", allowlist: [entry]))
            .judge(listing("最佳拍档保温杯，最佳选择"), category: Self.plain)
        #expect(judged.findings.map(\.evidence) == ["最佳"])
        #expect(judged.findings.first?.location?.column == 9)
        let exemption = try #require(judged.exemptions.first { $0.reason.contains("allowlisted") })
        #expect(exemption.evidence == "最佳")
        #expect(exemption.location?.column == 1)
        #expect(exemption.reason.contains("registered trademark"))
    }

    @Test func allowlistEntryForOneRuleLetsOnlyThatRuleThrough() {
        let entry = AllowlistEntry(text: "最佳", reason: "r", rule: "claim.cn.other.rule")
        let judged = judge(LintConfiguration(asOf: "2099-12-31", allowlist: [entry]))
            .judge(listing("最佳选择"), category: Self.plain)
        #expect(judged.findings.map(\.evidence) == ["最佳"])
    }

    @Test func unusedAllowlistEntriesAreFoundOverTheRun() {
        let used = AllowlistEntry(text: "最佳拍档", reason: "trademark")
        let unused = AllowlistEntry(text: "World's Best Dad", reason: "mug slogan")
        let configuration = LintConfiguration(asOf: "2099-12-31", allowlist: [used, unused])
        let checker = ListingChecker(configuration: configuration)
        let report = checker.check(listing("最佳拍档保温杯"))
        #expect(ClaimJudge.unusedAllowlist(configuration, in: [report]) == [unused])
        #expect(ClaimJudge.unusedAllowlist(configuration, in: []) == [used, unused])
    }

    @Test func customRulesAreMatchedLikePackRules() throws {
        let rule = CustomClaimRule(id: "custom.no-miracle", terms: ["神器"], severity: .error, message: "No 神器.",
                                   category: "superlative")
        let judged = judge(LintConfiguration(asOf: "2099-12-31", customRules: [rule]))
            .judge(listing("厨房神 器，一用就爱上"), category: Self.plain)
        let finding = try #require(judged.findings.first { $0.rule == "custom.no-miracle" })
        #expect(finding.evidence == "神 器")
        #expect(finding.severity == .error)
        #expect(finding.category == "superlative")
        #expect(finding.evasion != nil)
        #expect(judge(LintConfiguration(asOf: "2099-12-31")).judge(listing("厨房神器"), category: Self.plain)
            .findings.allSatisfy { $0.rule != "custom.no-miracle" })
    }

    @Test func titlesInCapitalsAreInfoFindingsFromTheRawTitle() throws {
        let judged = judge(LintConfiguration(jurisdictions: ["us"], asOf: "2099-12-31"))
        let shouting = judged.judge(listing(title: "SUPER SOFT FLEECE Blanket 150 cm", "Soft."), category: Self.plain)
        let finding = try #require(shouting.findings.first { $0.rule == "claim.en.title.all-caps" })
        #expect(finding.severity == .info)
        #expect(finding.evidence == "SUPER SOFT FLEECE")
        #expect(finding.category == "title-formatting")
        for calm in ["Fleece Blanket 150 x 200 cm, Grey", "LED USB-C Desk Lamp 4K", "NIKE Running Shoes Men Size 42"] {
            let findings = judged.judge(listing(title: calm, "Soft."), category: Self.plain).findings
            #expect(findings.allSatisfy { $0.rule != "claim.en.title.all-caps" }, "\(calm)")
        }
        let description = judged.judge(listing("SUPER SOFT FLEECE BLANKET"), category: Self.plain).findings
        #expect(description.isEmpty)
        let cnOnly = judge(LintConfiguration(jurisdictions: ["cn"], asOf: "2099-12-31"))
        #expect(cnOnly.judge(listing(title: "SUPER SOFT FLEECE", "x"), category: Self.plain).findings.isEmpty)
    }

    @Test func shippedRulesOfferDropInReplacements() throws {
        let judged = ClaimJudge(configuration: LintConfiguration(asOf: "2099-12-31"))
            .judge(listing("最佳的保温杯"), category: Self.plain)
        let finding = try #require(judged.findings.first { $0.rule == "claim.cn.absolute.zuijia" })
        #expect(finding.replacement == "优质")
        let none = ClaimJudge(configuration: LintConfiguration(asOf: "2099-12-31"))
            .judge(listing("唯一的保温杯"), category: Self.plain)
        #expect(none.findings.first?.replacement == nil)
    }

    @Test func ruleCatalogueListsEveryShippedClaimRule() {
        #expect(ClaimJudge.ruleDescriptors.map(\.id) == RulePackLibrary.shared.rules.map(\.id))
        let best = ClaimJudge.ruleDescriptors.first { $0.id == "claim.en.absolute.best" }
        #expect(best?.name == "AbsoluteBest")
        #expect(best?.category == "absolute-term")
        #expect(best?.basis?.isEmpty == false)
    }
}
