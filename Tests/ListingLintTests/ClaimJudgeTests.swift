import Testing
import ListingLintCore
import ListingLintChecks
import ListingLintMatching

/// Field scoping, severities and locations of claim findings.
@Suite struct ClaimJudgeTests {
    static let judge = ClaimJudge(
        configuration: LintConfiguration(asOf: "2099-12-31"), library: ClaimTestSupport.engineLibrary
    )
    static let plain = CategoryDecision(name: "default", reason: "test")

    func listing(title: String? = nil, _ segments: [(String, TextRole)], category: String? = nil) -> Listing {
        Listing(
            id: "l1", source: "t.html", format: .html,
            title: title.map { TextSegment(text: $0, role: .title, location: SourceLocation(line: 1, column: 1)) },
            category: category,
            segments: segments.enumerated().map { index, item in
                TextSegment(text: item.0, role: item.1, location: SourceLocation(line: 10 + index, column: 5))
            }
        )
    }

    func findings(_ listing: Listing) -> [Finding] { Self.judge.judge(listing, category: Self.plain).findings }

    @Test func findingCarriesRuleEvidenceBasisSuggestionAndEvasion() throws {
        let finding = try #require(findings(listing([("全網最 好的保温杯", .description)])).first)
        #expect(finding.rule == "claim.cn.superlative.core-quanwang")
        #expect(finding.kind == .bannedClaim)
        #expect(finding.severity == .warning)
        #expect(finding.evidence == "全網最 好")
        #expect(finding.category == "superlative")
        #expect(finding.basis?.contains("第九条") == true)
        #expect(finding.suggestion?.isEmpty == false)
        #expect(finding.evasion == "spaces or symbols between characters, traditional characters")
        #expect(finding.location == SourceLocation(line: 10, column: 5, field: "description"))
    }

    @Test func theSameClaimInSeveralPlacesIsOneFindingThatNamesThem() throws {
        let found = findings(listing(title: "全網最 好的保温杯", [("全網最 好的保温杯，保温24小时", .description), ("全網最 好", .bullet)]))
            .filter { $0.rule == "claim.cn.superlative.core-quanwang" }
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.location?.line == 1)  // the title: its severity is one step stricter
        #expect(finding.severity == .error)
        #expect(finding.message.contains("also at description 10:5, bullet 11:5"))
        let different = findings(listing([("全網最 好", .description), ("全网最好", .bullet)]))
        #expect(different.filter { $0.rule == "claim.cn.superlative.core-quanwang" }.count == 2)
    }

    @Test func aGradeWhoseBasisIsShownElsewhereNeedsOnlyEvidenceEvenInTheTitle() throws {
        let library = ClaimTestSupport.library(extraRules: ClaimTestSupport.rule("claim.cn.test.teji", "absolute-term", ["特级", "一级"]))
        let judge = ClaimJudge(configuration: LintConfiguration(asOf: "2099-12-31"), library: library)
        func grade(_ listing: Listing) -> Finding? {
            judge.judge(listing, category: Self.plain).findings.first { $0.rule == "claim.cn.test.teji" && $0.evidence == "特级" }
        }
        let inText = try #require(grade(listing(title: "特级明前龙井茶 250g", [("等级：特级（依据GB/T 18650）", .description)])))
        #expect(inText.severity == .evidence)
        #expect(inText.location?.line == 1)
        #expect(inText.message.contains("shown at description 10:8"), "\(inText.message)")
        var exported = listing(title: "特级明前龙井茶 250g", [])
        exported.attributes = [Attribute(name: "等级", value: "特级", origin: .exportField, location: SourceLocation(field: "attributes/等级"))]
        #expect(try #require(grade(exported)).severity == .evidence)
        let alone = try #require(grade(listing(title: "特级明前龙井茶 250g", [("产地：杭州", .specValue)])))
        #expect(alone.severity == .error)  // a warning, one step stricter in the title
        let otherGrade = try #require(grade(listing([("特级初榨", .description), ("等级：一级（依据GB/T 18650）", .description)])))
        #expect(otherGrade.severity == .warning)  // only the same grade is covered
    }

    @Test func exportedAttributeValuesAreSpecValues() throws {
        let judge = Self.judge
        var exported = listing([("好枕头", .description)])
        exported.attributes = [
            Attribute(name: "温馨提示", value: "进口环保材质", origin: .exportField, location: SourceLocation(pointer: "/attributes/温馨提示", field: "attribute:温馨提示")),
            Attribute(name: "等级", value: "最好", origin: .exportField, location: SourceLocation(pointer: "/attributes/等级", field: "attribute:等级")),
            Attribute(name: "颜色", value: "环保绿", origin: .jsonLD, location: SourceLocation(pointer: "/x", field: "json-ld")),
        ]
        let findings = judge.judge(exported, category: Self.plain).findings
        #expect(findings.map(\.rule) == ["claim.cn.green.core-huanbao"])  // green claims count in a spec value; 最好 does not
        #expect(findings.first?.location?.pointer == "/attributes/温馨提示")
        // A value a page also shows as a segment is read once.
        exported.segments.append(TextSegment(text: "进口环保材质", role: .specValue, location: exported.attributes[0].location))
        #expect(judge.judge(exported, category: Self.plain).findings.count == 1)
    }

    @Test func locationAdvancesThroughTheSegmentInScalarsAndLines() throws {
        let text = "说明行👍🏽\n🙂前缀最佳选择"
        let finding = try #require(findings(listing([(text, .description)])).first)
        #expect(finding.evidence == "最佳")
        #expect(finding.location?.line == 11)
        #expect(finding.location?.column == 4)  // 🙂 前 缀 then 最: column 1 + 3 scalars
        let sameLine = try #require(findings(listing([("👍🏽ab 最佳", .description)])).first)
        #expect(sameLine.location?.column == 5 + 5)  // 👍 🏽 a b space = 5 scalars after column 5
    }

    @Test func jsonPointerIsKept() throws {
        let segment = TextSegment(text: "顶级面料", role: .description,
                                  location: SourceLocation(pointer: "/products/0/body_html", field: "description"))
        let listing = Listing(id: "j", source: "p.json", format: .shopify, segments: [segment])
        let finding = try #require(findings(listing).first)
        #expect(finding.location == SourceLocation(pointer: "/products/0/body_html", field: "description"))
    }

    @Test func titlesAreStricterAndGetTitleOnlyRules() {
        let inTitle = findings(listing(title: "全网最好的T恤 - Free Shipping", []))
        #expect(inTitle.map(\.rule) == ["claim.cn.superlative.core-quanwang", "claim.us.title.core-promo"])
        #expect(inTitle.map(\.severity) == [.error, .info])
        #expect(inTitle[0].message.contains("in the title"))
        let inDescription = findings(listing([("全网最好的T恤 - FREE SHIPPING", .description)]))
        #expect(inDescription.map(\.severity) == [.warning])
    }

    @Test func reviewsBoilerplateLabelsAndHiddenTextAreNotTheSellersClaims() {
        var subject = listing([
            ("最好的购物体验，顶级", .review), ("全网最低价，国家级客服", .boilerplate), ("最大承重", .specName),
            ("首页 > 最佳家具", .breadcrumb),
        ])
        subject.hiddenText = [TextSegment(text: "最佳", role: .other, location: SourceLocation(line: 99, column: 1))]
        #expect(findings(subject).isEmpty)
    }

    @Test func specValuesCountOnlyForClaimsThatMatterThere() {
        let result = findings(listing([("最佳选择", .specValue), ("环保材料，零污染", .specValue)]))
        #expect(result.map(\.evidence) == ["环保", "零污染"])
    }

    @Test func materialValueCompositionIsListedAsExempt() {
        var subject = listing([("100%棉", .specValue)])
        subject.attributes = [Attribute(name: "材质", value: "100%棉", origin: .specTable, location: subject.segments[0].location)]
        let (found, exempted) = Self.judge.judge(subject, category: Self.plain)
        #expect(found.isEmpty)
        #expect(exempted.map(\.rule) == ["claim.cn.totality.core-baifenbai", "claim.en.totality.core-perfect"])
        #expect(exempted.first?.evidence == "100%棉".prefix(4).description)
        #expect(exempted.first?.location?.line == 10)
    }

    @Test func exemptionsCarryReasonAndLocation() throws {
        let (found, exempted) = Self.judge.judge(listing([("说明：第一次使用前请清洗", .description)]), category: Self.plain)
        #expect(found.isEmpty)
        let exemption = try #require(exempted.first)
        #expect(exemption.rule == "claim.cn.ranking.core-diyi")
        #expect(exemption.evidence == "第一")
        #expect(exemption.location?.column == 5 + 3)
        #expect(exemption.reason.contains("ordinary word"))
    }

    @Test func vaguePraiseStaysAdviceInTheTitleAndInHealthContexts() {
        let shipped = ClaimJudge(configuration: LintConfiguration(asOf: "2099-12-31"), library: .shared)
        let subject = listing(title: "卓越音质蓝牙音箱", [("这款保健品品质卓越", .description)])
        let praise = shipped.judge(subject, category: Self.plain).findings.filter { $0.category == "vague-praise" }
        #expect(praise.map(\.rule) == ["claim.cn.praise.zhuoyue"])
        #expect(praise.map(\.severity) == [.info])
        #expect(ScoreCard.cost(of: .info) == 0)
    }

    @Test func sensitiveContextsRaiseSeverity() {
        #expect(findings(listing([("效果最好", .description)])).map(\.severity) == [.warning])
        #expect(findings(listing([("这款保健品效果最好", .description)])).map(\.severity) == [.error])
        let health = listing([("效果最好", .description)], category: "保健食品")
        #expect(findings(health).map(\.severity) == [.error])
        #expect(findings(health).first?.message.contains("art. 11") == true)
    }

    @Test func scopedSalesFactsNeedEvidenceUnlessTheContextIsSensitive() {
        let fact = "2024年上半年华东区销量第一（来源：某咨询公司报告）"
        let downgraded = findings(listing([(fact, .description)]))
        #expect(downgraded.map(\.severity) == [.evidence])
        #expect(downgraded.first?.message.contains("art. 7") == true)
        let sensitive = findings(listing([(fact, .description)], category: "保健食品"))
        #expect(sensitive.map(\.severity) == [.error])
    }

    @Test func jurisdictionAndDateComeFromTheConfiguration() {
        let subject = listing([("最佳选择，Eco-friendly", .description)])
        let us = ClaimJudge(
            configuration: LintConfiguration(jurisdictions: ["us"], asOf: "2026-01-01"), library: ClaimTestSupport.engineLibrary
        )
        #expect(us.judge(subject, category: Self.plain).findings.map(\.rule) == ["claim.us.green.core-generic"])
        let euBefore = ClaimJudge(
            configuration: LintConfiguration(jurisdictions: ["eu"], asOf: "2026-09-26"), library: ClaimTestSupport.engineLibrary
        )
        #expect(euBefore.judge(subject, category: Self.plain).findings.isEmpty)
        let euAfter = ClaimJudge(
            configuration: LintConfiguration(jurisdictions: ["eu"], asOf: "2026-09-27"), library: ClaimTestSupport.engineLibrary
        )
        #expect(euAfter.judge(subject, category: Self.plain).findings.map(\.rule) == ["claim.eu.green.core-generic"])
    }
}
