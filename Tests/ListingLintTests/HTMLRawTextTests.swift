import Foundation
@testable import ListingLintIngest
import Testing

/// Script and style contents taken out before libxml2 parses a page and put back afterwards: the
/// tree must be the one libxml2 builds from the page as it is, whatever the page holds.
@Suite struct HTMLRawTextTests {
    /// A tree as comparable text: every node's kind, name, text, kept attributes, line and extent.
    static func dump(_ tree: HTMLTree) -> [String] {
        tree.nodes.map { node in
            let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            return "\(node.kind) \(node.name) [\(attributes)] line \(node.line) end \(node.end) \(node.text.debugDescription)"
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
}
