import Foundation
@testable import ListingLintIngest
import Testing

/// Script and style contents taken out before libxml2 parses a page and put back afterwards: the
/// tree must be the one libxml2 builds from the page as it is, whatever the page holds.
@Suite struct HTMLRawTextTests {
    /// A tree as comparable text: every node's kind, name, text, kept attributes, line and extent.
    static func dump(_ tree: HTMLTree) -> [String] {
        tree.nodes.indices.map { index in
            let node = tree.nodes[index]
            let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            return "\(node.kind) \(node.name) [\(attributes)] line \(node.line) end \(node.end) \(tree.text(of: index).debugDescription)"
        }
    }

    static func expectSameTree(_ page: String, taken expected: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(page.utf8)
        let plain = HTMLTreeConverter.parse(bytes, maxDepth: 256, restoring: nil)
        let tree = HTMLTreeConverter.parse(bytes, maxDepth: 256)
        #expect(plain.map(dump) == dump(tree), sourceLocation: sourceLocation)
        if let expected {
            #expect((HTMLRawText.takingOut(of: bytes)?.contents.count ?? 0) == expected, sourceLocation: sourceLocation)
        }
    }

    static let longScript = String(repeating: "track_event('view', 12345);\n", count: 20)
    static let longStyle = String(repeating: ".c1{margin:1px;padding:2px}\n", count: 20)

    @Test func longScriptsAndStylesAreTakenOutAndComeBack() {
        let page = """
            <html><head><style>\(Self.longStyle)</style>
            <script type="text/javascript">\(Self.longScript)</script>
            <script type="application/ld+json">{"@type":"Product","name":"杯子 \(String(repeating: "x", count: 300))"}</script>
            </head><body><h1>标题</h1><p>材质：陶瓷</p>
            <SCRIPT>\(Self.longScript)</SCRIPT><p>after</p></body></html>
            """
        Self.expectSameTree(page, taken: 4)
        let taken = HTMLRawText.takingOut(of: Array(page.utf8))
        #expect((taken?.parsedBytes.count ?? .max) < page.utf8.count / 2)
    }

    @Test func contentsLibxml2WouldChangeStayInPlace() {
        let crlf = Self.longScript.replacingOccurrences(of: "\n", with: "\r\n")
        Self.expectSameTree("<p>a</p><script>\(crlf)</script><p>b</p>", taken: 0)
        Self.expectSameTree("<p>a</p><script>\(Self.longScript)\u{1}x</script><p>b</p>", taken: 0)
        Self.expectSameTree("<p>a</p><script>\(Self.longScript)\u{FFFF}</script><p>b</p>", taken: 0)
        Self.expectSameTree("<script>document.write('<div></div>');\(Self.longScript)</script><p>b</p>", taken: 0)
        Self.expectSameTree("<script>\(String(repeating: " \n", count: 300))</script><p>blank</p>", taken: 0)
        Self.expectSameTree("<script>var short = 1;</script><p>short</p>", taken: 0)
    }

    @Test func scriptTagsThatAreNotTagsAreLeftAlone() {
        Self.expectSameTree("<!-- <script>\(Self.longScript)</script> --><p>x</p>", taken: 0)
        Self.expectSameTree(#"<div title="<script>\#(Self.longScript)</script>">x</div><p>y</p>"#)
        Self.expectSameTree("<script/>\(Self.longScript)<p>x</p>", taken: 0)
        Self.expectSameTree(#"<script data-x="a>b">\#(Self.longScript)</script><p>x</p>"#, taken: 1)
        Self.expectSameTree("<scripts>\(Self.longScript)</scripts><p>x</p>", taken: 0)
        Self.expectSameTree("<p>x</p><script>\(Self.longScript)", taken: 0)
        Self.expectSameTree("<script>document.write(\"<script>\(Self.longScript)</scr\" + \"ipt>\")</script><p>x</p>")
    }

    @Test func aPageHoldingTheMarkerCharacterIsParsedAsItIs() {
        Self.expectSameTree("<p>\u{F8FF}0\u{F8FF}</p><script>\(Self.longScript)</script><p>y</p>")
        Self.expectSameTree("<script>\(Self.longScript)</script><style>\u{F8FF}0\u{F8FF}</style>")
    }

    @Test func linesAfterATakenScriptAreUnchanged() throws {
        let page = "<html><body>\n<script>\n\(Self.longScript)</script>\n<p>after</p>\n</body></html>"
        let tree = HTMLTreeConverter.parse(Array(page.utf8), maxDepth: 256)
        let paragraph = try #require(tree.nodes.first { $0.name == "p" })
        #expect(paragraph.line == 24)
    }

    @Test func everyCorpusPageParsesToTheSameTree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: corpus.path)!
        var pages = 0
        for case let path as String in files where path.hasSuffix(".html") {
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(path)))
            let decoded = EncodingDecoder.decode(bytes, override: nil).utf8
            #expect(HTMLTreeConverter.parse(decoded, maxDepth: 256, restoring: nil).map(Self.dump) == Self.dump(HTMLTreeConverter.parse(decoded, maxDepth: 256)), "\(path)")
            pages += 1
        }
        #expect(pages > 10)
    }

    /// Corpus pages with markup fragments spliced in at seeded random places (most of them inside
    /// scripts and styles, where taking out happens): the tree must still be a plain parse's.
    @Test func splicedCorpusPagesParseToTheSameTree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus/html")
        let files = FileManager.default.enumerator(atPath: corpus.path)!
        var pages: [[UInt8]] = []
        for case let path as String in files where path.hasSuffix(".html") {
            pages.append(EncodingDecoder.decode(try [UInt8](Data(contentsOf: corpus.appendingPathComponent(path))), override: nil).utf8)
        }
        let fragments = [
            "</", "</script>", "</STYLE >", "<script>", "<style>", "<!--", "-->", "\r\n", "\u{0}", "\u{1}", "\"", "'", ">",
            "/>", "\u{F8FF}", "\u{F8FF}0\u{F8FF}", "\u{FFFF}", "<![CDATA[", "]]>", "<p>", "&amp;", "\n\n", "</scripts>",
        ].map { Array($0.utf8) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var compared = 0
        for round in 0..<240 {
            var page = pages[round % pages.count]
            for _ in 0..<(1 + random(3)) {
                let fragment = fragments[random(fragments.count)]
                // Prefer places inside raw text: right after a `<script` or `<style` start tag.
                let opens = page.indices.filter { page[$0] == UInt8(ascii: "<") && $0 + 2 < page.count && (page[$0 + 1] | 0x20 == UInt8(ascii: "s")) }
                var at = !opens.isEmpty && random(4) > 0 ? min(page.count, opens[random(opens.count)] + 8 + random(200)) : random(page.count + 1)
                while at < page.count, page[at] & 0xC0 == 0x80 { at += 1 }  // the reader parses decoded, valid UTF-8
                page.insert(contentsOf: fragment, at: at)
            }
            let plain = HTMLTreeConverter.parse(page, maxDepth: 256, restoring: nil)
            #expect(plain.map(Self.dump) == Self.dump(HTMLTreeConverter.parse(page, maxDepth: 256)), "round \(round)")
            compared += 1
        }
        #expect(compared == 240)
    }
}
