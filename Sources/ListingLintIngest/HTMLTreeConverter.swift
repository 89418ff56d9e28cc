import CLibXML2

/// Parses decoded HTML with libxml2 into an ``HTMLTree`` of plain Swift values.
///
/// The only file that calls libxml2: every C allocation is freed before ``parse(_:maxDepth:)``
/// returns, and no libxml2 pointer leaves it. Parsing is safe on several threads at once: libxml2 is
/// initialised once (``prepareParser()``), and the structured error handler — per-thread state in
/// libxml2 — is installed and reset inside the one synchronous call.
enum HTMLTreeConverter {
    /// Attributes kept on elements; the rest (`style`, `src`, event handlers, `data-*`…) are dropped
    /// while building the tree, to keep the tree small.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "aria-label", "hidden", "title", "lang", "type", "name", "content", "property",
        "http-equiv", "charset", "rel", "href", "alt", "itemprop", "itemscope", "itemtype", "itemid", "typeof",
        "vocab", "datetime", "value",
    ]

    /// libxml2's parser options: recover from broken markup, never touch the network, and keep its
    /// error messages off stderr (they are captured by the structured handler instead).
    ///
    /// `XML_PARSE_HUGE` lifts libxml2's fixed nesting limit of 256, which otherwise ends the parse there
    /// and loses the rest of the page; the reader's own limit (`InputLimits.maxDepth`) is applied while
    /// building the tree instead, dropping only the too-deep subtree. Input size is bounded before parsing
    /// (`InputLimits.maxFileBytes`).
    private static let options =
        Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue
        ) | Int32(XML_PARSE_HUGE.rawValue)

    /// Most parse errors kept per page.
    static let maxKeptErrors = 50

    /// Initialises libxml2 once per process (thread-safe); call before parsing on several threads.
    static func prepareParser() { _ = parserInitialised }

    private static let parserInitialised: Void = xmlInitParser()

    /// The version of the libxml2 the binary runs with.
    static var libxml2Version: String { String(cString: listinglint_xml_version()) }

    /// Parses UTF-8 HTML. Elements nested deeper than `maxDepth` are left out with their subtrees
    /// (``HTMLTree/depthLimitLine`` says where). When libxml2 builds no document at all, the tree has
    /// no nodes and its `parseErrors` say why. Long script and style contents skip libxml2
    /// (``HTMLRawText``); the tree is the same as if they had not.
    static func parse(_ utf8: [UInt8], maxDepth: Int) -> HTMLTree {
        if let rawText = HTMLRawText.takingOut(of: utf8), let tree = parse(rawText.parsedBytes, maxDepth: maxDepth, restoring: rawText) {
            return tree
        }
        return parse(utf8, maxDepth: maxDepth, restoring: nil) ?? HTMLTree(nodes: [], depthLimitLine: nil, parseErrors: [])
    }

    /// Parses `utf8`, putting back the script and style contents `rawText` took out of it. Nil when
    /// they did not all come back as the whole text of their elements, or when libxml2 started no
    /// document from the shortened page (the caller then parses the page as it is).
    ///
    /// libxml2 parses through its SAX interface and builds no tree of its own: ``HTMLTreeBuilder``
    /// makes the nodes from the events, as converting libxml2's tree would.
    static func parse(_ utf8: [UInt8], maxDepth: Int, restoring rawText: HTMLRawText?) -> HTMLTree? {
        prepareParser()
        let collector = ParseErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context, collectParseError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        var builder = HTMLTreeBuilder(maxDepth: maxDepth, restoring: rawText)
        // The callbacks reach the builder through a pointer: no exclusivity check per event.
        let started = withUnsafeMutablePointer(to: &builder) { pointer in
            utf8.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // An empty buffer has no base address; libxml2 wants a pointer anyway.
                    listinglint_html_parse_events(
                        chars.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(clamping: chars.count), options,
                        UnsafeMutableRawPointer(pointer),
                        startElementEvent, endElementEvent, charactersEvent, cdataEvent, otherNodeEvent, processingInstructionEvent)
                }
            }
        }
        guard started == 0 else {
            return rawText == nil ? HTMLTree(nodes: [], depthLimitLine: nil, parseErrors: collector.errors) : nil
        }
        let nodes = builder.finish()
        guard rawText == nil || builder.restoredAll else { return nil }
        return HTMLTree(
            nodes: nodes, depthLimitLine: builder.depthLimitLine, parseErrors: collector.errors,
            source: rawText?.original ?? [])
    }
}

// libxml2's SAX callbacks: each finds the builder through the parser context's `_private`.

private func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder> {
    listinglint_parser_builder(context)!.assumingMemoryBound(to: HTMLTreeBuilder.self)
}

private func startElementEvent(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let name else { return }
    builder(context).pointee.startElement(
        name, attributes: attributes, line: Int(listinglint_parser_line(context)),
        hasDoctype: listinglint_parser_has_doctype(context) != 0)
}

private func endElementEvent(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    builder(context).pointee.endElement()
}

private func charactersEvent(_ context: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard let text, count > 0 else { return }
    builder(context).pointee.characters(text, count: Int(count), cdata: false)
}

private func cdataEvent(_ context: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard let text, count > 0 else { return }
    builder(context).pointee.characters(text, count: Int(count), cdata: true)
}

private func otherNodeEvent(_ context: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?) {
    builder(context).pointee.otherNode()
}

private func processingInstructionEvent(
    _ context: UnsafeMutableRawPointer?, _ target: UnsafePointer<xmlChar>?, _ data: UnsafePointer<xmlChar>?
) {
    builder(context).pointee.otherNode()
}

/// Tag and attribute names of up to eight bytes packed into one integer (little-endian), so that
/// the names the reader knows are recognised by integer comparison, without building or hashing a
/// string per node. libxml2 copies names per node in HTML documents, so pointers cannot serve as keys.
enum PackedName {
    /// The packed name, or nil when it is longer than eight bytes.
    static func pack(_ pointer: UnsafePointer<xmlChar>) -> UInt64? {
        var packed: UInt64 = 0
        for index in 0..<9 {
            let byte = pointer[index]
            if byte == 0 { return packed }
            if index == 8 { return nil }
            packed |= UInt64(byte) << (8 * UInt64(index))
        }
        return nil
    }

    /// The packed form of a Swift string of at most eight bytes.
    static func pack(_ name: String) -> UInt64? {
        guard name.utf8.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for (index, byte) in name.utf8.enumerated() { packed |= UInt64(byte) << (8 * UInt64(index)) }
        return packed
    }
}

/// Element names with their flags, recognised by packed name; longer or unknown names are built and
/// classified once per document.
struct ElementNames {
    private static let known: [UInt64: (String, HTMLElementFlags)] = {
        var table: [UInt64: (String, HTMLElementFlags)] = [:]
        for name in HTMLElementFlags.knownTags {
            if let packed = PackedName.pack(name) { table[packed] = (name, HTMLElementFlags(tag: name)) }
        }
        return table
    }()

    private var others: [String: HTMLElementFlags] = [:]

    mutating func lookup(_ pointer: UnsafePointer<xmlChar>) -> (String, HTMLElementFlags) {
        if let packed = PackedName.pack(pointer), let entry = Self.known[packed] { return entry }
        let name = String(cString: pointer)
        if let flags = others[name] { return (name, flags) }
        let flags = HTMLElementFlags(tag: name)
        others[name] = flags
        return (name, flags)
    }
}

/// Which attribute names are kept, recognised by packed name where they fit in eight bytes.
enum AttributeNames {
    private static let packedKept: [UInt64] = HTMLTreeConverter.keptAttributes.compactMap(PackedName.pack)
    private static let longKept: Set<String> = HTMLTreeConverter.keptAttributes.filter { $0.utf8.count > 8 }

    /// The attribute's name when it is one of ``HTMLTreeConverter/keptAttributes``, else nil.
    static func keptName(_ pointer: UnsafePointer<xmlChar>) -> String? {
        if let packed = PackedName.pack(pointer) {
            return packedKept.contains(packed) ? String(cString: pointer) : nil
        }
        let name = String(cString: pointer)
        return longKept.contains(name) ? name : nil
    }
}

/// Collects libxml2's structured errors of one parse.
private final class ParseErrorCollector {
    var errors: [HTMLParseError] = []
    var dropped = 0
}

/// libxml2's structured error callback: appends to the collector passed as its context.
private func collectParseError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = Unmanaged<ParseErrorCollector>.fromOpaque(context).takeUnretainedValue()
    guard collector.errors.count < HTMLTreeConverter.maxKeptErrors else {
        collector.dropped += 1
        return
    }
    let message = error.pointee.message.map { String(cString: $0) } ?? ""
    collector.errors.append(
        HTMLParseError(
            line: Int(error.pointee.line),
            column: Int(error.pointee.int2),
            code: Int(error.pointee.code),
            message: message.trimmingASCIIWhitespace()
        ))
}
