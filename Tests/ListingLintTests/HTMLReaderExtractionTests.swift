import ListingLintCore
import Testing

@testable import ListingLintIngest

@Suite struct HTMLReaderExtractionTests {
    /// A run's white space: each run of it becomes one space, or one line break when it holds one;
    /// none at either end. Unicode white space counts (no-break, ideographic, line separator).
    @Test func whiteSpaceOfARunIsNormalised() {
        let cases: [(String, String)] = [
            ("  Solid   walnut \n", "Solid walnut"),
            ("Care:\n  hand wash \t\n cold", "Care:\nhand wash\ncold"),
            ("棉\u{3000}100%\u{00A0}\u{00A0}涤纶", "棉 100% 涤纶"),
            ("a\u{2028}b\u{85}c \u{200B}d", "a b c \u{200B}d"),
            (" \n\t\u{3000} ", ""),
            ("x \n y\r\n\r\nz", "x\ny\nz"),
            ("été — 45×30 cm", "été — 45×30 cm"),
        ]
        for (text, expected) in cases {
            #expect(HTMLListingBuilder.normalised(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func specTableWithHeaderCells() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <table class="specs"><tr><th>Material</th><td>Solid walnut</td></tr>
                <tr><th>Dimensions</th><td>45 x 30 cm</td></tr></table>
                """))
        let material = try #require(listing.attribute("Material"))
        #expect(material.value == "Solid walnut")
        #expect(material.origin == .specTable)
        #expect(material.location.field == "attribute:Material")
        #expect(listing.attribute("Dimensions")?.value == "45 x 30 cm")
        #expect(listing.texts(.specName) == ["Material", "Dimensions"])
        #expect(listing.texts(.specValue) == ["Solid walnut", "45 x 30 cm"])
    }

    @Test func twoColumnAndFourColumnDataCells() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <table><tr><td>材质</td><td>纯棉</td></tr>
                <tr><td>尺码</td><td>M</td><td>颜色</td><td>白色</td></tr></table>
                """))
        #expect(listing.attribute("材质")?.value == "纯棉")
        #expect(listing.attribute("尺码")?.value == "M")
        #expect(listing.attribute("颜色")?.value == "白色")
    }

    @Test func sizeChartHeaderRowIsNotAPair() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <table><tr><th>Size</th><th>Chest</th></tr><tr><td>This size fits chests of all kinds and more</td>
                <td>96 cm</td></tr></table>
                """))
        #expect(listing.attribute("Size") == nil)
        #expect(listing.attribute("This size fits chests of all kinds and more") == nil)
    }

    @Test func definitionList() throws {
        let listing = try #require(
            HTMLFixture.listing("<dl><dt>面料成分</dt><dd>95%棉</dd><dd>5%氨纶</dd><dt>产地</dt><dd>中国</dd></dl>"))
        #expect(listing.attribute("面料成分")?.value == "95%棉 5%氨纶")
        #expect(listing.attribute("产地")?.value == "中国")
    }

    @Test func labelValueSpansAndColonItems() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <div class="params"><ul>
                <li><span class="label">Fabric</span><span class="value">Linen</span></li>
                <li>材质：棉</li>
                <li><b>Care:</b> <span>Machine wash cold</span></li>
                </ul></div>
                """))
        #expect(listing.attribute("Fabric")?.value == "Linen")
        #expect(listing.attribute("材质")?.value == "棉")
        #expect(listing.attribute("材质")?.origin == .labelLine)
        #expect(listing.attribute("Care")?.value == "Machine wash cold")
    }

    @Test func uncuedPairsCountWhenTheirSiblingsShareTheShape() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <ul><li><span>MATERIAL</span><span>Maple</span></li><li><span>WIDTH INCHES</span><span>60</span></li>
                <li><span>COLOR</span><span>Unfinished</span></li></ul>
                <div><span>Free shipping</span><span>on orders over $50</span></div>
                """))
        #expect(listing.attribute("MATERIAL")?.value == "Maple")
        #expect(listing.attribute("WIDTH INCHES")?.value == "60")
        #expect(listing.attribute("Free shipping") == nil)
    }

    @Test func twoLinksAreNotALabelValuePair() throws {
        let listing = try #require(HTMLFixture.listing(#"<div><a href="/">Home</a><a href="/shop">Shop</a></div>"#))
        #expect(listing.attributes.isEmpty)
    }

    @Test func bracketAndColonLines() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <div class="description"><p>【材质】纯棉【产地】中国</p>
                <p>Material: 100% cotton<br>Size: 40 x 60 cm | Care: hand wash</p>
                <p>材质：棉 颜色：白色</p><p>Opening hours 10:30 daily, see https://example.com</p></div>
                """))
        #expect(listing.attribute("材质")?.value == "纯棉")
        #expect(listing.attribute("产地")?.value == "中国")
        #expect(listing.attribute("Material")?.value == "100% cotton")
        #expect(listing.attribute("Size")?.value == "40 x 60 cm")
        #expect(listing.attribute("Care")?.value == "hand wash")
        #expect(listing.attributes.filter { $0.name == "材质" }.map(\.value) == ["纯棉", "棉"])
        #expect(listing.attribute("颜色")?.value == "白色")
        #expect(!listing.attributes.contains { $0.name.contains("Opening") || $0.name == "https" })
    }

    @Test func labelLineParser() {
        #expect(HTMLLabelLines.pairs(in: "Care instructions: wash at 30°C").map(\.name) == ["Care instructions"])
        #expect(HTMLLabelLines.pairs(in: "This is a long sentence that mentions: nothing useful here").isEmpty)
        #expect(HTMLLabelLines.pairs(in: "The fabric is soft. Material: cotton").map(\.value) == ["cotton"])
        #expect(HTMLLabelLines.pairs(in: "Call 12:30").isEmpty)
        #expect(HTMLLabelLines.pairs(in: "Sum it (ALL!) up: cheap and cheerful").isEmpty)
    }

    @Test func sectionsUnderHeadings() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <div class="detail"><h3>使用说明</h3><p>每日两次，取适量涂抹。</p><p>避免接触眼睛。</p>
                <h3>品牌故事</h3><p>创立于2001年。</p>
                <p><strong>Care instructions</strong></p><p>Hand wash cold, dry flat.</p>
                <div class="item"><div class="title">Directions</div><div class="content">Apply daily.</div></div></div>
                """))
        let usage = try #require(listing.attribute("使用说明"))
        #expect(usage.value == "每日两次，取适量涂抹。\n避免接触眼睛。")
        #expect(usage.location.field == "section:使用说明")
        let sectionTexts = listing.segments(.section).map(\.text)
        #expect(sectionTexts.contains("避免接触眼睛。"))
        #expect(!sectionTexts.contains("创立于2001年。"))
        #expect(listing.texts(.description).contains("创立于2001年。"))
        #expect(listing.attribute("Care instructions")?.value == "Hand wash cold, dry flat.")
        #expect(listing.attribute("Directions")?.value == "Apply daily.")
        #expect(
            listing.segments(.section).first { $0.text == "Hand wash cold, dry flat." }?.location.field
                == "section:Care instructions")
    }

    @Test func headingKeywordsAreWholeWords() {
        #expect(HTMLRegionHeuristics.headingKind("Benefits") == nil)
        #expect(HTMLRegionHeuristics.headingKind("Size & Fit") == .section("Size & Fit"))
        #expect(HTMLRegionHeuristics.headingKind("洗涤说明：") == .section("洗涤说明"))
        #expect(HTMLRegionHeuristics.headingKind("Customer Reviews (12)") == .review)
        #expect(HTMLRegionHeuristics.headingKind("You may also like") == .boilerplate)
    }

    @Test func bulletsDescriptionAndImageAlt() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <div id="product-description"><p>A soft throw for the sofa.</p>
                <ul><li>Faux fur</li><li>Machine washable</li></ul>
                <img src="a.jpg" alt="Grey faux fur throw"><img src="b.jpg" alt="Grey faux fur throw"></div>
                """))
        #expect(listing.texts(.description) == ["A soft throw for the sofa."])
        #expect(listing.texts(.bullet) == ["Faux fur", "Machine washable"])
        #expect(listing.texts(.imageAlt) == ["Grey faux fur throw"])
    }

    @Test func titlePrefersOpenGraphThenHeadingThenTitleElement() throws {
        let withOG = try #require(
            HTMLFixture.listing(
                """
                <head><title>Tee | Shop</title><meta property="og:title" content="Organic Tee"></head><body><h1>Organic Tee!</h1></body>
                """))
        #expect(withOG.title?.text == "Organic Tee")
        #expect(withOG.texts(.title) == ["Organic Tee!"])
        let withHeading = try #require(
            HTMLFixture.listing("<head><title>Tee | Shop</title></head><body><h1>Organic Tee</h1></body>"))
        #expect(withHeading.title?.text == "Organic Tee")
        let withTitle = try #require(HTMLFixture.listing("<head><title>Tee | Shop</title></head><body><p>x</p></body>"))
        #expect(withTitle.title?.text == "Tee | Shop")
        #expect(withTitle.texts(.title) == ["Tee | Shop"])
    }

    @Test func openGraphProductTags() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <head><meta property="og:url" content="https://shop.example/p/42">
                <meta property="product:brand" content="Acme"><meta property="product:material" content="Steel">
                <meta property="og:price:amount" content="19.99"><meta property="og:locale" content="en_GB"><meta property="og:image" content="x.jpg">
                <meta name="description" content="A steel anvil."></head><body></body>
                """))
        #expect(listing.id == "https://shop.example/p/42")
        #expect(listing.url == "https://shop.example/p/42")
        #expect(listing.attribute("material")?.origin == .openGraph)
        #expect(listing.attribute("price:amount")?.value == "19.99")
        #expect(listing.attribute("image") == nil)
        #expect(listing.seller == "Acme")
        #expect(listing.locale == "en-GB")
        #expect(listing.texts(.description) == ["A steel anvil."])
    }

    @Test func microdataProductWithAdditionalPropertyAndBrand() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <div itemscope itemtype="https://schema.org/Product">
                  <h1 itemprop="name">Executive Anvil</h1>
                  <span itemprop="sku">ANV-1</span>
                  <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">ACME</span></div>
                  <meta itemprop="material" content="Cast iron">
                  <div itemprop="additionalProperty" itemscope itemtype="https://schema.org/PropertyValue">
                    <span itemprop="name">Weight</span> <span itemprop="value">50</span> <span itemprop="unitText">kg</span>
                  </div>
                  <div itemprop="review" itemscope itemtype="https://schema.org/Review">
                    <span itemprop="reviewBody">Best anvil ever</span>
                  </div>
                </div>
                """))
        #expect(listing.id == "ANV-1")
        #expect(listing.seller == "ACME")
        #expect(listing.attribute("material")?.value == "Cast iron")
        #expect(listing.attribute("material")?.origin == .microdata)
        let weight = try #require(listing.attribute("Weight"))
        #expect(weight.value == "50 kg")
        #expect(weight.location.line == 7)
        #expect(listing.attribute("brand")?.value == "ACME")
        #expect(listing.texts(.review) == ["Best anvil ever"])
        #expect(!listing.attributes.contains { $0.value.contains("Best anvil") })
    }

    @Test func rdfaLiteProduct() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <div vocab="https://schema.org/" typeof="Product"><span property="name">Oak stool</span>
                <span property="material">Oak</span><span property="color">Natural</span></div>
                """))
        #expect(listing.attribute("material")?.value == "Oak")
        #expect(listing.attribute("material")?.origin == .rdfa)
        #expect(listing.attribute("color")?.value == "Natural")
    }

    @Test func breadcrumbs() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/h">Home &amp; Garden</a></li>
                <li>Throws</li></ol></nav><h1>Faux fur throw</h1>
                """))
        #expect(listing.breadcrumbs == ["Home", "Home & Garden", "Throws"])
        #expect(listing.texts(.breadcrumb) == ["Home", "Home & Garden", "Throws"])
    }

    @Test func listingIdFallsBackToFileStem() throws {
        let listing = try #require(HTMLFixture.listing("<h1>x</h1>", source: "catalogue/shirt-42.html"))
        #expect(listing.id == "shirt-42")
        #expect(listing.format == .html)
    }

    /// Depends on the lenient JSON-LD reader (`JSONLDProducts`); runs once it is built.
    @Test(.enabled(if: !JSONLDProducts.products(in: HTMLReaderExtractionTests.jsonLD).isEmpty))
    func jsonLDProductBecomesAttributes() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><head><script type="application/ld+json">\(Self.jsonLD)</script></head><body><p>x</p></body></html>
                """))
        let material = try #require(listing.attribute("material"))
        #expect(material.value == "Porcelain")
        #expect(material.origin == .jsonLD)
        #expect(material.location.line == 1)
        #expect(listing.id == "PL-6")
        #expect(listing.title?.text == "Canape plates")
    }

    static let jsonLD =
        #"{"@context":"https://schema.org","@type":"Product","name":"Canape plates","sku":"PL-6","material":"Porcelain"}"#
}

@Suite struct HTMLReaderPanelTests {
    @Test func longPanelUnderANameReadsLikeASection() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <dl class="accordion"><dt>Dimensions &amp; Care</dt><dd><p>Overall: 10" wide x 15.5" deep x 30" high.</p>
                <p>Care: wipe with a soft, dry cloth. Do not use cleaners or polishes on the metal parts of the lamp.</p></dd></dl>
                """))
        let panel = try #require(listing.attribute("Dimensions & Care"))
        #expect(panel.origin == .labelLine)
        #expect(panel.location.field == "section:Dimensions & Care")
        #expect(panel.value.hasPrefix("Overall: 10\" wide"))
        #expect(listing.attribute("Overall")?.value == "10\" wide x 15.5\" deep x 30\" high.")
        #expect(listing.attribute("Care")?.value.hasPrefix("wipe with a soft") == true)
        #expect(listing.segments(.section).count == 3)
    }
}
