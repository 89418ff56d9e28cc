@testable import ListingLintIngest
import Testing

/// Skipping an unparsed script by its place in the page must land where skipping it by its text does,
/// or decline (and the reader skips by text).
@Suite struct HTMLSourceLocatorTests {
    /// Both ways of skipping the first script of `page` (content between its `>` and `</script>`),
    /// on fresh locators, each followed by a search for the text after the script.
    static func skips(_ page: String, line: Int = 1) -> (byRange: [Int]?, byText: [Int]) {
        let bytes = Array(page.utf8)
        let open = Array("<script>".utf8)
        let start = (0...(bytes.count - open.count)).first { Array(bytes[$0..<($0 + open.count)]) == open }! + open.count
        let end = (start...(bytes.count - 9)).first { Array(bytes[$0..<($0 + 9)]) == Array("</script>".utf8) }!
        var byRange = HTMLSourceLocator(source: bytes)
        var byText = HTMLSourceLocator(source: bytes)
        let text = byText.skip(rawText: String(decoding: bytes[start..<end], as: UTF8.self), atLeastLine: line)
        let after = byText.locate("after", context: .text, atLeastLine: 0)
        guard let range = byRange.skip(rawTextAt: start..<end, atLeastLine: line) else {
            return (nil, [text.line, text.column, after.line, after.column])
        }
        let rangeAfter = byRange.locate("after", context: .text, atLeastLine: 0)
        return ([range.line, range.column, rangeAfter.line, rangeAfter.column], [text.line, text.column, after.line, after.column])
    }

    @Test func aScriptIsSkippedToTheSamePlaceByItsRange() {
        let pages = [
            "<p>a</p><script>var x = 1; // after\n</script><p>after</p>",
            "<html>\n<body>\n<script>\n   window.state = {\"a\": 1};\n</script>\n<p>after</p>",
            "<p>é漢字</p><script>\tconst after = 'x';</script>\n<b>after</b>",
        ]
        for page in pages {
            let (byRange, byText) = Self.skips(page)
            #expect(byRange == byText, "\(page.debugDescription)")
        }
    }

    @Test func aScriptTheTextSearchWouldPlaceElsewhereIsLeftToIt() {
        // Starts with a quote (pages write quotes as entities, so the probe skips it), or its first
        // bytes stand earlier on the line after a `>`: the range skip declines.
        #expect(Self.skips("<p>x</p><script>'use strict'; f()</script><p>after</p>").byRange == nil)
        #expect(Self.skips("<p>f(1)</p><script>f(1)</script><p>after</p>").byRange == nil)
    }
}
