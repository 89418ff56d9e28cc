import ListingLintCore
import Testing

@testable import ListingLintIngest

/// Page furniture that real shops mix into product pages: each heuristic with text it must mark and
/// seller's text it must leave alone.
@Suite struct HTMLReaderTrapTests {
    private func sellerText(_ listing: Listing) -> [String] {
        listing.segments.filter { $0.role != .boilerplate && $0.role != .review }.map(\.text)
    }

    @Test func linkOnlyTextOutsideTheDescriptionIsNavigation() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><main><h1>Garden hose</h1>
                <p><a href="/best-of"><span>♥ </span>best of</a> <sup>[<a href="/about">?</a>]</sup></p>
                <p>Order today and <a href="/returns">read our returns policy</a>.</p>
                <div class="description"><ul><li><a href="/hose-guide">The perfect hose guide</a></li></ul></div>
                </main></body></html>
                """))
        #expect(listing.texts(.boilerplate).contains { $0.contains("best of") })
        #expect(sellerText(listing).contains("Order today and read our returns policy."))
        #expect(listing.texts(.bullet).contains("The perfect hose guide"))
    }

    @Test func standaloneRecommendationLineIsAHeading() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><main><h1>Chinos</h1><p>Cotton chinos with a slim fit.</p>
                <section><div><div>You might also like</div><div>Perfect pairings</div></div></section>
                <p>You might also like how soft these chinos feel after a few washes, says our team.</p>
                </main></body></html>
                """))
        let boilerplate = listing.texts(.boilerplate)
        #expect(boilerplate.contains("You might also like"))
        #expect(boilerplate.contains("Perfect pairings"))
        #expect(sellerText(listing).contains("Cotton chinos with a slim fit."))
        #expect(sellerText(listing).contains { $0.hasPrefix("You might also like how soft") })
    }

    @Test func aReviewStatusLineDoesNotOpenReviews() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><main><h1>Kettle</h1><div><div>4 reviews</div><div>Boils in 90 seconds.</div></div>
                </main></body></html>
                """))
        #expect(sellerText(listing).contains("Boils in 90 seconds."))
    }

    @Test func aHeadingCoversTheWrappersItOpens() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><main><h1>Chinos</h1>
                <div><p>Stretch cotton chinos.</p></div>
                <div class="carousel-block"><div><div><h2>Customers also bought</h2></div></div>
                  <ul><li><a href="/p/1"><img alt="Sweatshirt - green">Sweatshirt</a></li></ul>
                  <p>Go green: the best organic tees</p></div>
                <div><p>Intro line</p><div><div><h2>Similar items</h2></div></div><p>Care: machine wash 30°C.</p></div>
                </main></body></html>
                """))
        #expect(listing.texts(.boilerplate).contains("Go green: the best organic tees"))
        #expect(!listing.texts(.imageAlt).contains("Sweatshirt - green"))
        #expect(sellerText(listing).contains("Stretch cotton chinos."))
        // The second heading is not its container's first text: only its own wrapper is covered.
        #expect(sellerText(listing).contains("Care: machine wash 30°C."))
    }

    @Test func aHeadingDoesNotClimbOverTheProductTitle() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><div id="page"><div><div><h2>Sponsored</h2></div></div>
                <h1>Desk lamp</h1><p>Steel desk lamp, 40 cm tall.</p></div></body></html>
                """))
        #expect(sellerText(listing).contains("Steel desk lamp, 40 cm tall."))
    }

    @Test func runTogetherReviewClassWordsMarkReviews() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><main><h1>Milk</h1>
                <div class="detail"><p>Whole milk, 250 ml.</p>
                <div id="hidcomment"><strong><a href="#c1">The best milk in the world</a></strong>
                <p>Tastes great, cures everything</p></div></div>
                <div class="commentator-bio"><p>Our buyer Anna picked this farm.</p></div>
                </main></body></html>
                """))
        #expect(listing.texts(.review).contains("Tastes great, cures everything"))
        #expect(listing.texts(.review).contains("The best milk in the world"))
        #expect(sellerText(listing).contains("Whole milk, 250 ml."))
        #expect(sellerText(listing).contains("Our buyer Anna picked this farm."))
    }

    @Test func styledComponentNamesAndSiteServicesAreBoilerplate() throws {
        let listing = try #require(
            HTMLFixture.listing(
                """
                <html><body><main><h1>Camera</h1><p>Indoor camera with night vision.</p>
                <section class="Alternativesstyles__Container-x1"><p>Our lowest price ever</p></section>
                <div class="soldBySite_x1">Sold and shipped by Best Store</div>
                <p class="store-pickup-disclaimer">Prices may vary; we give you the best information we can.</p>
                <div class="Descriptionstyles__Body-x2"><p>Records in 2K.</p></div>
                </main></body></html>
                """))
        let boilerplate = listing.texts(.boilerplate)
        #expect(boilerplate.contains("Our lowest price ever"))
        #expect(boilerplate.contains("Sold and shipped by Best Store"))
        #expect(boilerplate.contains("Prices may vary; we give you the best information we can."))
        #expect(listing.texts(.description).contains("Records in 2K."))
        #expect(sellerText(listing).contains("Indoor camera with night vision."))
    }
}
