import Foundation
import Testing
@testable import ListingLintKit

@Suite struct InputWalkerTests {
    /// The extension test reads names as `NSString.pathExtension` does, without bridging each name.
    @Test(arguments: [
        "a.html", "B.HTM", "c.XHTML", "d.json", "e.jsonl", "f.ndjson", "g.jsonld", "h.tar.gz", "i.txt", "noext",
        ".html", "name.", "a..json", "..", ".", "páge.htm", "商品.html", "x.html.bak", "y.json ", "z.Json",
    ])
    func listingFilesAreThoseNSStringCallsListingFiles(name: String) {
        let expected = InputWalker.listingExtensions.contains((name as NSString).pathExtension.lowercased())
        #expect(InputWalker.isListingFile(name) == expected)
    }
}
