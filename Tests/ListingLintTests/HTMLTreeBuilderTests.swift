import CLibXML2
import Foundation
@testable import ListingLintIngest
import Testing

/// The reader builds its tree from libxml2's parse events; it must be the tree libxml2 itself builds,
/// converted node for node: same elements, names, kept attributes, texts, lines and extents.
@Suite struct HTMLTreeBuilderTests {
    /// libxml2's own document (`htmlReadMemory`), walked into the reader's node form: the oracle.
    static func libxml2Tree(_ utf8: [UInt8], maxDepth: Int) -> [String]? {
        let options =
            Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var nodes: [HTMLNode] = []
        var open: [Int] = []
        var elementNames = ElementNames()
        var depthLimitLine: Int?
        var cursor = document.pointee.children
        walk: while let node = cursor {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let line = Int(node.pointee.line)
                if open.count >= maxDepth {
                    if depthLimitLine == nil { depthLimitLine = line < 65535 ? line : 0 }
                } else {
                    let (name, flags) = node.pointee.name.map { elementNames.lookup($0) } ?? ("", [])
                    var attributes: [HTMLAttribute] = []
                    var property = node.pointee.properties
                    while let attribute = property {
                        property = attribute.pointee.next
                        guard let kept = attribute.pointee.name.flatMap(AttributeNames.keptName) else { continue }
                        var value = ""
                        var child = attribute.pointee.children
                        while let part = child {
                            if let content = part.pointee.content { value += String(cString: content) }
                            child = part.pointee.next
                        }
                        attributes.append(HTMLAttribute(name: kept, value: value))
                    }
                    nodes.append(HTMLNode(
                        kind: .element, name: name, flags: flags, text: "", attributes: attributes,
                        line: line < 65535 ? line : 0, end: nodes.count + 1))
                    if node.pointee.children != nil {
                        open.append(nodes.count - 1)
                        descend = true
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    var text = String(cString: content)
                    if text.utf8.allSatisfy({ [0x20, 0x0A, 0x09, 0x0D, 0x0C].contains($0) }) { text = " " }
                    nodes.append(HTMLNode(kind: .text, name: "", text: text, attributes: [], line: 0, end: nodes.count + 1))
                }
            default:
                break
            }
            if descend {
                cursor = node.pointee.children
                continue
            }
            var current = node
            while current.pointee.next == nil {
                guard let parent = current.pointee.parent, UnsafeMutableRawPointer(parent) != UnsafeMutableRawPointer(document),
                    let closed = open.popLast()
                else { break walk }
                nodes[closed].end = nodes.count
                current = parent
            }
            cursor = current.pointee.next
        }
        for index in open { nodes[index].end = nodes.count }
        return HTMLRawTextTests.dump(HTMLTree(nodes: nodes, depthLimitLine: nil, parseErrors: [])) + ["depth limit \(depthLimitLine ?? -1)"]
    }

    static func eventTree(_ utf8: [UInt8], maxDepth: Int) -> [String]? {
        guard let tree = HTMLTreeConverter.parse(utf8, maxDepth: maxDepth, restoring: nil) else { return nil }
        return HTMLRawTextTests.dump(tree) + ["depth limit \(tree.depthLimitLine ?? -1)"]
    }

    static func expectLibxml2Tree(_ page: String, maxDepth: Int = 256, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(page.utf8)
        #expect(eventTree(bytes, maxDepth: maxDepth) == libxml2Tree(bytes, maxDepth: maxDepth), "\(page)", sourceLocation: sourceLocation)
    }

    @Test func markupLibxml2RepairsGivesLibxml2sTree() {
        let pages = [
            "<html><body><p>a<!-- c -->b<?pi x?>c</p></body></html>",
            "<p>one &amp; two &nosuch; &#x41;&#66;</p>",
            "<div><o:p>Word</o:p><fb:like href=x></fb:like><a:>x</a:><:b>y</:b><x:y:z>q</x:y:z></div>",
            "<html><body><p>in</p></body></html><p>after the end</p>text after",
            "<!DOCTYPE html><html><body><p>in</p></body></html><div>after</div>",
            "<!-- first --><html><body>x</body></html><div>after</div>",
            "<p>x</p></html><p>y</p></body><p>z</p>",
            "<html><head><title>t</title><script>var a = 1;</script><style>p{}</style></head><body>b</body></html>",
            "<table><tr><td>1<td>2<tr><td>3</table><ul><li>a<li>b</ul>",
            "<p>unclosed <b>bold <i>both</p> after",
            "<html lang=zh><body><input hidden checked value=\"v\"><img alt='a &lt; b'></body></html>",
            "<div>\n  \n  <span> </span>\n\t<b> </b> <p>  </p>\n</div>",
            "<script>document.write('<p>inside</p>')</script><noscript><p>no</p></noscript>",
            "<html><html lang=en><body><body class=b><head><p>misplaced</p>",
            "<title>only a title",
            "text only, no tags at all",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>\n <p>strict</p>\n </body></html>",
            "<p>a</p><!DOCTYPE html><p>misplaced doctype</p>",
            "<svg><g><text>graph</text></g></svg><math><mi>x</mi></math>",
            "<select><option>1<option>2</select><dl><dt>a<dd>b</dl>",
        ]
        for page in pages { Self.expectLibxml2Tree(page) }
    }

    @Test func elementsPastTheDepthLimitAreLeftOutWithTheirSubtrees() {
        let page = "<div><section><p>a<b>b<i>deep</i></b></p><p>c</p></section></div><p>after</p></html><p>end</p>"
        for depth in [1, 2, 3, 4, 5, 256] { Self.expectLibxml2Tree(page, maxDepth: depth) }
    }

    @Test func everyCorpusPageGivesLibxml2sTree() throws {
        var pages = 0
        for (path, page) in try Self.corpusPages() {
            #expect(Self.eventTree(page, maxDepth: 256) == Self.libxml2Tree(page, maxDepth: 256), "\(path)")
            pages += 1
        }
        #expect(pages > 10)
    }

    /// Corpus pages with structural fragments spliced in at seeded random places: the tree must
    /// still be libxml2's, at the default depth limit and at a small one.
    @Test func splicedCorpusPagesGiveLibxml2sTree() throws {
        let pages = try Self.corpusPages().map(\.page)
        let fragments = [
            "</html>", "</body>", "<html>", "<body>", "<!DOCTYPE html>", "<!-- c -->", "<?php x ?>", "</p>", "<p>", "</div>",
            "<o:p>", "</o:p>", "<table>", "<td>", "<li>", "&amp;", "&bogus;", "\n \n", "<script>x", "</script>", "<style>",
            "<![CDATA[x]]>", "<b>", "</i>", "<br/>", "<img alt=\"a\">", "<a:>", "text ",
        ].map { Array($0.utf8) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<300 {
            var page = pages[round % pages.count]
            for _ in 0..<(1 + random(4)) {
                var at = random(page.count + 1)
                while at < page.count, page[at] & 0xC0 == 0x80 { at += 1 }
                page.insert(contentsOf: fragments[random(fragments.count)], at: at)
            }
            let depth = round % 5 == 0 ? 3 + random(6) : 256
            #expect(Self.eventTree(page, maxDepth: depth) == Self.libxml2Tree(page, maxDepth: depth), "round \(round)")
        }
    }

    static func corpusPages() throws -> [(path: String, page: [UInt8])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: corpus.path)!
        var pages: [(String, [UInt8])] = []
        for case let path as String in files where path.hasSuffix(".html") {
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(path)))
            pages.append((path, EncodingDecoder.decode(bytes, override: nil).utf8))
        }
        return pages.sorted { $0.0 < $1.0 }
    }
}
