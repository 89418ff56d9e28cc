import Foundation
import ListingLintCore

@testable import ListingLintIngest

/// Reads inline HTML fixtures for the HTML reader tests.
enum HTMLFixture {
    /// Reads `html` (as UTF-8) and returns its one listing; records an issue when there is none.
    static func listing(
        _ html: String, source: String = "fixture.html", limits: InputLimits = InputLimits()
    ) -> Listing? {
        listing(bytes: Array(html.utf8), source: source, limits: limits)
    }

    static func listing(
        bytes: [UInt8], source: String = "fixture.html", limits: InputLimits = InputLimits()
    ) -> Listing? {
        HTMLReader.read(InputDocument(source: source, bytes: bytes), limits: limits).listings.first
    }

    /// GBK (GB18030) bytes of a string, produced by Foundation.
    static func gbk(_ text: String) -> [UInt8] {
        [UInt8](text.data(using: String.Encoding(rawValue: 0x8000_0632))!)
    }

    /// The 1-based line and column (in Unicode scalars) where `needle` first occurs in `source` at or
    /// after `occurrence` earlier matches: an oracle independent of the reader's locator.
    static func position(of needle: String, in source: String, occurrence: Int = 0) -> (line: Int, column: Int)? {
        let haystack = Array(source.unicodeScalars)
        let key = Array(needle.unicodeScalars)
        var seen = 0
        guard haystack.count >= key.count else { return nil }
        for start in 0...(haystack.count - key.count) where haystack[start..<(start + key.count)].elementsEqual(key) {
            if seen < occurrence {
                seen += 1
                continue
            }
            var line = 1
            var column = 1
            for scalar in haystack[..<start] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return (line, column)
        }
        return nil
    }
}

