import Testing
import ListingLintChecks
import ListingLintCore

/// One example for one field rule: a listing, the field it is about, the state the judge must reach,
/// and the rule that must fire (nil: no finding on that field may fire).
struct FieldRuleExample: Sendable, CustomTestStringConvertible {
    var name: String
    var category = "default"
    var sketch: ListingSketch
    var field: FieldName
    var state: FieldState
    var rule: String?

    var testDescription: String { name }
}

typealias SketchAttribute = ListingSketch.AttributeSketch
typealias SketchSection = ListingSketch.SectionSketch

/// Every field rule with examples that must and must not trigger it. The same examples run again
/// with a CJK + emoji prefix in every text so offset and normalisation bugs cannot hide behind ASCII.
enum FieldRuleExamples {
    static let material: [FieldRuleExample] = [
        .init(name: "material missing", sketch: .init(title: "Lamp"), field: "material", state: .missing, rule: "field.material.missing"),
        .init(name: "material labelled", sketch: .init(attributes: [SketchAttribute("材质", "100%棉")]), field: "material", state: .present),
        .init(name: "material synonym with punctuation", sketch: .init(attributes: [SketchAttribute("ＭＡＴＥＲＩＡＬ：", "Walnut")]), field: "material", state: .present),
        .init(name: "material placeholder zh", sketch: .init(attributes: [SketchAttribute("材质", "详见图片")]), field: "material", state: .vague, rule: "field.material.vague"),
        .init(name: "material placeholder en", sketch: .init(attributes: [SketchAttribute("Material", "N/A")]), field: "material", state: .vague, rule: "field.material.vague"),
        .init(name: "material placeholder dash", sketch: .init(attributes: [SketchAttribute("Material", "-")]), field: "material", state: .vague, rule: "field.material.vague"),
        .init(name: "material lorem ipsum", sketch: .init(attributes: [SketchAttribute("Material", "Lorem ipsum dolor sit amet")]), field: "material", state: .vague, rule: "field.material.vague"),
        .init(name: "material marketing only", sketch: .init(attributes: [SketchAttribute("面料", "优质面料")]), field: "material", state: .vague, rule: "field.material.vague"),
        .init(name: "material marketing en", sketch: .init(attributes: [SketchAttribute("Fabric", "Premium fabric")]), field: "material", state: .vague, rule: "field.material.vague"),
        .init(name: "material marketing with material", sketch: .init(attributes: [SketchAttribute("面料", "优质纯棉面料")]), field: "material", state: .present),
        .init(name: "apparel composition without percentages", category: "apparel", sketch: .init(attributes: [SketchAttribute("面料成分", "棉 氨纶")]), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "apparel composition short of 100", category: "apparel", sketch: .init(attributes: [SketchAttribute("成分", "80%棉 10%氨纶")]), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "apparel composition short by a missing fibre", category: "apparel", sketch: .init(attributes: [SketchAttribute("Composition", "95% merino wool")]), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "apparel composition rounded", category: "apparel", sketch: .init(attributes: [SketchAttribute("Composition", "33% wool 33% cotton 33% polyester")]), field: "material", state: .present),
        .init(name: "apparel composition 100", category: "apparel", sketch: .init(attributes: [SketchAttribute("成分", "95%棉 5%氨纶")]), field: "material", state: .present),
        .init(name: "apparel composition two parts", category: "apparel", sketch: .init(attributes: [SketchAttribute("成分", "面料: 95%棉 5%氨纶 里料: 100%涤纶")]), field: "material", state: .present),
        .init(name: "apparel non-standard fibre", category: "apparel", sketch: .init(attributes: [SketchAttribute("面料", "100%天丝")]), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "apparel tencel", category: "apparel", sketch: .init(attributes: [SketchAttribute("Composition", "100% Tencel")]), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "running-text echo does not excuse a broken label", category: "apparel", sketch: .init(attributes: [SketchAttribute("面料", "天丝60% 棉30%")], description: "面料 60% 棉"), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "apparel standard lyocell", category: "apparel", sketch: .init(attributes: [SketchAttribute("面料", "100%莱赛尔纤维")]), field: "material", state: .present),
        .init(name: "no composition rule outside textiles", sketch: .init(attributes: [SketchAttribute("材质", "棉")]), field: "material", state: .present),
        .init(name: "material free text crafted", sketch: .init(description: "Crafted from solid walnut with a hand-rubbed finish."), field: "material", state: .present),
        .init(name: "material free text percent", sketch: .init(description: "Soft and warm, made of 100% cotton."), field: "material", state: .present),
        .init(name: "material free text zh", sketch: .init(description: "本品采用优质实木制成，结实耐用"), field: "material", state: .present),
        .init(name: "material before 材质", sketch: .init(description: "航空铝合金材质，轻巧坚固"), field: "material", state: .present),
        .init(name: "quality word before 材质 is no material", sketch: .init(description: "高档材质，品质之选"), field: "material", state: .missing, rule: "field.material.missing"),
        .init(name: "made in is origin not material", sketch: .init(description: "Made in China. Ships fast."), field: "material", state: .missing, rule: "field.material.missing"),
        .init(name: "material mention without statement", sketch: .init(description: "Looks great next to a glass of wine."), field: "material", state: .missing, rule: "field.material.missing"),
        .init(name: "material label inside brackets", category: "food", sketch: .init(description: "【蒜香豬肉條_成份】豬肉、砂糖、蒜頭、鹽"), field: "material", state: .present),
        .init(name: "partial composition in running text is weak", category: "apparel", sketch: .init(description: "Made with at least 50% recycled polyamide."), field: "material", state: .present, rule: "field.material.weak"),
        .init(name: "material only in script", sketch: .init(hiddenText: #"{"product":{"material":"Steel fixture, fabric shade"}}"#), field: "material", state: .hidden, rule: "field.material.hidden"),
        .init(name: "material only in image alt", sketch: .init(imageAlt: "材质：100%羊毛"), field: "material", state: .hidden, rule: "field.material.hidden"),
        .init(name: "composition only in script", category: "apparel", sketch: .init(hiddenText: #"{"components":[{"material":"viscose","percentage":"70%"}]}"#), field: "material", state: .hidden, rule: "field.material.hidden"),
        .init(name: "script URL is not prose", sketch: .init(hiddenText: #"{"links":["https://shop.example/browse/made-of-solid-walnut/and-more/x"]}"#), field: "material", state: .missing, rule: "field.material.missing"),
        .init(name: "material in script prose", sketch: .init(hiddenText: #"{"copy":"Product Specifications: a steel fixture with a linen shade and a brass canopy."}"#), field: "material", state: .hidden, rule: "field.material.hidden"),
        .init(name: "material visible beats script", sketch: .init(attributes: [SketchAttribute("Material", "Steel")], hiddenText: #"{"material":"Steel"}"#), field: "material", state: .present),
        .init(name: "material only in title", sketch: .init(title: "纯棉四件套 北欧风"), field: "material", state: .present, rule: "field.material.weak"),
        .init(name: "title word does not excuse a broken label", category: "apparel", sketch: .init(title: "纯棉连衣裙", attributes: [SketchAttribute("面料", "100%天丝")]), field: "material", state: .vague, rule: "field.material.invalid"),
        .init(name: "title word beaten by attribute", sketch: .init(title: "Leather Boot", attributes: [SketchAttribute("Upper", "Leather")]), field: "material", state: .present),
        .init(name: "material inconsistent", sketch: .init(attributes: [SketchAttribute("material", "涤纶", origin: .jsonLD), SketchAttribute("材质", "100%棉")]), field: "material", state: .present, rule: "field.material.inconsistent"),
        .init(name: "material consistent porcelain", sketch: .init(attributes: [SketchAttribute("material", "porcelain", origin: .jsonLD), SketchAttribute("Material", "Ceramic, Porcelain")]), field: "material", state: .present),
        .init(name: "material parts do not contradict", sketch: .init(attributes: [SketchAttribute("Material", "Cotton"), SketchAttribute("Lining", "Polyester")]), field: "material", state: .present),
    ]

    static let size: [FieldRuleExample] = [
        .init(name: "size missing", sketch: .init(title: "Lamp"), field: "size", state: .missing, rule: "field.size.missing"),
        .init(name: "size labelled with unit", sketch: .init(attributes: [SketchAttribute("尺寸", "45×30×20cm")]), field: "size", state: .present),
        .init(name: "size numbers without unit", sketch: .init(attributes: [SketchAttribute("尺寸", "45x30")]), field: "size", state: .vague, rule: "field.size.invalid"),
        .init(name: "dimensions without unit are not excused by a weight", category: "electronics", sketch: .init(attributes: [SketchAttribute("尺寸", "14.2×6.8×2.6"), SketchAttribute("重量", "350g")]), field: "size", state: .vague, rule: "field.size.invalid"),
        .init(name: "size plain number without unit", sketch: .init(attributes: [SketchAttribute("Size", "Set of 6")]), field: "size", state: .vague, rule: "field.size.invalid"),
        .init(name: "size placeholder", sketch: .init(attributes: [SketchAttribute("规格", "如图")]), field: "size", state: .vague, rule: "field.size.vague"),
        .init(name: "size default title", sketch: .init(attributes: [SketchAttribute("Size", "Default Title", origin: .exportField)]), field: "size", state: .vague, rule: "field.size.vague"),
        .init(name: "size without measurement", sketch: .init(attributes: [SketchAttribute("尺寸", "大容量")]), field: "size", state: .vague, rule: "field.size.vague"),
        .init(name: "size option labels", category: "apparel", sketch: .init(attributes: [SketchAttribute("Size", "XS, S, M, L, XL", origin: .exportField)]), field: "size", state: .present, rule: "field.size.weak"),
        .init(name: "size option words", category: "apparel", sketch: .init(attributes: [SketchAttribute("Size", "X Small / Small / Medium", origin: .exportField)]), field: "size", state: .present, rule: "field.size.weak"),
        .init(name: "apparel heights without unit", category: "apparel", sketch: .init(attributes: [SketchAttribute("尺码", "90, 100, 110, 120")]), field: "size", state: .vague, rule: "field.size.invalid"),
        .init(name: "apparel heights with unit", category: "apparel", sketch: .init(attributes: [SketchAttribute("尺码", "90cm, 100cm, 110cm")]), field: "size", state: .present),
        .init(name: "shoe sizes", category: "footwear", sketch: .init(attributes: [SketchAttribute("尺码", "38, 39, 40, 41")]), field: "size", state: .present, rule: "field.size.weak"),
        .init(name: "shoe size range", category: "footwear", sketch: .init(attributes: [SketchAttribute("鞋码", "35-40")]), field: "size", state: .present, rule: "field.size.weak"),
        .init(name: "apparel label range", category: "apparel", sketch: .init(attributes: [SketchAttribute("尺码", "S~XL")]), field: "size", state: .present, rule: "field.size.weak"),
        .init(name: "a length range is not a label range", category: "footwear", sketch: .init(attributes: [SketchAttribute("尺寸", "35-40mm")]), field: "size", state: .present),
        .init(name: "uk shoe sizes", category: "footwear", sketch: .init(attributes: [SketchAttribute("Size", "UK 7, UK 8, UK 9")]), field: "size", state: .present, rule: "field.size.weak"),
        .init(name: "labels beaten by measurement", category: "apparel", sketch: .init(attributes: [SketchAttribute("Size", "S, M, L")], description: "Inner leg 74 cm, outer leg 104 cm."), field: "size", state: .present),
        .init(name: "size free text measures", sketch: .init(description: "It measures 45 x 30 cm and fits any shelf."), field: "size", state: .present),
        .init(name: "size free text letters", sketch: .init(description: "Dimensions W57 H13 L100 cm"), field: "size", state: .present),
        .init(name: "size inch marks before letters", sketch: .init(attributes: [SketchAttribute("Dimensions", "5\"H x 27.25\"W x 52\"D.")]), field: "size", state: .present),
        .init(name: "size free text inches", sketch: .init(description: "Top is 60\"W x 24\"D x 1-3/4\" thick."), field: "size", state: .present),
        .init(name: "size label line zh", sketch: .init(description: "【尺寸】长120cm 宽60cm"), field: "size", state: .present),
        .init(name: "size label line colon", sketch: .init(description: "产品参数\n尺寸：45×30cm\n颜色：白"), field: "size", state: .present),
        .init(name: "a model name is not a volume", sketch: .init(description: "适用于 Smartisan M1L"), field: "size", state: .missing, rule: "field.size.missing"),
        .init(name: "a plug spec is not the size", category: "electronics", sketch: .init(attributes: [SketchAttribute("插头规格（mm）", "3.5mm")]), field: "size", state: .missing, rule: "field.size.missing"),
        .init(name: "package dimensions are not the size", sketch: .init(attributes: [SketchAttribute("Package Dimensions", "30 x 20 x 10 cm")]), field: "size", state: .missing, rule: "field.size.missing"),
        .init(name: "包装尺寸 is not the size", sketch: .init(attributes: [SketchAttribute("包装尺寸", "30x20x10cm")]), field: "size", state: .missing, rule: "field.size.missing"),
        .init(name: "net content", category: "food", sketch: .init(attributes: [SketchAttribute("净含量", "250ml*24")]), field: "size", state: .present),
        .init(name: "size only in script", sketch: .init(hiddenText: #"{"specs":[{"name":"Width","value":"7\""}]}"#), field: "size", state: .hidden, rule: "field.size.hidden"),
        .init(name: "size in title", sketch: .init(title: "Kenmore 17\" Microwave"), field: "size", state: .present),
        .init(name: "size in title beats a placeholder variant", sketch: .init(title: "20寸 登机箱", attributes: [SketchAttribute("规格", "标准")]), field: "size", state: .present),
    ]

    static let instructions: [FieldRuleExample] = [
        .init(name: "instructions missing", sketch: .init(title: "Lamp"), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "instructions section", sketch: .init(sections: [SketchSection("使用说明", "每日早晚取适量涂抹于面部，轻轻按摩至吸收。")]), field: "instructions", state: .present),
        .init(name: "instructions care attribute", sketch: .init(attributes: [SketchAttribute("Care Instruction", "Dishwasher Safe")]), field: "instructions", state: .present),
        .init(name: "instructions see manual", sketch: .init(attributes: [SketchAttribute("使用方法", "见说明书")]), field: "instructions", state: .vague, rule: "field.instructions.vague"),
        .init(name: "instructions see manual en", sketch: .init(attributes: [SketchAttribute("Instructions", "See manual")]), field: "instructions", state: .vague, rule: "field.instructions.vague"),
        .init(name: "instructions fact not instruction", sketch: .init(attributes: [SketchAttribute("Usage", "Indoor")]), field: "instructions", state: .vague, rule: "field.instructions.vague"),
        .init(name: "instructions too short", sketch: .init(attributes: [SketchAttribute("洗涤说明", "洗")]), field: "instructions", state: .vague, rule: "field.instructions.vague"),
        .init(name: "instructions short but instructing", sketch: .init(attributes: [SketchAttribute("洗涤说明", "手洗")]), field: "instructions", state: .present),
        .init(name: "instructions free text care", sketch: .init(description: "Hand wash and oil monthly to keep the wood fresh."), field: "instructions", state: .present),
        .init(name: "instructions free text zh", sketch: .init(description: "可机洗30℃，不可漂白"), field: "instructions", state: .present),
        .init(name: "instructions free text machine washable", sketch: .init(description: "Machine washable at 30°C."), field: "instructions", state: .present),
        .init(name: "instructions under a heading line", sketch: .init(description: "Care instructions\nWipe with a soft dry cloth."), field: "instructions", state: .present),
        .init(name: "instructions passive care", sketch: .init(description: "Tops must be oiled on all surfaces every 1-2 weeks."), field: "instructions", state: .present),
        .init(name: "do-not-disassemble is a warning, not an instruction", sketch: .init(attributes: [SketchAttribute("电池是否可拆卸", "否（请勿自行拆卸）")]), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "instructions in a script list", sketch: .init(hiddenText: #"{"care":[{"id":"7","name":"7","description":"MACHINE WASH UP TO 30ºC GENTLE CYCLE"}]}"#), field: "instructions", state: .hidden, rule: "field.instructions.hidden"),
        .init(name: "navigation label in script is not hidden care", sketch: .init(hiddenText: #"{"menu":[{"label":"Hand Wash","href":"/beauty/hand-wash"}]}"#), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "message id in script is not hidden instructions", sketch: .init(hiddenText: #"{"pages.review.rating.instruction":"Tap a star to set a rating."}"#), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "memory storage is not storage instructions", category: "electronics", sketch: .init(description: "Safe Storage: Locally stores up to 128 GB on a micro SD card"), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "do-not-submerge is a warning", sketch: .init(description: "Splash resistant. Do not submerge in water."), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "a store is not storage", sketch: .init(description: "Buy in store, this amount will be added to your next monthly bill."), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "qualified instructions label", sketch: .init(description: "Burn time 45 hours.\nBurning instructions: trim the wick to 5 mm before each burn."), field: "instructions", state: .present),
        .init(name: "storage temperature", category: "food", sketch: .init(attributes: [SketchAttribute("Storage", "Store below 25°C. Best before date on the wrapper.")]), field: "instructions", state: .present),
        .init(name: "shelf life is not an instruction", sketch: .init(description: "保存期限：720天"), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "assembly level is not an instruction", sketch: .init(attributes: [SketchAttribute("Level of Assembly", "Partial Assembly")]), field: "instructions", state: .missing, rule: "field.instructions.missing"),
        .init(name: "instructions only in script", sketch: .init(hiddenText: #"{"care":"HAND WASH UP TO 30ºC. DO NOT BLEACH"}"#), field: "instructions", state: .hidden, rule: "field.instructions.hidden"),
    ]

    static let others: [FieldRuleExample] = [
        .init(name: "age grading required for toys", category: "toys", sketch: .init(title: "Bear"), field: "age-grading", state: .missing, rule: "field.age-grading.missing"),
        .init(name: "age grading stated", category: "toys", sketch: .init(attributes: [SketchAttribute("适用年龄", "3岁以上")]), field: "age-grading", state: .present),
        .init(name: "age grading free text", category: "toys", sketch: .init(description: "Recommended for ages from 18 months."), field: "age-grading", state: .present),
        .init(name: "age grading without age", category: "toys", sketch: .init(attributes: [SketchAttribute("Age Range", "All")]), field: "age-grading", state: .vague, rule: "field.age-grading.vague"),
        .init(name: "warnings required for toys", category: "toys", sketch: .init(title: "Bear"), field: "warnings", state: .missing, rule: "field.warnings.missing"),
        .init(name: "warnings stated", category: "toys", sketch: .init(description: "Warning: choking hazard, small parts."), field: "warnings", state: .present),
        .init(name: "manufacturer recommended missing", sketch: .init(title: "Lamp"), field: "manufacturer", state: .missing, rule: "field.manufacturer.missing"),
        .init(name: "manufacturer without contact", sketch: .init(attributes: [SketchAttribute("生产商", "杭州某某家居有限公司")]), field: "manufacturer", state: .present, rule: "field.manufacturer.weak"),
        .init(name: "manufacturer with address", sketch: .init(attributes: [SketchAttribute("生产商", "杭州某某家居有限公司"), SketchAttribute("厂址", "浙江省杭州市西湖区某路1号")]), field: "manufacturer", state: .present),
        .init(name: "shipping promise stated", sketch: .init(attributes: [SketchAttribute("发货时间", "48小时内发货")]), field: "shipping-time", state: .present),
        .init(name: "shipping without time", sketch: .init(attributes: [SketchAttribute("Shipping", "Free")]), field: "shipping-time", state: .vague, rule: "field.shipping-time.vague"),
        .init(name: "after-sales free text", sketch: .init(description: "支持7天无理由退换货"), field: "after-sales", state: .present),
        .init(name: "certification recommended for electronics", category: "electronics", sketch: .init(attributes: [SketchAttribute("认证", "CCC 2023011606000000")]), field: "certification", state: .present),
        .init(name: "gift card has no size", category: "gift-card", sketch: .init(title: "礼品卡 500元"), field: "size", state: .notApplicable),
        .init(name: "gift card has no material", category: "gift-card", sketch: .init(title: "Gift card"), field: "material", state: .notApplicable),
    ]

    static let all = material + size + instructions + others
}

@Suite struct FieldRuleExampleTests {
    @Test(arguments: FieldRuleExamples.all)
    func example(_ example: FieldRuleExample) {
        check(example, sketch: example.sketch)
    }

    /// The same examples with a CJK + emoji prefix in every text.
    @Test(arguments: FieldRuleExamples.all)
    func exampleWithWidePrefix(_ example: FieldRuleExample) {
        var sketch = example.sketch
        let prefix = "中文😀 "
        sketch.description = sketch.description.map { prefix + "\n" + $0 }
        check(example, sketch: sketch)
    }

    private func check(_ example: FieldRuleExample, sketch: ListingSketch) {
        let (fields, findings) = judgeFields(sketch, category: example.category)
        let report = fields.first { $0.field == example.field }
        #expect(report?.state == example.state, "\(example.name): state")
        let fired = findings.filter { $0.field == example.field }.map(\.rule)
        if let rule = example.rule {
            #expect(fired.contains(rule), "\(example.name): expected \(rule), got \(fired)")
        } else {
            #expect(fired.isEmpty, "\(example.name): expected no finding, got \(fired)")
        }
    }

    @Test func severitiesFollowTheRequirement() {
        let (_, findings) = judgeFields(ListingSketch(title: "Lamp", attributes: [SketchAttribute("Material", "N/A")]), category: "default")
        #expect(findings.first { $0.rule == "field.size.missing" }?.severity == .error)
        #expect(findings.first { $0.rule == "field.material.vague" }?.severity == .warning)
        #expect(findings.first { $0.rule == "field.manufacturer.missing" }?.severity == .info)
    }

    @Test func reportsWhereAndHowTheValueWasFound() {
        let (fields, _) = judgeFields(ListingSketch(description: "Crafted from solid walnut."), category: "furniture")
        let material = fields.first { $0.field == "material" }
        #expect(material?.source == "free text (description)")
        #expect(material?.confidence == 0.7)
        #expect(material?.location?.line == 2)
        let (labelled, _) = judgeFields(ListingSketch(attributes: [SketchAttribute("材质", "实木")]), category: "furniture")
        #expect(labelled.first { $0.field == "material" }?.source == "attribute 材质 (spec-table)")
        #expect(labelled.first { $0.field == "material" }?.confidence == 1.0)
    }

    @Test func vagueFindingCarriesEvidenceAndSuggestion() {
        let (_, findings) = judgeFields(ListingSketch(attributes: [SketchAttribute("面料", "100%天丝")]), category: "apparel")
        let finding = findings.first { $0.rule == "field.material.invalid" }
        #expect(finding?.evidence == "100%天丝")
        #expect(finding?.suggestion?.contains("莱赛尔纤维") == true)
        #expect(finding?.location?.field == "attribute:面料")
    }

    @Test func labelLineLocationAdvancesThroughText() {
        let sketch = ListingSketch(description: "第一行\n中文😀 尺寸：45×30cm")
        let (fields, _) = judgeFields(sketch, category: "default")
        let size = fields.first { $0.field == "size" }
        #expect(size?.location?.line == 3)
        #expect(size?.location?.column == 8, "the value 45×30cm starts after 中文😀 尺寸：")
    }

    @Test func configurationSynonymsAndOverridesApply() {
        var configuration = LintConfiguration()
        configuration.extraSynonyms = ["material": ["面料构成"]]
        configuration.profileOverrides = ["default": ProfileOverride(required: ["material", "manufacturer"], recommended: [])]
        let (fields, findings) = judgeFields(ListingSketch(attributes: [SketchAttribute("面料构成", "羊毛")]), category: "default", configuration: configuration)
        #expect(fields.filter { $0.state != .notApplicable }.map(\.field) == ["material", "manufacturer"])
        #expect(fields.first?.state == .present)
        #expect(findings.first { $0.rule == "field.manufacturer.missing" }?.severity == .error)
    }

    @Test func everyRuleHasTriggeringAndNonTriggeringExamples() {
        let fired = Set(FieldRuleExamples.all.compactMap(\.rule))
        for field in ["material", "size", "instructions"] {
            for problem in ["missing", "vague", "hidden"] {
                #expect(fired.contains("field.\(field).\(problem)"), "no example triggers field.\(field).\(problem)")
            }
            #expect(FieldRuleExamples.all.contains { $0.field == field && $0.rule == nil }, "no non-triggering example for \(field)")
        }
        for rule in ["field.material.invalid", "field.size.invalid", "field.material.inconsistent", "field.size.weak", "field.material.weak"] {
            #expect(fired.contains(rule), "no example triggers \(rule)")
        }
    }
}
