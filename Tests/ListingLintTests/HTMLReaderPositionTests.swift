import ListingLintCore
import Testing

@testable import ListingLintIngest

/// Positions are 1-based lines and columns in Unicode scalars of the decoded text. Every fixture has
/// a CJK + emoji prefix on the lines it checks, so byte or UTF-16 offsets cannot pass for scalars.
@Suite struct HTMLReaderPositionTests {
    private let prefix = "纯棉😀🧵 "

    @Test func segmentsAndAttributesStartWhereTheirTextStarts() throws {
        let source = """
            <html><head><title>\(prefix)毛巾</title></head>
            <body><h1>\(prefix)Towel</h1>
            <p>\(prefix)<b>x</b></p><div class="description"><p>\(prefix)Soft &amp; thick</p></div>
            <table><tr><th>\(prefix)材质</th><td>\(prefix)纯棉</td></tr></table>
            <p>\(prefix)Material: cotton</p>
            <img alt="\(prefix)towel picture" src="t.jpg">
            </body></html>
            """
        let listing = try #require(HTMLFixture.listing(source))
        func expectAt(
            _ text: String, _ location: ListingLintCore.SourceLocation?, occurrence: Int = 0,
            sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            let expected = HTMLFixture.position(of: text, in: source, occurrence: occurrence)
            #expect(location?.line == expected?.line, sourceLocation: sourceLocation)
            #expect(location?.column == expected?.column, sourceLocation: sourceLocation)
        }
        expectAt("\(prefix)Towel", listing.segments(.title).first?.location)
        expectAt("\(prefix)Soft", listing.segments(.description).first?.location)
        expectAt("\(prefix)材质", listing.segments(.specName).first?.location)
        expectAt("\(prefix)纯棉", listing.attribute("纯棉😀🧵 材质")?.location)
        expectAt("cotton", listing.attribute("\(prefix)Material")?.location)
        expectAt("\(prefix)towel picture", listing.segments(.imageAlt).first?.location)
    }

    @Test func handComputedColumnCountsScalars() throws {
        // Line 2 is `<p>纯棉😀🧵 Towel</p>`: `<p>` is 3 scalars, so the text starts at column 4, and the
        // `Material` value after 5 prefix scalars + "Material: " at column 4 + 5 + 10 = 19.
        let listing = try #require(
            HTMLFixture.listing("<html><body>\n<p>\(prefix)Material: cotton</p>\n</body></html>"))
        let segment = try #require(listing.segments.first)
        #expect(segment.location.line == 2)
        #expect(segment.location.column == 4)
        let material = try #require(listing.attribute("纯棉😀🧵 Material"))
        #expect(material.location.line == 2)
        #expect(material.location.column == 19)
    }

    @Test func minifiedPageRepeatedTextGetsEachOccurrence() throws {
        let source = #"<div data-x="\#(prefix)Cotton"><p>\#(prefix)Cotton</p><p>Wool</p><p>\#(prefix)Cotton</p></div>"#
        let listing = try #require(HTMLFixture.listing(source))
        let locations = listing.segments.map(\.location)
        #expect(locations.count == 3)
        #expect(locations.allSatisfy { $0.line == 1 })
        #expect(
            locations.map(\.column) == [
                HTMLFixture.position(of: "\(prefix)Cotton", in: source, occurrence: 1)?.column,
                HTMLFixture.position(of: "Wool", in: source)?.column,
                HTMLFixture.position(of: "\(prefix)Cotton", in: source, occurrence: 2)?.column,
            ])
    }

    @Test func scriptTextIsSkippedNotMatched() throws {
        let source = """
            <script>var s = "<p>\(prefix)Linen</p>";</script>
            <p>\(prefix)Linen</p>
            """
        let listing = try #require(HTMLFixture.listing(source))
        let segment = try #require(listing.segments.first)
        #expect(segment.location.line == 2)
        #expect(segment.location.column == 4)
    }

    @Test func crlfSourceCountsLinesLikeAnEditor() throws {
        let listing = try #require(HTMLFixture.listing("<p>a</p>\r\n<p>\(prefix)b</p>\r\n<p>c</p>"))
        #expect(listing.segments.map(\.location.line) == [1, 2, 3])
        #expect(listing.segments[1].location.column == 4)
    }

    @Test func probesStopBeforeEntityProneCharacters() {
        #expect(HTMLSourceLocator.probe(of: "  Soft & thick")?.bytes == Array("Soft ".utf8))
        #expect(HTMLSourceLocator.probe(of: "\u{A0}Soft")?.strict == false)
        #expect(HTMLSourceLocator.probe(of: "   ") == nil)
    }
}
