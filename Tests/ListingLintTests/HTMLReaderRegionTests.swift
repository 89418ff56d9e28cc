import ListingLintCore
import Testing

@testable import ListingLintIngest

@Suite struct HTMLReaderRegionTests {
    private let page = """
        <html><body>
        <header class="site-header"><a href="/">Best Deals Online</a></header>
        <nav><ul><li>Shop the best sellers</li></ul></nav>
        <div id="cookie-consent">We use cookies for the best experience</div>
        <main>
          <h1>Linen shirt</h1>
          <div class="product-description"><p>Breathable linen shirt.</p></div>
          <section class="product-reviews"><p>Best shirt I ever bought!</p></section>
          <div class="comments"><p>最好的衬衫</p></div>
          <div><h2>商品评价</h2><p>质量很好，全网最低价</p></div>
          <div class="related-products"><div class="product-description"><p>Best-selling chinos</p></div></div>
          <div><h2>You may also like</h2><p>Cotton shorts</p></div>
          <footer class="product-footer"><p>Made in Portugal</p></footer>
        </main>
        <footer><p>© Shop — the best place to buy</p></footer>
        <script>var tracking = "best";</script>
        <script>window.__INITIAL_STATE__ = {"product":{"name":"Linen shirt","material":"100% linen","size":"M","care":"wash"}};</script>
        <script type="application/json" id="product-data">{"material": "linen"}</script>
        <style>.best { color: red }</style>
        <noscript>Enable JavaScript for the best experience</noscript>
        </body></html>
        """

    @Test func sellerTextKeepsItsRoles() throws {
        let listing = try #require(HTMLFixture.listing(page))
        #expect(listing.texts(.title) == ["Linen shirt"])
        #expect(listing.texts(.description) == ["Breathable linen shirt."])
        #expect(listing.texts(.other).contains("Made in Portugal"))
    }

    @Test func reviewsAreNotTheSellersText() throws {
        let listing = try #require(HTMLFixture.listing(page))
        let reviews = listing.texts(.review)
        #expect(reviews.contains("Best shirt I ever bought!"))
        #expect(reviews.contains("最好的衬衫"))
        #expect(reviews.contains("质量很好，全网最低价"))
        #expect(reviews.contains("商品评价"))
    }

    @Test func boilerplateIsMarked() throws {
        let listing = try #require(HTMLFixture.listing(page))
        let boilerplate = listing.texts(.boilerplate)
        for text in [
            "Best Deals Online", "Shop the best sellers", "We use cookies for the best experience",
            "Best-selling chinos", "You may also like", "Cotton shorts", "© Shop — the best place to buy",
        ] {
            #expect(boilerplate.contains(text), "\(text)")
        }
        let sellerText = listing.segments.filter { $0.role != .boilerplate && $0.role != .review }.map(\.text)
        #expect(!sellerText.contains { $0.lowercased().contains("best") })
    }

    @Test func scriptsAndStylesAreNeverVisibleText() throws {
        let listing = try #require(HTMLFixture.listing(page))
        let all = listing.segments.map(\.text).joined(separator: " ")
        #expect(!all.contains("tracking"))
        #expect(!all.contains("color: red"))
        #expect(!all.contains("Enable JavaScript"))
        #expect(!all.contains("100% linen"))
    }

    @Test func scriptDataGoesToHiddenText() throws {
        let listing = try #require(HTMLFixture.listing(page))
        #expect(listing.hiddenText.count == 2)
        #expect(listing.hiddenText.allSatisfy { $0.role == .other })
        #expect(listing.hiddenText[0].text.contains("\"material\":\"100% linen\""))
        #expect(listing.hiddenText[0].location.field == "script:inline")
        #expect(listing.hiddenText[1].location.field == "script:product-data")
        #expect(!listing.hiddenText.contains { $0.text.contains("tracking") })
        #expect(!listing.attributes.contains { $0.value.contains("100% linen") })
    }

    @Test func classWordsAreSplitAtCamelCaseAndPunctuation() throws {
        let node = HTMLNode(
            kind: .element, name: "div", flags: HTMLElementFlags(tag: "div"), text: "",
            attributes: [HTMLAttribute(name: "class", value: "js-hook relatedProducts is-review pdp__Description")],
            line: 1, end: 1
        )
        #expect(HTMLRegionHeuristics.classAndIDWords(of: node) == ["related", "products", "pdp", "description"])
        let signals = HTMLRegionHeuristics.classSignals(of: node)
        #expect(signals.boilerplate)
        #expect(signals.description)
        #expect(!signals.review)
    }

    @Test func headerInsideMainBelongsToTheProduct() throws {
        let listing = try #require(
            HTMLFixture.listing("<main><article><header><p>Hand-made in Kyoto</p></header></article></main>"))
        #expect(listing.texts(.other) == ["Hand-made in Kyoto"])
    }
}

@Suite struct HTMLTreeConverterTests {
    @Test func onlyKeptAttributesReachTheTree() throws {
        let tree = HTMLTreeConverter.parse(
            Array(#"<p class="a" style="b" data-x="c" id="d" CLASS="e" onclick="f">x</p>"#.utf8), maxDepth: 10)
        let paragraph = try #require(tree.nodes.first { $0.name == "p" })
        #expect(paragraph.attributes.map(\.name).sorted() == ["class", "id"])
    }

    @Test func scriptsCarryDataOnlyWithJSONOrQuotedKeys() {
        #expect(HTMLListingBuilder.carriesData("{}", type: "application/json"))
        #expect(HTMLListingBuilder.carriesData(#"window.__STATE__ = {"a":1,"b":2,"c":3,"d":4,"e":5}"#, type: ""))
        #expect(!HTMLListingBuilder.carriesData("ga('send', 'pageview'); var x = {a: 1};", type: "text/javascript"))
        #expect(!HTMLListingBuilder.carriesData(#"{"a":1,"b":2,"c":3,"d":4,"e":5}"#, type: "text/template"))
    }
}
