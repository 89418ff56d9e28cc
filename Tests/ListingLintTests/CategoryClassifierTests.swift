import Testing
import ListingLintChecks
import ListingLintCore

@Suite struct CategoryClassifierTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sketch: ListingSketch
        var category: String
        var reason: String
        var testDescription: String { "\(category): \(reason)" }
    }

    static let cases: [Case] = [
        Case(sketch: ListingSketch(title: "Anything", category: "apparel"), category: "apparel", reason: "category field \"apparel\""),
        Case(sketch: ListingSketch(title: "Anything", category: "Gift Card"), category: "gift-card", reason: "category field \"Gift Card\""),
        Case(sketch: ListingSketch(title: "新款", category: "女装/连衣裙"), category: "apparel", reason: "category field \"女装/连衣裙\" (keyword \"连衣裙\")"),
        Case(sketch: ListingSketch(title: "Oslo", breadcrumbs: ["Home", "Furniture", "Sofas"]), category: "furniture", reason: "breadcrumb \"Home > Furniture > Sofas\" (keyword \"sofa\")"),
        Case(sketch: ListingSketch(title: "Gant Akron Leather Chelsea Boot"), category: "footwear", reason: "keyword \"chelsea boot\" in title"),
        Case(sketch: ListingSketch(title: "Toy Story Graphic T-Shirt"), category: "apparel", reason: "keyword \"t-shirt\" in title"),
        Case(sketch: ListingSketch(title: "儿童益智积木玩具"), category: "toys", reason: "keyword \"玩具\" in title"),
        Case(sketch: ListingSketch(title: "特仑苏 纯牛奶 250ml*12"), category: "food", reason: "keyword \"纯牛奶\" in title"),
        Case(sketch: ListingSketch(title: "HUAWEI 畅享6 手机"), category: "electronics", reason: "keyword \"手机\" in title"),
        Case(sketch: ListingSketch(title: "坚果 Pro 软胶保护套"), category: "electronics", reason: "keyword \"保护套\" in title"),
        Case(sketch: ListingSketch(title: "Tabletop stand"), category: "default", reason: "no signal"),
        Case(sketch: ListingSketch(title: "Soy candle", category: "Home Fragrance"), category: "default", reason: "no signal"),
        Case(sketch: ListingSketch(title: "Kiritsuke Chef Knife", breadcrumbs: ["Home", "Kitchen", "Knives"]), category: "default", reason: "no signal"),
        Case(sketch: ListingSketch(title: "Flex LED Desk Lamp with USB Charging"), category: "electronics", reason: "keyword \"lamp\" in title"),
        Case(sketch: ListingSketch(title: "北欧实木书桌台灯"), category: "electronics", reason: "keyword \"台灯\" in title"),
        Case(sketch: ListingSketch(title: "Maple Butcher Block Workbench Top"), category: "furniture", reason: "keyword \"workbench\" in title"),
        Case(sketch: ListingSketch(title: "Contour Collection 05 Top"), category: "apparel", reason: "keyword \"top\" in title"),
        Case(sketch: ListingSketch(title: "Model 7", description: "A serum for dry skin. Apply the serum nightly; pairs with our moisturizer."), category: "cosmetics", reason: "3 cosmetics keywords in description (e.g. \"serum\")"),
        Case(sketch: ListingSketch(title: "Model 7", description: "Works with any phone."), category: "default", reason: "no signal"),
    ]

    @Test(arguments: cases)
    func classifies(_ example: Case) {
        let decision = CategoryClassifier(configuration: LintConfiguration()).classify(example.sketch.listing)
        #expect(decision.name == example.category)
        #expect(decision.reason == example.reason)
    }

    @Test func configurationMappingComesFirst() {
        var configuration = LintConfiguration()
        configuration.categoryMapping = [
            CategoryMapping(pattern: "/^Home > Sofas/", category: "furniture"),
            CategoryMapping(pattern: "Shirts", category: "apparel"),
        ]
        let classifier = CategoryClassifier(configuration: configuration)
        let mapped = classifier.classify(ListingSketch(title: "Blue toy", category: "Men > Shirts").listing)
        #expect(mapped.name == "apparel")
        #expect(mapped.reason == "config mapping \"Shirts\" matched category field \"Men > Shirts\"")
        let regex = classifier.classify(ListingSketch(title: "Lamp", breadcrumbs: ["Home", "Sofas"]).listing)
        #expect(regex.name == "furniture")
        #expect(regex.reason.hasPrefix("config mapping \"/^Home > Sofas/\" matched breadcrumb"))
    }

    @Test func wordBoundariesKeepEnglishKeywordsApart() {
        let classifier = CategoryClassifier(configuration: LintConfiguration())
        #expect(classifier.classify(ListingSketch(title: "Tablecloth in linen").listing).name == "default")
        #expect(classifier.classify(ListingSketch(title: "Six dining chairs").listing).name == "furniture")
    }
}
