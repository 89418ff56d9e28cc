/// Builds an ``HTMLTree`` from libxml2's parse events (``HTMLTreeConverter`` feeds it), so that
/// libxml2 never builds its own tree: the same nodes, lines and extents as converting libxml2's
/// document would give, at a fraction of the allocations.
///
/// Three things libxml2's tree builder does are done here the same way:
/// - adjacent text events make one text node; text and CDATA (script and style contents) do not mix,
///   and a comment or processing instruction between two texts keeps them apart;
/// - an element named with a prefix (`<o:p>`, `<fb:like>`) is named by the part after the first
///   colon, as libxml2 splits qualified names;
/// - an element that starts after the document's first element has closed (content after `</html>`)
///   goes inside that first element when it was the document's first node and there is no DOCTYPE;
///   otherwise it stands at the top level. Text at the top level is dropped.
///
/// The script and style contents ``HTMLRawText`` took out come back as text nodes that point into the
/// page (``HTMLNode/rawTextRange``) in place of their markers.
struct HTMLTreeBuilder {
    private let maxDepth: Int
    private let rawText: HTMLRawText?
    private var nodes: [HTMLNode] = []
    /// Open elements kept in the tree, outermost first.
    private var open: [Int] = []
    /// Whether `open[0]` is the first element reopened for an element after it (see above).
    private var reopened = false
    /// How deep inside an element past `maxDepth` the events are (0: not inside one).
    private var skipping = 0
    private(set) var depthLimitLine: Int?
    /// The document's first node, when it is an element: its index.
    private var firstElement: Int?
    /// Whether the document has had a top-level node (element, comment, processing instruction).
    private var hadTopLevelNode = false
    /// Per marker of `rawText`: whether its content came back.
    private var restored: [Bool]
    /// Set when a marker came back anywhere but as the whole text of its script or style.
    private var markerMisplaced = false
    /// The text event bytes of the text node being gathered, and whether they are CDATA.
    private var text: [UInt8] = []
    private var textIsCDATA = false
    private var elementNames = ElementNames()

    init(maxDepth: Int, restoring rawText: HTMLRawText?) {
        self.maxDepth = maxDepth
        self.rawText = rawText
        restored = [Bool](repeating: false, count: rawText?.contents.count ?? 0)
    }

    /// Whether every taken-out content came back as the whole text of its element.
    var restoredAll: Bool { !markerMisplaced && !restored.contains(false) }

    // MARK: - Events

    /// An element starts. `line` is libxml2's current line; `hasDoctype` whether the document has one.
    mutating func startElement(
        _ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, line: Int,
        hasDoctype: @autoclosure () -> Bool
    ) {
        finishText()
        if skipping > 0 {
            skipping += 1
            return
        }
        var reopening: Int?
        var isFirstNode = false
        if open.isEmpty {
            if let firstElement, !hasDoctype() {
                reopening = firstElement
            } else {
                isFirstNode = !hadTopLevelNode
            }
            hadTopLevelNode = true
        }
        let kept = line < 65535 ? line : 0
        if open.count + (reopening == nil ? 0 : 1) >= maxDepth {
            if depthLimitLine == nil { depthLimitLine = kept }
            skipping = 1
            return
        }
        if let reopening {
            open.append(reopening)
            reopened = true
        }
        if isFirstNode { firstElement = nodes.count }
        let (tag, flags) = elementNames.lookup(Self.localName(name))
        nodes.append(
            HTMLNode(
                kind: .element, name: tag, flags: flags, text: "", attributes: Self.keptAttributes(attributes),
                line: kept, end: nodes.count + 1))
        open.append(nodes.count - 1)
    }

    mutating func endElement() {
        finishText()
        if skipping > 0 {
            skipping -= 1
            return
        }
        guard let closed = open.popLast() else { return }
        nodes[closed].end = nodes.count
        if reopened, open.count == 1 {
            nodes[open.removeLast()].end = nodes.count
            reopened = false
        }
    }

    /// Text (`cdata`: the raw contents of a script or style).
    mutating func characters(_ bytes: UnsafePointer<UInt8>, count: Int, cdata: Bool) {
        guard skipping == 0, !open.isEmpty else { return }
        if !text.isEmpty, textIsCDATA != cdata { finishText() }
        textIsCDATA = cdata
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A comment or processing instruction: not kept, but it separates the texts around it.
    mutating func otherNode() {
        finishText()
        if open.isEmpty, skipping == 0 { hadTopLevelNode = true }
    }

    /// The tree, once the parse has ended.
    mutating func finish() -> [HTMLNode] {
        finishText()
        for index in open { nodes[index].end = nodes.count }
        open.removeAll()
        return nodes
    }

    // MARK: - Text nodes

    private mutating func finishText() {
        guard !text.isEmpty else { return }
        defer { text.removeAll(keepingCapacity: true) }
        guard let parent = open.last else { return }
        if let rawText, let number = markerNumber(rawText) {
            guard !restored[number], nodes[parent].name == "script" || nodes[parent].name == "style" else {
                markerMisplaced = true
                return
            }
            restored[number] = true
            nodes.append(
                HTMLNode(
                    kind: .text, name: "", text: "", attributes: [], line: 0, end: nodes.count + 1,
                    rawTextRange: rawText.contents[number]))
            return
        }
        // Whitespace-only text (most of a page's text nodes) becomes one space without allocating.
        let content = text.allSatisfy(Self.isSpace) ? " " : String(decoding: text, as: UTF8.self)
        nodes.append(HTMLNode(kind: .text, name: "", text: content, attributes: [], line: 0, end: nodes.count + 1))
    }

    private mutating func markerNumber(_ rawText: HTMLRawText) -> Int? {
        text.append(0)
        defer { text.removeLast() }
        return text.withUnsafeBufferPointer { rawText.markerNumber(of: $0.baseAddress!) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    // MARK: - Names and attributes

    /// The part of a qualified name libxml2 names the element by: after the first colon, unless the
    /// name starts with one or nothing follows it.
    static func localName(_ name: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        guard name[0] != UInt8(ascii: ":") else { return name }
        var index = 0
        while name[index] != 0 {
            if name[index] == UInt8(ascii: ":") {
                return name[index + 1] == 0 ? name : name + index + 1
            }
            index += 1
        }
        return name
    }

    /// The attributes the reader looks at (``HTMLTreeConverter/keptAttributes``), in document order;
    /// an attribute without a value has an empty one.
    private static func keptAttributes(_ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> [HTMLAttribute] {
        guard let pairs else { return [] }
        var result: [HTMLAttribute] = []
        var index = 0
        while let name = pairs[index] {
            if let kept = AttributeNames.keptName(name) {
                result.append(HTMLAttribute(name: kept, value: pairs[index + 1].map { String(cString: $0) } ?? ""))
            }
            index += 2
        }
        return result
    }
}
