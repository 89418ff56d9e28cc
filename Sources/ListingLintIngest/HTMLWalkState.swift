import ListingLintCore

/// What the walk knows about the place it is in: the region, and whether it is in the page's head
/// or main content.
struct WalkContext {
    var region: HTMLRegion?
    var inHead = false
    var inMain = false
    /// How many `<strong>`/`<b>` elements are open (a run entirely in bold may be a heading).
    var boldDepth = 0
    /// How many `<a href>` elements are open (text entirely inside links is navigation).
    var linkDepth = 0

    /// Enters a region. Boilerplate and reviews hold for everything inside them (a description inside a
    /// recommendation carousel is another product's), except breadcrumbs, which usually sit in the
    /// site header.
    mutating func apply(_ newRegion: HTMLRegion?) {
        guard let newRegion else { return }
        switch (region, newRegion) {
        case (.boilerplate, .breadcrumb), (nil, _), (.description, _):
            region = newRegion
        default:
            break
        }
    }
}

/// An open element during the walk.
struct Frame {
    var index: Int
    var end: Int
    var name: String
    var context: WalkContext
    /// Whether the element starts and ends a run of text.
    var isBlock: Bool
    /// Set when this element is a cell of its parent's pair collector: the cell's position.
    var cellOrdinal: Int?
    var collector: PairCollector?
    var section: OpenSection?
    var opensScope = false
    /// Whether the element's class or id says it is a title or heading.
    var titleClass = false
    /// Whether the element's children are mostly label/value blocks; nil until asked.
    var childrenAreLabelValues: Bool?
    /// How many segments the page had when the element opened (a heading that is its first text
    /// announces all of it).
    var segmentsAtEntry = 0
}

/// The inline text gathered since the last block boundary.
struct Run {
    var text = ""
    var location: SourceLocation?
    /// True while all text of the run was inside `<strong>`/`<b>`.
    var boldOnly = true
    /// True while all text of the run was inside `<a href>`.
    var linkOnly = true
}

/// A run ready to be given its role.
struct PendingRun {
    var text: String
    var location: SourceLocation
    var context: WalkContext
    /// The innermost block element around the run.
    var blockName: String
    var boldOnly: Bool
    /// Whether all of the run's text is link text.
    var linkOnly = false
    /// Whether the block's class or id says it is a title or heading.
    var titleClass: Bool
}

/// A section opened by a heading such as 使用说明 or Care instructions, collecting the text under it.
///
/// A class, like ``PairCollector``: frames are copied whenever the walk reads them, and a reference is
/// copied for the price of one pointer where the section's strings and locations were not.
final class OpenSection {
    let name: String
    let headingLocation: SourceLocation
    private(set) var texts: [String] = []
    private(set) var firstLocation: SourceLocation?

    init(name: String, headingLocation: SourceLocation) {
        self.name = name
        self.headingLocation = headingLocation
    }

    func add(_ text: String, location: SourceLocation) {
        if firstLocation == nil { firstLocation = location }
        texts.append(text)
    }
}

/// One cell of a row, list or label/value block, with the runs inside it.
struct Cell {
    var tag: String
    var parts: [(text: String, location: SourceLocation)] = []

    var text: String { parts.map(\.text).joined(separator: " ") }

    mutating func add(_ text: String, location: SourceLocation) { parts.append((text, location)) }
}

/// Collects the cells of a table row, a `dl` or a label/value block and reads them as name/value pairs.
final class PairCollector {
    enum Kind {
        /// `<tr>`: th/td, 2-column td/td, or alternating name/value cells.
        case row
        /// `<dl>`: each dt with the dd elements after it.
        case definitionList
        /// A block with two children, a label and a value (`<li><span>材质</span><span>棉</span></li>`).
        case labelValue
    }

    struct Pair {
        var name: String
        var value: String
        var nameLocation: SourceLocation
        var valueLocation: SourceLocation
        /// The runs of the value, each with its location.
        var valueParts: [(text: String, location: SourceLocation)]

        /// Longest value, in Unicode scalars, read as a plain attribute value.
        static let maxPlainValueScalars = 200
        /// Longest value of several blocks read as a plain attribute value (`95%棉` `5%氨纶`).
        static let maxPlainMultiBlockScalars = 80

        /// A long value, or one of several blocks that is not short, reads like a section under a
        /// heading (an accordion's "Dimensions & Care" panel) rather than like one attribute value.
        var readsLikeSection: Bool {
            let limit = valueParts.count > 1 ? Self.maxPlainMultiBlockScalars : Self.maxPlainValueScalars
            return value.utf8.count > limit && value.unicodeScalars.count > limit
        }
    }

    let kind: Kind
    var cells: [Cell] = []

    init(kind: Kind) {
        self.kind = kind
    }

    /// The pairs the cells state; empty when they are not name/value pairs (a size chart's header row,
    /// a table of prose).
    func pairs() -> [Pair] {
        let filled = cells.filter { !$0.parts.isEmpty }
        switch kind {
        case .row:
            if filled.count == 2, filled[1].tag == "td", filled[0].tag == "th" || isName(filled[0]) {
                return [pair(filled[0], filled[1])].compactMap { $0 }
            }
            if filled.count >= 4, filled.count % 2 == 0,
                stride(from: 0, to: filled.count, by: 2).allSatisfy({ isName(filled[$0]) && filled[$0 + 1].tag == "td" }
                )
            {
                return stride(from: 0, to: filled.count, by: 2).compactMap { pair(filled[$0], filled[$0 + 1]) }
            }
            if filled.count >= 3, filled[0].tag == "th", filled.dropFirst().allSatisfy({ $0.tag == "td" }) {
                var value = filled[1]
                value.parts = filled.dropFirst().flatMap(\.parts)
                return [pair(filled[0], value)].compactMap { $0 }
            }
            return []
        case .definitionList:
            var result: [Pair] = []
            var index = 0
            while index < filled.count {
                guard filled[index].tag == "dt" else {
                    index += 1
                    continue
                }
                var value = Cell(tag: "dd")
                var next = index + 1
                while next < filled.count, filled[next].tag == "dd" {
                    value.parts += filled[next].parts
                    next += 1
                }
                if let found = pair(filled[index], value) { result.append(found) }
                index = next
            }
            return result
        case .labelValue:
            guard filled.count == 2, isName(filled[0]) else { return [] }
            return [pair(filled[0], filled[1])].compactMap { $0 }
        }
    }

    private func isName(_ cell: Cell) -> Bool {
        cell.tag == "th" || cell.tag == "dt" || HTMLLabelLines.isLabel(HTMLRegionHeuristics.headingName(cell.text))
    }

    private func pair(_ name: Cell, _ value: Cell) -> Pair? {
        let label = HTMLRegionHeuristics.headingName(name.text)
        let text = value.parts.map(\.text).joined(separator: " ")
        guard !label.isEmpty, !text.isEmpty, let nameLocation = name.parts.first?.location,
            let valueLocation = value.parts.first?.location
        else { return nil }
        return Pair(
            name: label, value: text, nameLocation: nameLocation, valueLocation: valueLocation, valueParts: value.parts)
    }
}

/// What the page's `<meta>` tags say: Open Graph (`og:*`, `product:*`, the non-standard `og:price:*`)
/// and the meta description.
struct MetaFacts {
    var title: (String, SourceLocation)?
    var description: (String, SourceLocation, String)?
    var url: String?
    var canonical: String?
    var locale: String?
    var brand: String?
    var category: String?

    /// Records one meta tag; `product:*` and `og:price:*` (and other product facts) become attributes.
    mutating func read(key: String, value: String, location: SourceLocation, into attributes: inout [Attribute]) {
        switch key {
        case "og:title":
            if title == nil { title = (value, location) }
        case "og:description":
            description = (value, location, "og:description")
        case "description":
            if description == nil { description = (value, location, "meta:description") }
        case "og:url":
            if url == nil { url = value }
        case "og:locale":
            if locale == nil { locale = value.replacingUnderscores() }
        case "og:brand", "product:brand":
            if brand == nil { brand = value }
            attributes.append(
                Attribute(
                    name: "brand", value: value, origin: .openGraph, location: location.with(field: "attribute:brand")))
        default:
            // Product facts: `product:*` (Open Graph's product namespace) and the `og:price:*` many
            // shop themes emit. Other `og:*` tags (image, type, site name…) describe the page.
            let name: String
            if key.hasPrefix("product:") {
                name = String(key.dropFirst("product:".count))
            } else if key.hasPrefix("og:price:") {
                name = String(key.dropFirst("og:".count))
            } else {
                return
            }
            if name == "category", category == nil { category = value }
            attributes.append(
                Attribute(
                    name: name, value: value, origin: .openGraph, location: location.with(field: "attribute:\(name)")))
        }
    }
}

extension String {
    /// `zh_CN` → `zh-CN`.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
