import Testing
import ListingLintChecks
import ListingLintCore

/// Category, fields, findings and score together, as `listinglint check` reports them.
@Suite struct ListingCheckerFieldTests {
    @Test func apparelListingIsJudgedAndScored() {
        let sketch = ListingSketch(
            title: "女士纯棉连衣裙",
            attributes: [SketchAttribute("面料成分", "100%天丝"), SketchAttribute("尺码", "S, M, L")],
            description: "可机洗30℃，不可漂白。支持7天无理由退换货。"
        )
        let report = ListingChecker().check(sketch.listing)
        #expect(report.category.name == "apparel")
        #expect(report.category.reason == "keyword \"连衣裙\" in title")
        let states = Dictionary(uniqueKeysWithValues: report.fields.map { ($0.field, $0.state) })
        #expect(states["material"] == .vague)
        #expect(states["size"] == .present)
        #expect(states["instructions"] == .present)
        #expect(states["after-sales"] == .present)
        #expect(states["age-grading"] == .notApplicable)
        let costs = Dictionary(uniqueKeysWithValues: report.findings.map { ($0.rule, $0.cost ?? -1) })
        #expect(costs["field.material.invalid"] == 27)
        #expect(costs["field.size.weak"] == 0)
        #expect(costs["field.manufacturer.missing"] == 7)
        #expect(costs["field.shipping-time.missing"] == 6)
        #expect(report.score == 100 - 27 - 7 - 6)
        #expect(!report.isFullyTransparent)
    }

    @Test func configurationSeverityAndOffSwitchesApply() {
        var configuration = LintConfiguration()
        configuration.severityOverrides = ["field.size.missing": .warning]
        configuration.disabledRules = ["field.manufacturer.", "field.after-sales.missing", "field.shipping-time.missing"]
        let report = ListingChecker(configuration: configuration).check(ListingSketch(title: "Desk lamp", attributes: [SketchAttribute("Material", "Steel")]).listing)
        #expect(report.findings.first { $0.rule == "field.size.missing" }?.severity == .warning)
        #expect(!report.findings.contains { $0.rule.hasPrefix("field.manufacturer.") })
    }

    @Test func giftCardIsNotAskedForSizeOrMaterial() {
        let report = ListingChecker().check(ListingSketch(title: "礼品卡 500元", description: "使用方法：在结算页输入卡号和密码即可抵扣，有效期三年。").listing)
        #expect(report.category.name == "gift-card")
        #expect(report.fields.first { $0.field == "size" }?.state == .notApplicable)
        #expect(report.findings.allSatisfy { $0.field != "size" && $0.field != "material" })
        #expect(report.isFullyTransparent)
    }
}
