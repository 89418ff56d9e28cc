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
            } else if HTMLTree.invisibleElements.contains(current.name) {
                child = current.end
            } else {
                if current.name == "br" { text += "\n" }
                child += 1
            }
        }
        return text
    }

    /// Elements whose content is never visible text.
    static let invisibleElements: Set<String> = ["script", "style", "noscript", "template", "head"]
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
    /// The text of a text node, entities decoded, whitespace as in the source; empty for elements.
    var text: String
    /// The attributes the reader looks at (see ``HTMLTreeConverter/keptAttributes``), lower-case names.
    var attributes: [HTMLAttribute]
    /// 1-based line libxml2 gives for an element (where its start tag ends); 0 when unknown, including
    /// lines at or past libxml2's cap of 65535.
    var line: Int
    /// One past the index of the last descendant.
    var end: Int

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
