import Testing
@testable import ListingLintMatching

/// Boundaries, leftmost-longest selection, evasions and every kind of context exception.
@Suite struct ClaimMatcherTests {
    static let matcher = ClaimTestSupport.matcher

    func hits(_ text: String, _ field: FieldClass = .copy, matcher: ClaimMatcher = matcher) -> [String] {
        matcher.scan(text, field: field).hits.map { "\($0.rule.id)=\($0.evidence)" }
    }

    func exemptions(_ text: String, _ field: FieldClass = .copy, matcher: ClaimMatcher = matcher) -> [ClaimExemptionHit] {
        matcher.scan(text, field: field).exemptions
    }

    // MARK: Boundary policy

    @Test func latinTermsNeedWordBoundaries() {
        #expect(hits("Bestow a gift").isEmpty)
        #expect(hits("Simply best, truly") == ["claim.en.superlative.core-best=best"])
        #expect(hits("a #10 envelope").isEmpty)
        #expect(hits("size No.12").isEmpty)
        #expect(hits("色号No.1款") == ["claim.cn.ranking.core-no1=No.1", "claim.en.ranking.core-no1=No.1"])
        #expect(hits("最好best") == ["claim.cn.superlative.core-zuihao=最好", "claim.en.superlative.core-best=best"])
    }

    @Test func cjkTermsNeverUseBoundaries() {
        #expect(hits("市面上最佳的选择") == ["claim.cn.absolute.core-zuijia=最佳"])
        #expect(hits("ABC最佳XYZ") == ["claim.cn.absolute.core-zuijia=最佳"])
    }

    @Test func longestMatchWinsAndHitsDoNotOverlap() {
        #expect(hits("全网最好的杯子") == ["claim.cn.superlative.core-quanwang=全网最好"])
        #expect(hits("America's #1 best seller") == ["claim.en.ranking.core-no1=#1 best seller"])
        #expect(hits("最佳最佳") == ["claim.cn.absolute.core-zuijia=最佳", "claim.cn.absolute.core-zuijia=最佳"])
    }

    @Test func chainedTermsAreOneHitCoveringBoth() {
        #expect(hits("全网最优秀的团队") == ["claim.cn.superlative.core-quanwang=全网最优秀"])
        #expect(hits("the world's best seller") == ["claim.en.superlative.core-best=world's best seller"])
    }

    // MARK: Evasions

    @Test(arguments: [
        ("全網最 好的保温杯", "全網最 好", "spaces or symbols between characters, traditional characters"),
        ("ＮＯ．１畅销款", "ＮＯ．１", "full-width forms"),
        ("行业第①", "第①", "circled or enclosed digits, digit for a Chinese numeral"),
        ("质量最*好", "最*好", "spaces or symbols between characters"),
        ("质量最\u{200B}好", "最\u{200B}好", "zero-width characters"),
        ("国 家 级工艺", "国 家 级", "spaces or symbols between characters"),
        ("最-佳选择", "最-佳", "spaces or symbols between characters"),
        ("頂級工藝", "頂級", "traditional characters"),
    ])
    func evasionsAreFoundAndReportedAsWritten(text: String, evidence: String, evasion: String) throws {
        let hit = try #require(Self.matcher.scan("🙂前缀：" + text, field: .copy).hits.first)
        #expect(hit.evidence == evidence)
        #expect(hit.evasion.names.joined(separator: ", ") == evasion)
    }

    // MARK: Ordinary words

    @Test func ordinaryWordsAreExemptedAndListed() {
        let cases: [(String, String)] = [
            ("第一次使用前请清洗", "claim.cn.ranking.core-diyi"),
            ("第1步：取出滤网", "claim.cn.ranking.core-diyi"),
            ("治愈系小熊公仔", "claim.cn.disease.core-zhiliao"),
            ("医生发现这款面霜很温和", "claim.cn.cosmetic.core-yaozhuang"),
            ("确保本次订单准时发货", "claim.cn.investment.core-wenzhuan"),
            ("面包过期请勿食用", "claim.cn.education.core-baoguo"),
            ("打开光源开关即可照明", "claim.cn.superstition.core-zhaocai"),
        ]
        for (text, rule) in cases {
            #expect(hits(text).isEmpty, "\(text)")
            let exempted = exemptions(text)
            #expect(exempted.map(\.rule.id) == [rule], "\(text)")
            #expect(exempted.first?.reason.contains("ordinary word") == true)
        }
    }

    @Test func timeOrderExceptionCoversOnlyTheHitInsideIt() {
        let library = ClaimTestSupport.library(extraRules: ClaimTestSupport.rule("claim.cn.test.zui", "superlative", ["最"]))
        let matcher = ClaimMatcher(library: library, asOf: "2099-12-31")
        #expect(hits("最新款上市", matcher: matcher).isEmpty)
        #expect(exemptions("最新款上市", matcher: matcher).first?.reason.contains("time order") == true)
        #expect(hits("最新款，最美", matcher: matcher) == ["claim.cn.test.zui=最"])
    }

    @Test func ruleLocalExceptionsSuppressOnlyTheirOwnRule() {
        let rule = """
            {"id": "claim.cn.test.local", "category": "superlative", "severity": "warning", "jurisdictions": ["cn"],
             "basis": "b", "message": "m", "rewrite": "r", "terms": ["拍档"],
             "exceptions": [{"terms": ["最佳拍档"], "reason": "film title"}],
             "examples": {"flag": ["x"], "pass": ["y"]}}
            """
        let matcher = ClaimMatcher(library: ClaimTestSupport.library(extraRules: rule), asOf: "2099-12-31")
        let scan = matcher.scan("电影最佳拍档同款，好拍档", field: .copy)
        // The local exception covers only claim.cn.test.local: 最佳 (another rule) inside the phrase still fires.
        #expect(scan.hits.map { "\($0.rule.id)=\($0.evidence)" } == [
            "claim.cn.absolute.core-zuijia=最佳", "claim.cn.test.local=拍档",
        ])
        #expect(scan.hits.last?.range.lowerBound == 10)
        #expect(scan.exemptions.map(\.reason) == ["film title"])
        #expect(scan.exemptions.map(\.evidence) == ["拍档"])
    }

    @Test func quantitiesAndLimitsAreNotSuperlatives() {
        #expect(hits("水温最高40℃").isEmpty)
        #expect(hits("最大承重50KG").isEmpty)
        #expect(hits("最多可容纳两人").isEmpty)
        #expect(exemptions("最大承重50KG").first?.reason.contains("limit") == true)
        #expect(hits("同类产品中容量最大") == ["claim.cn.superlative.core-zuida=最大"])
        #expect(hits("容量最大。50升") == ["claim.cn.superlative.core-zuida=最大"])  // the number is in the next sentence
    }

    @Test func adviceAndUsageHints() {
        #expect(hits("使用前最好先试戴").isEmpty)
        #expect(exemptions("使用前最好先试戴").first?.reason.contains("advice") == true)
        #expect(hits("最佳赏味期为开封后7天").isEmpty)
        #expect(exemptions("最佳赏味期为开封后7天").first?.reason.contains("art. 6(2)") == true)
        #expect(hits("For best results, soak overnight").isEmpty)
        #expect(hits("Best before: see lid").isEmpty)
        #expect(hits("The best way to wash it is by hand, cold").isEmpty)
        #expect(!hits("The best way to look good").isEmpty)
    }

    @Test func greenColourAndFreeCompounds() {
        #expect(hits("Available in dark green colour").isEmpty)
        #expect(hits("Green, recycled and proud") == ["claim.eu.green.core-generic=Green", "claim.us.green.core-generic=Green"])
        let library = ClaimTestSupport.library(extraRules: ClaimTestSupport.rule("claim.us.test.free", "free-misuse", ["free"]))
        let matcher = ClaimMatcher(library: library, asOf: "2099-12-31")
        #expect(hits("Gluten-free and hands-free", matcher: matcher).isEmpty)
        #expect(exemptions("Gluten-free", matcher: matcher).first?.reason.contains("-free") == true)
        #expect(hits("Get one free", matcher: matcher) == ["claim.us.test.free=free"])
        #expect(hits("Shipping - free", matcher: matcher) == ["claim.us.test.free=free"])  // a loose hyphen is no compound
    }

    @Test func figureRulesNeedAFigureInTheSameClause() {
        let rule = ClaimTestSupport.rule("claim.cn.test.sales", "honour-evidence", ["热销", "sold"])
            .replacingOccurrences(of: "\"terms\"", with: "\"requires\": \"figure\", \"terms\"")
        let matcher = ClaimMatcher(library: ClaimTestSupport.library(extraRules: rule), asOf: "2099-12-31")
        for flagged in ["热销50万条", "已热销3000件", "10万+热销", "10w+热销", "热销五十万", "热销十亿", "Over 10,000 sold", "96% sold", "300 sold today"] {
            #expect(hits(flagged, matcher: matcher).contains { $0.hasPrefix("claim.cn.test.sales=") }, "\(flagged)")
        }
        // No figure, a small bare number, a figure in another clause or sentence.
        for clean in ["热销款", "热销中，第3代", "1000W大功率，热销", "5W充电器热销", "热销。50万", "sold in 2 colours", "6 sold"] {
            #expect(!hits(clean, matcher: matcher).contains { $0.hasPrefix("claim.cn.test.sales=") }, "\(clean)")
        }
    }

    @Test func freeInSentenceRulesNeedTheWordFreeInTheSameSentence() {
        let rule = ClaimTestSupport.rule("claim.eu.test.fee", "free-misuse", ["handling fee"])
            .replacingOccurrences(of: "\"terms\"", with: "\"requires\": \"free-in-sentence\", \"terms\"")
        let matcher = ClaimMatcher(library: ClaimTestSupport.library(extraRules: rule), asOf: "2099-12-31")
        #expect(hits("FREE shaker with every box - just pay the $4.99 handling fee.", matcher: matcher) == ["claim.eu.test.fee=handling fee"])
        #expect(hits("A handling fee of $2 applies.", matcher: matcher).isEmpty)
        #expect(hits("Free delivery over $50. A handling fee applies to bulky items.", matcher: matcher).isEmpty)
        #expect(hits("Gluten-free bars with a handling fee", matcher: matcher).isEmpty)
        #expect(hits("Carefree design, handling fee included", matcher: matcher).isEmpty)
    }

    @Test func checkoutMechanicsAndStorePoliciesAreNotClaims() {
        let rules = ClaimTestSupport.rule("claim.cn.test.zui", "superlative", ["最"]) + ","
            + ClaimTestSupport.rule("claim.en.free.totally-free", "free-misuse", ["for free"])
        let matcher = ClaimMatcher(library: ClaimTestSupport.library(extraRules: rules), asOf: "2099-12-31")
        #expect(hits("结算时使用您账户中最匹配优惠券", matcher: matcher).isEmpty)
        #expect(exemptions("结算时使用您账户中最匹配优惠券", matcher: matcher).first?.reason.contains("checkout") == true)
        #expect(hits("最匹配你的肤色", matcher: matcher) == ["claim.cn.test.zui=最"])
        #expect(hits("Return this item for free within 30 days", matcher: matcher).isEmpty)
        #expect(hits("Get a second mug for free", matcher: matcher) == ["claim.en.free.totally-free=for free"])
    }

    // MARK: SAMR guideline art. 5 and 6

    @Test func servicePhilosophyIsExempt() {
        #expect(hits("竭诚为您提供最好的服务").isEmpty)
        #expect(exemptions("我们提供最好的售后").first?.reason.contains("art. 5") == true)
        #expect(hits("追求最好，精益求精").isEmpty)
        #expect(hits("最好的面料，最好的服务") == ["claim.cn.superlative.core-zuihao=最好"])
    }

    /// SAMR guideline art. 6(1) and 6(4) with art. 7: allowed, but the seller must be able to prove it.
    func downgrade(_ text: String) -> String? {
        Self.matcher.scan(text, field: .copy).hits.first?.downgrade
    }

    @Test func ownRangeComparisonNeedsOnlyEvidence() {
        #expect(downgrade("本店最大号为XL")?.contains("art. 6(1)") == true)
        #expect(downgrade("同类产品中容量最大") == nil)
    }

    @Test func trademarksAndModelsNeedOnlyEvidence() {
        #expect(downgrade("最佳®牙刷")?.contains("art. 6(4)") == true)
        #expect(downgrade("Best™ Blender")?.contains("art. 6(4)") == true)
        #expect(downgrade("型号：极致X100")?.contains("art. 6(4)") == true)
        #expect(downgrade("极致体验") == nil)
    }

    @Test func standardGradesWithTheirBasisNeedOnlyEvidence() {
        let library = ClaimTestSupport.library(extraRules: ClaimTestSupport.rule("claim.cn.test.teji", "absolute-term", ["特级"]))
        let matcher = ClaimMatcher(library: library, asOf: "2099-12-31")
        for text in ["特级（GB/T 19460-2008）", "执行标准：GB/T 19460 特级"] {
            let hit = matcher.scan(text, field: .copy).hits.first
            #expect(hit?.rule.id == "claim.cn.test.teji")
            #expect(hit?.downgrade?.contains("art. 6(3)") == true, "\(text)")
        }
        let bare = matcher.scan("特级品质，入口回甘", field: .copy).hits.first
        #expect(bare?.rule.id == "claim.cn.test.teji")
        #expect(bare?.downgrade == nil)
    }

    @Test func stateAwardsAndScopedSalesFactsAreDowngradedNotDropped() throws {
        let award = try #require(Self.matcher.scan("获评国家级非物质文化遗产", field: .copy).hits.first)
        #expect(award.rule.id == "claim.cn.absolute.core-guojiaji")
        #expect(award.downgrade?.contains("art. 6(5)") == true)
        let fact = try #require(Self.matcher.scan("2024年上半年华东区销量第一（来源：某咨询公司报告）", field: .copy).hits.first)
        #expect(fact.downgrade?.contains("art. 6(6)") == true)
        #expect(Self.matcher.scan("2024年销量第一", field: .copy).hits.first?.downgrade == nil)  // no region, no source
        #expect(Self.matcher.scan("华东区销量第一（来源：某报告）", field: .copy).hits.first?.downgrade == nil)  // no time
    }

    @Test func compositionIsNotATotalityClaim() {
        #expect(hits("100%棉", .material).isEmpty)
        #expect(exemptions("100%棉", .material).first?.reason.contains("material field") == true)
        #expect(hits("100% cotton").isEmpty)
        #expect(hits("100%纯棉面料").isEmpty)
        #expect(hits("材质：100%聚酯").isEmpty)
        #expect(hits("100%铝镁合金，超薄坚固").isEmpty)  // a metal, in running copy
        #expect(hits("100% solid gold ring").isEmpty)
        #expect(hits("100% gold standard service") == ["claim.cn.totality.core-baifenbai=100%", "claim.en.totality.core-perfect=100%"])
        #expect(hits("100%满意") == ["claim.cn.totality.core-baifenbai=100%", "claim.en.totality.core-perfect=100%"])
    }

    // MARK: Field classes

    @Test func fieldClassesScopeTheRules() {
        #expect(hits("Mouse - FREE SHIPPING", .title) == ["claim.us.title.core-promo=FREE SHIPPING"])
        #expect(hits("Mouse - FREE SHIPPING", .copy).isEmpty)
        #expect(hits("最佳选择", .specValue).isEmpty)
        #expect(hits("环保材料", .specValue) == ["claim.cn.green.core-huanbao=环保"])
        #expect(hits("银离子抗菌", .material) == ["claim.cn.antimicrobial.core-kangjun=抗菌"])
    }

    @Test func jurisdictionsAndDatesFilterRules() {
        let usOnly = ClaimMatcher(library: ClaimTestSupport.engineLibrary, jurisdictions: ["us"], asOf: "2099-12-31")
        #expect(hits("最佳选择", matcher: usOnly).isEmpty)
        let before = ClaimMatcher(library: ClaimTestSupport.engineLibrary, jurisdictions: ["eu"], asOf: "2026-09-26")
        let after = ClaimMatcher(library: ClaimTestSupport.engineLibrary, jurisdictions: ["eu"], asOf: "2026-09-27")
        #expect(hits("Eco-friendly yoga mat", matcher: before).isEmpty)
        #expect(hits("Eco-friendly yoga mat", matcher: after) == ["claim.eu.green.core-generic=Eco-friendly"])
    }

    @Test func sensitiveContextsNearAHitAreReported() throws {
        let hit = try #require(Self.matcher.scan("这款保健品效果最好", field: .copy).hits.first)
        #expect(hit.contexts == [.health])
        #expect(Self.matcher.scan("这款杯子效果最好", field: .copy).hits.first?.contexts == [])
        #expect(Self.matcher.contexts(in: "理财课程") == [.investment, .education])
    }
}
