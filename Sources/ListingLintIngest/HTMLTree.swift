/// A parsed HTML page as plain Swift values: its nodes in document (pre-)order.
///
/// A node's descendants are the nodes `index + 1 ..< node.end`, so a subtree is skipped by jumping to
/// `end`. Built by ``HTMLTreeConverter``; nothing in it points into libxml2.
struct HTMLTree: Sendable {
    var nodes: [HTMLNode]
    /// The line of the first element nested deeper than the depth limit, whose subtree was left out.
    var depthLimitLine: Int?
    /// What libxml2 reported while recovering from broken markup. Kept for diagnostics; its wording
    /// is libxml2's and changes between versions.
    var parseErrors: [HTMLParseError]
    /// The decoded page, when script or style contents were left unparsed (``HTMLRawText``): their
    /// text nodes point into it (``HTMLNode/rawTextRange``).
    var source: [UInt8] = []

    /// The text of text node `index`, read from the page for an unparsed script or style content.
    func text(of index: Int) -> String {
        guard let range = nodes[index].rawTextRange else { return nodes[index].text }
        return String(decoding: source[range], as: UTF8.self)
    }

    /// The concatenated text of a subtree (`index` itself included), in document order, skipping
    /// `<script>`, `<style>`, `<noscript>` and `<template>`. `<br>` becomes a line break.
    func textContent(of index: Int) -> String {
        let node = nodes[index]
        if node.kind == .text { return node.text }
        var text = ""
        var child = index + 1
        while child < node.end {
            let current = nodes[child]
            if current.kind == .text {
                text += current.text
                child += 1
            } else if current.flags.contains(.invisible) {
                child = current.end
            } else {
                if current.name == "br" { text += "\n" }
                child += 1
            }
        }
        return text
    }
}

/// What the reader needs to know about an element's tag, decided once per tag name while converting
/// so that the walk tests bits instead of comparing strings.
struct HTMLElementFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Starts and ends a run of text (`p`, `div`, `li`, `td`, headings…).
    static let block = HTMLElementFlags(rawValue: 1 << 0)
    /// `h2`–`h6` (`h1` is the title).
    static let subheading = HTMLElementFlags(rawValue: 1 << 1)
    static let h1 = HTMLElementFlags(rawValue: 1 << 2)
    /// Content never visible: `script`, `style`, `noscript`, `template`, `head`.
    static let invisible = HTMLElementFlags(rawValue: 1 << 3)
    /// Opens a region by its tag alone: `nav`, `aside`, `header`, `footer`.
    static let regionTag = HTMLElementFlags(rawValue: 1 << 4)
    /// `strong`, `b`.
    static let bold = HTMLElementFlags(rawValue: 1 << 5)
    /// `main`, `article`.
    static let mainContent = HTMLElementFlags(rawValue: 1 << 6)
    /// Read whole or skipped by the walk: `script`, `style`, `template`, `noscript`, `iframe`, `object`,
    /// `svg`, `title`, `meta`, `link`, `img`, `br`, `html`.
    static let special = HTMLElementFlags(rawValue: 1 << 7)

    /// The flags of a lower-case tag name.
    init(tag: String) {
        var flags: HTMLElementFlags = []
        switch tag {
        case "h2", "h3", "h4", "h5", "h6": flags = [.block, .subheading]
        case "h1": flags = [.block, .h1]
        case "nav", "aside", "header", "footer": flags = [.block, .regionTag]
        case "main", "article": flags = [.block, .mainContent]
        case "strong", "b": flags = [.bold]
        case "head": flags = [.invisible]
        case "script", "style", "template", "noscript": flags = [.invisible, .special]
        case "iframe", "object", "svg", "title", "meta", "link", "img", "br", "html": flags = [.special]
        default: break
        }
        if Self.blockTags.contains(tag) { flags.insert(.block) }
        self = flags
    }

    /// Tags the reader recognises (the converter looks these up without building strings).
    static let knownTags: [String] =
        Array(blockTags) + [
            "strong", "b", "head", "script", "style", "template", "noscript", "iframe", "object", "svg", "title",
            "meta",
            "link", "img", "br", "span", "a", "em", "i", "data", "time", "input", "small", "sup", "sub", "u", "font",
        ]

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
        "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "select", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "button", "label",
    ]
}

/// One element or text node.
struct HTMLNode: Sendable {
    enum Kind: UInt8, Sendable {
        case element
        case text
    }

    var kind: Kind
    /// Lower-case tag name for elements; empty for text.
    var name: String
    /// What the reader needs to know about the tag; empty for text.
    var flags: HTMLElementFlags = []
    /// The text of a text node, entities decoded, whitespace as in the source; empty for elements,
    /// and for the unparsed content of a script or style (see `rawTextRange`).
    var text: String
    /// The attributes the reader looks at (see ``HTMLTreeConverter/keptAttributes``), lower-case names.
    var attributes: [HTMLAttribute]
    /// 1-based line libxml2 gives for an element (where its start tag ends); 0 when unknown, including
    /// lines at or past libxml2's cap of 65535.
    var line: Int
    /// One past the index of the last descendant.
    var end: Int
    /// For the content of a script or style that libxml2 never parsed: where it is in the page
    /// (``HTMLTree/source``). Scripts are most of a page's bytes and most are only code, so they
    /// become strings only when read (``HTMLTree/text(of:)``).
    var rawTextRange: Range<Int>? = nil

    /// The value of an attribute, if present.
    func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    func hasAttribute(_ name: String) -> Bool {
        attributes.contains { $0.name == name }
    }
}

/// A name/value attribute of an element.
struct HTMLAttribute: Sendable, Hashable {
    var name: String
    var value: String
}

/// A problem libxml2 reported while parsing (it recovers from almost all of them).
struct HTMLParseError: Sendable, Hashable {
    var line: Int
    var column: Int
    var code: Int
    var message: String
}
