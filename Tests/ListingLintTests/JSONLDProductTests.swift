import ListingLintCore
import Testing

@testable import ListingLintIngest

/// schema.org Product JSON-LD: the shared `JSONLDProducts` finder and `.jsonld` files.
@Suite struct JSONLDProductTests {
    static let productWithEverything = """
        {
          "@context": "https://schema.org",
          "@type": "Product",
          "name": "Walnut Desk",
          "description": "A desk of solid walnut.",
          "category": "Furniture > Desks",
          "brand": {"@type": "Brand", "name": "Demo Works"},
          "sku": "WD-120",
          "url": "https://example.com/desk",
          "material": ["Walnut", "Steel"],
          "color": "Brown",
          "size": {"@type": "SizeSpecification", "name": "Large", "sizeSystem": "https://schema.org/WearableSizeSystemEurope"},
          "width": {"@type": "QuantitativeValue", "value": 120, "unitCode": "CMT"},
          "height": {"@type": "QuantitativeValue", "value": "75", "unitText": "cm"},
          "depth": "60 cm",
          "weight": {"@type": "QuantitativeValue", "minValue": 30, "maxValue": 32, "unitCode": "KGM"},
          "additionalProperty": [
            {"@type": "PropertyValue", "name": "Care instructions", "value": "Oil twice a year"},
            {"@type": "PropertyValue", "propertyID": "assembly", "value": "Tools included"}
          ],
          "hasMeasurement": {"@type": "QuantitativeValue", "name": "Desk top thickness", "value": 2.5, "unitCode": "CMT"},
          "offers": [{"@type": "Offer", "price": "499"}, {"@type": "Offer", "seller": {"@type": "Organization", "name": "Demo Store"}}],
          "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "bestRating": "5", "reviewCount": "12"},
          "review": [
            {"@type": "Review", "name": "Best desk ever", "reviewBody": "The best desk I have owned.", "reviewRating": {"bestRating": "5", "ratingValue": "5"}},
            {"@type": "Review", "reviewBody": ""}
          ]
        }
        """

    @Test func mapsEveryProductProperty() throws {
        let product = try #require(JSONLDProducts.products(in: Self.productWithEverything).first)
        #expect(product.type == "Product")
        #expect(product.name == "Walnut Desk")
        #expect(product.description == "A desk of solid walnut.")
        #expect(product.category == "Furniture > Desks")
        #expect(product.brand == "Demo Works")
        #expect(product.seller == "Demo Store")
        #expect(product.fieldPointers["seller"] == "/offers/1/seller/name")
        #expect(product.sku == "WD-120")
        #expect(product.url == "https://example.com/desk")
        let properties = Dictionary(
            product.properties.map { ($0.name, $0.value) }, uniquingKeysWith: { "\($0) | \($1)" })
        #expect(properties["material"] == "Walnut | Steel")
        #expect(properties["color"] == "Brown")
        #expect(properties["size"] == "Large (WearableSizeSystemEurope)")
        #expect(properties["width"] == "120 cm")
        #expect(properties["height"] == "75 cm")
        #expect(properties["depth"] == "60 cm")
        #expect(properties["weight"] == "30–32 kg")
        #expect(properties["Care instructions"] == "Oil twice a year")
        #expect(properties["assembly"] == "Tools included")
        #expect(properties["Desk top thickness"] == "2.5 cm")
        #expect(product.propertyPointers.count == product.properties.count)
        #expect(product.propertyPointers.first == "/material/0")
        #expect(product.propertyPointers.contains("/additionalProperty/0/value"))
        #expect(product.reviews == ["The best desk I have owned."])
        #expect(product.reviewPointers == ["/review/0/reviewBody"])
    }

    @Test func ratingsAndReviewTitlesAreNeverText() throws {
        let product = try #require(JSONLDProducts.products(in: Self.productWithEverything).first)
        let everything =
            ([product.name, product.description].compactMap { $0 } + product.properties.map(\.value) + product.reviews)
            .joined(separator: " ")
        #expect(!everything.contains("4.9"))
        #expect(!everything.contains("Best desk ever"))
        #expect(!product.properties.contains { $0.name.lowercased().contains("rating") })
    }

    @Test func findsProductsInGraphsArraysAndNestedNodes() {
        let graph = """
            <!-- theme JSON-LD -->
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "mainEntity": {"@type": ["Product", "Car"], "name": "Roadster"}},
              {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 2, "item": {"@id": "/cars", "name": "Cars"}},
                {"@type": "ListItem", "position": 1, "name": "Home"}
              ]},
              {"@type": "http://schema.org/IndividualProduct", "name": "Roadster #7"},
              {"@type": "Offer", "itemOffered": {"@type": "schema:ProductModel", "name": "Roadster 2025"}}
            ]}
            """
        let products = JSONLDProducts.products(in: graph)
        #expect(products.map(\.name) == ["Roadster", "Roadster #7", "Roadster 2025"])
        #expect(products.map(\.type) == ["Product", "IndividualProduct", "ProductModel"])
        #expect(products.map(\.pointer) == ["/@graph/0/mainEntity", "/@graph/2", "/@graph/3/itemOffered"])
        #expect(products.allSatisfy { $0.breadcrumbs == ["Home", "Cars"] })
        #expect(products.first?.parseNotes.first?.contains("<!--") == true)
    }

    @Test func leniencyForRealScriptBlocks() {
        let escaped =
            "{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;Product&quot;,&quot;name&quot;:&quot;Kettle&quot;,}"
        #expect(JSONLDProducts.products(in: escaped).map(\.name) == ["Kettle"])
        let commented = "// generated\n{\"@type\": \"Product\", \"name\": \"Pan\", /* size */ \"size\": \"28 cm\"}\n;"
        let pan = JSONLDProducts.products(in: commented)
        #expect(pan.map(\.name) == ["Pan"])
        #expect(pan.first?.properties.first?.value == "28 cm")
        let two = #"{"@type": "Product", "name": "A"}{"@type": "Product", "name": "B"}"#
        #expect(JSONLDProducts.products(in: two).map(\.name) == ["A", "B"])
        #expect(JSONLDProducts.products(in: two).map(\.pointer) == ["", ""])
        #expect(JSONLDProducts.products(in: two).map(\.valueIndex) == [0, 1])
        #expect(JSONLDProducts.products(in: "not json at all").isEmpty)
        #expect(JSONLDProducts.products(in: #"{"@type": "Organization", "name": "Shop"}"#).isEmpty)
        let deep = String(repeating: "[", count: 100_000)
        #expect(JSONLDProducts.products(in: deep).isEmpty)
    }

    @Test func jsonLDFileBecomesListingsWithPointers() throws {
        let text =
            "[\(Self.productWithEverything), {\"@context\": \"https://schema.org\", \"@type\": \"BreadcrumbList\", \"itemListElement\": [{\"position\": 1, \"name\": \"Office\"}]}]"
        let outcome = readJSON(text, source: "pages/desk.jsonld")
        #expect(outcome.failures.isEmpty)
        let listing = try #require(outcome.listings.first)
        #expect(outcome.listings.count == 1)
        #expect(listing.format == .jsonLD)
        #expect(listing.id == "WD-120")
        #expect(listing.title?.location == SourceLocation(pointer: "/0/name", field: "title"))
        #expect(listing.breadcrumbs == ["Office"])
        #expect(listing.seller == "Demo Store")
        #expect(listing.attribute("material")?.origin == .jsonLD)
        #expect(listing.attribute("width")?.location == SourceLocation(pointer: "/0/width", field: "attribute:width"))
        #expect(listing.attribute("brand")?.value == "Demo Works")
        let review = try #require(listing.segments(.review).first)
        #expect(review.location.pointer == "/0/review/0/reviewBody")
        #expect(!listing.segments.contains { $0.role != .review && $0.text.contains("best desk") })
    }

    @Test func jsonLDWithoutProductIsAnUnknownFormatError() {
        let outcome = readJSON(
            #"{"@context": "https://schema.org", "@type": "Organization", "name": "Shop"}"#, source: "org.jsonld")
        #expect(outcome.listings.isEmpty)
        #expect(outcome.failures.first?.finding.rule == InputRule.unknownFormat)
        #expect(outcome.failures.first?.finding.message.contains("no schema.org Product") == true)
    }

    @Test func productGroupTakesWhatVariesFromItsVariants() throws {
        let group = """
            {"@context": "https://schema.org", "@type": "ProductGroup", "name": "Linen Shirt", "material": "Linen",
             "variesBy": ["https://schema.org/size", "https://schema.org/color"],
             "hasVariant": [
               {"@type": "Product", "sku": "LS-S-W", "size": "S", "color": "White", "material": "Cotton"},
               {"@type": "Product", "sku": "LS-M-W", "size": "M", "color": "White"},
               {"@type": "Product", "sku": "LS-L-B", "size": {"@type": "SizeSpecification", "name": "L"}, "color": "Blue"}
             ]}
            """
        let products = JSONLDProducts.products(in: group)
        let product = try #require(products.first)
        #expect(products.count == 1)
        #expect(product.type == "ProductGroup")
        let properties = product.properties.map { "\($0.name)=\($0.value)" }
        #expect(properties == ["material=Linen", "color=White, Blue", "size=S, M, L"])
        #expect(product.propertyPointers == ["/material", "/hasVariant/0/color", "/hasVariant/0/size"])
    }

    @Test func jsonldExtensionMeansJSONLDEvenWithoutContext() {
        let outcome = readJSON(
            #"[{"@type": "WebPage"}, {"@type": "Product", "name": "Stool", "material": "Beech"}]"#,
            source: "x/stool.jsonld")
        #expect(outcome.listings.map(\.format) == [.jsonLD])
        #expect(outcome.listings.first?.attribute("material")?.location.pointer == "/1/material")
        let vocab = readJSON(
            #"{"@context": {"@vocab": "http://schema.org/"}, "@type": "Product", "name": "Stool"}"#,
            source: "stool.json")
        #expect(vocab.listings.first?.format == .jsonLD)
    }

    @Test func productWithoutIdentifierGetsAStemIndexId() {
        let outcome = readJSON(
            #"{"@context": "http://schema.org", "@type": "ProductModel", "name": "TV"}"#, source: "a/tv-model.jsonld")
        #expect(outcome.listings.first?.id == "tv-model#0")
        #expect(outcome.listings.first?.seller == nil)
    }
}
