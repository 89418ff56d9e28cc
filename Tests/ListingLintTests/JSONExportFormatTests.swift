import ListingLintCore
import Testing

@testable import ListingLintIngest

/// Shopify and WooCommerce exports: detection, mapping, pointers, missing fields.
@Suite struct JSONExportFormatTests {
    static let shopifyProducts = """
        {"products": [
          {
            "id": 632910392,
            "title": "Linen Wide-Leg Trousers",
            "handle": "linen-wide-leg-trousers",
            "body_html": "<p>Relaxed fit.&nbsp;<strong>100% linen</strong> &amp; made in Portugal.</p><ul><li>Machine wash cold</li></ul><img src=\\"a.jpg\\" alt=\\"Model wearing size S\\"><script>var x = 1;</script>",
            "vendor": "Atelier Demo",
            "product_type": "Trousers",
            "tags": "linen, summer, women",
            "options": [
              {"name": "Size", "values": ["XS", "S", "M"]},
              {"name": "Color", "values": ["Natural"]}
            ],
            "variants": [
              {"id": 1, "sku": "LWT-XS", "weight": 0, "weight_unit": "kg"},
              {"id": 2, "sku": "LWT-S", "weight": 0.4, "weight_unit": "kg"}
            ],
            "metafields": [{"namespace": "custom", "key": "care_instructions", "value": "Wash at 30°C"}],
            "images": [{"src": "a.jpg", "alt": "Front view"}]
          },
          {"id": 2, "title": "Gift card", "body_html": null, "options": [{"name": "Title", "values": ["Default Title"]}]}
        ]}
        """

    @Test func shopifyProductsMapTitleBodyOptionsAndMetafields() throws {
        let outcome = readJSON(Self.shopifyProducts, source: "exports/products.json")
        #expect(outcome.failures.isEmpty)
        #expect(outcome.listings.count == 2)
        let listing = outcome.listings[0]
        #expect(listing.format == .shopify)
        #expect(listing.id == "632910392")
        #expect(listing.title?.location.pointer == "/products/0/title")
        let body = try #require(listing.segments(.description).first)
        #expect(body.text == "Relaxed fit. 100% linen & made in Portugal.\nMachine wash cold")
        #expect(body.location == SourceLocation(pointer: "/products/0/body_html", field: "description"))
        #expect(listing.segments(.imageAlt).map(\.text) == ["Model wearing size S", "Front view"])
        #expect(listing.category == "Trousers")
        #expect(listing.seller == nil)
        #expect(listing.attribute("brand")?.value == "Atelier Demo")
        #expect(listing.attribute("brand")?.location.pointer == "/products/0/vendor")
        let size = try #require(listing.attribute("Size"))
        #expect(size.value == "XS, S, M")
        #expect(size.location == SourceLocation(pointer: "/products/0/options/0/values", field: "option:Size"))
        #expect(listing.attribute("tags")?.value == "linen, summer, women")
        #expect(listing.attribute("weight")?.value == "0.4 kg")
        #expect(listing.attribute("weight")?.location.pointer == "/products/0/variants/1/weight")
        #expect(listing.attribute("care_instructions")?.value == "Wash at 30°C")
        #expect(listing.attribute("care_instructions")?.location.pointer == "/products/0/metafields/0/value")
    }

    @Test func shopifyExportWithMissingFieldsStillGivesAListing() throws {
        let outcome = readJSON(Self.shopifyProducts)
        let giftCard = outcome.listings[1]
        #expect(giftCard.id == "2")
        #expect(giftCard.title?.text == "Gift card")
        #expect(giftCard.segments.isEmpty)
        #expect(giftCard.attributes.isEmpty)
        #expect(giftCard.category == nil)

        let bare = readJSON(#"{"product": {"handle": "mystery-box", "variants": []}}"#, source: "x/mystery.json")
        #expect(bare.failures.isEmpty)
        #expect(bare.listings.first?.id == "mystery-box")
        #expect(bare.listings.first?.format == .shopify)
        #expect(bare.listings.first?.title == nil)
    }

    @Test func shopifyProductListingsAndSingleProduct() throws {
        let listings = readJSON(
            #"{"product_listings": [{"product_id": 99, "title": "Pant", "body_html": "<p>Linen</p>", "tags": ["a", "b"]}]}"#
        )
        let listing = try #require(listings.listings.first)
        #expect(listing.id == "99")
        #expect(listing.format == .shopify)
        #expect(listing.attribute("tags")?.value == "a, b")

        let single = readJSON(#"{"product": {"id": 5, "title": "Mug", "body_html": "Plain text body"}}"#)
        #expect(single.listings.first?.segments(.description).first?.location.pointer == "/product/body_html")
        #expect(single.listings.first?.segments(.description).first?.text == "Plain text body")
    }

    @Test func bareShopifyProductIsDetected() {
        let outcome = readJSON(#"[{"id": 1, "title": "Cap", "body_html": "<b>Cotton</b> cap", "vendor": "V"}]"#)
        #expect(outcome.listings.first?.format == .shopify)
        #expect(outcome.listings.first?.segments(.description).first?.text == "Cotton cap")
    }

    static let wooProducts = """
        [
          {
            "id": 794,
            "name": "Oak Side Table",
            "slug": "oak-side-table",
            "permalink": "https://example.com/product/oak-side-table/",
            "type": "simple",
            "description": "<p>Solid oak with a matte oil finish.</p>\\n<h3>Care</h3><p>Wipe with a damp cloth.</p>",
            "short_description": "<p>A small table &#8211; big character.</p>",
            "sku": "OAK-ST-1",
            "regular_price": "149.00",
            "weight": "6.5",
            "dimensions": {"length": "40", "width": "40", "height": ""},
            "categories": [{"id": 9, "name": "Furniture"}, {"id": 10, "name": "Tables &amp; Desks"}],
            "tags": [{"id": 1, "name": "oak"}],
            "attributes": [
              {"id": 1, "name": "Material", "options": ["Solid oak"]},
              {"id": 0, "name": "Finish", "options": ["Matte oil", "Wax"]}
            ],
            "images": [{"src": "t.jpg", "alt": "Oak side table in a living room"}]
          },
          {"id": 795, "name": "Mystery item", "permalink": "https://example.com/p/795", "short_description": "", "dimensions": {"length": "", "width": "", "height": ""}, "weight": ""}
        ]
        """

    @Test func wooCommerceProductsMapAttributesAndDimensions() throws {
        let outcome = readJSON(Self.wooProducts, source: "woo.json")
        #expect(outcome.failures.isEmpty)
        let table = try #require(outcome.listings.first)
        #expect(table.format == .woocommerce)
        #expect(table.id == "794")
        #expect(table.title?.text == "Oak Side Table")
        #expect(table.url == "https://example.com/product/oak-side-table/")
        #expect(
            table.segments(.description).map(\.text) == [
                "A small table – big character.",
                "Solid oak with a matte oil finish.\nCare\nWipe with a damp cloth.",
            ])
        #expect(table.segments(.description).map(\.location.field) == ["short_description", "description"])
        #expect(table.category == "Furniture")
        #expect(table.breadcrumbs == ["Furniture", "Tables & Desks"])
        #expect(table.attribute("Material")?.value == "Solid oak")
        #expect(table.attribute("Material")?.location.pointer == "/0/attributes/0/options")
        #expect(table.attribute("Finish")?.value == "Matte oil, Wax")
        #expect(table.attribute("length")?.value == "40")
        #expect(table.attribute("length")?.location.pointer == "/0/dimensions/length")
        #expect(table.attribute("height") == nil)
        #expect(table.attribute("weight")?.value == "6.5")
        #expect(table.attribute("sku")?.value == "OAK-ST-1")
        #expect(table.segments(.imageAlt).map(\.text) == ["Oak side table in a living room"])
    }

    @Test func wooCommerceEmptyStringsAreAbsent() throws {
        let outcome = readJSON(Self.wooProducts)
        let mystery = try #require(outcome.listings.last)
        #expect(mystery.format == .woocommerce)
        #expect(mystery.attributes.isEmpty)
        #expect(mystery.segments.isEmpty)
    }

    @Test func singleWooCommerceProduct() {
        let outcome = readJSON(
            #"{"id": 1, "name": "Lamp", "permalink": "https://e.com/l", "regular_price": "9", "attributes": [{"name": "Color", "option": "Red"}]}"#
        )
        #expect(outcome.listings.first?.format == .woocommerce)
        #expect(outcome.listings.first?.attribute("Color")?.value == "Red")
        #expect(outcome.listings.first?.attribute("Color")?.location.pointer == "/attributes/0/option")
    }

    @Test func formatOverrideForcesTheDialect() {
        // Without the override this is our own format (`name` is a title alias); forced, WooCommerce.
        let text = #"{"name": "Lamp", "description": "<p>Brass lamp</p>"}"#
        #expect(readJSON(text).listings.first?.format == .listingJSON)
        let forced = readJSON(text, format: .woocommerce)
        #expect(forced.listings.first?.format == .woocommerce)
        #expect(forced.listings.first?.segments(.description).first?.text == "Brass lamp")
    }

    @Test func htmlFragmentsLoseTagsScriptsAndEntities() {
        let fragment = JSONHTMLFragment.text(
            from:
                "<div>Size:&#160;M&nbsp;&#x2013;&nbsp;<em>fits</em> true</div><style>p{}</style><!-- hidden --><br/>Care &amp; use &unknown;"
        )
        #expect(fragment.text == "Size: M – fits true\nCare & use &unknown;")
        #expect(JSONHTMLFragment.text(from: "<img alt='Side view' src=x>").imageAlts == ["Side view"])
    }
}
