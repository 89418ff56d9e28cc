import ListingLintCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a parsed page into one ``Listing`` in a single walk over its nodes.
///
/// Text is gathered into *runs*: the inline text between two block boundaries (`p`, `div`, `li`, `td`,
/// headings…; `<br>` is a line break inside a run). Each run becomes a segment whose role comes from
/// the region it is in (``HTMLRegionHeuristics``), the heading it falls under, and its element.
/// Table rows, `dl` lists and two-element label/value blocks hold their cells' runs back until they
/// close, then turn them into attributes (or, when they are not pairs, into ordinary segments).
struct HTMLListingBuilder {
    private let tree: HTMLTree
    private let source: String
    private let limits: InputLimits
    private var locator: HTMLSourceLocator

    private var frames: [Frame] = []
    private var run = Run()
    private var scopes = HTMLItemScopes()
    /// Properties waiting for the location of their element's first text: (scope, property, subtree end).
    private var awaitingLocation: [(scope: Int, property: Int, end: Int)] = []

    private var segments: [TextSegment] = []
    private var hiddenText: [TextSegment] = []
    private var attributes: [Attribute] = []
    private var breadcrumbs: [String] = []
    private var diagnostics: [Finding] = []
    private var jsonLDBlocks: [(text: String, location: SourceLocation)] = []
    private var meta = MetaFacts()
    private var firstHeading: TextSegment?
    private var titleTag: TextSegment?
    private var seenAltTexts: Set<String> = []
    private var locale: String?
    private var truncatedFields: Set<String> = []
    private var signalCache: [String: ClassSignals] = [:]

    init(tree: HTMLTree, source: String, sourceText: [UInt8], limits: InputLimits) {
        self.tree = tree
        self.source = source
        self.limits = limits
        locator = HTMLSourceLocator(source: sourceText)
    }

    // MARK: - Walk

    /// Walks the page once and assembles the listing.
    mutating func build() -> Listing {
        var index = 0
        let nodes = tree.nodes
        while index < nodes.count {
            closeFrames(before: index)
            let node = nodes[index]
            if node.kind == .text {
                appendText(node, index: index)
                index += 1
            } else {
                index = enterElement(node, index: index)
            }
        }
        closeFrames(before: Int.max)
        flushRun()
        return assemble()
    }

    /// Handles an element; returns the next node index to visit (past the subtree when it is skipped).
    private mutating func enterElement(_ node: HTMLNode, index: Int) -> Int {
        let context = frames.last?.context ?? WalkContext()
        if node.flags.contains(.special), let next = enterSpecialElement(node, index: index, context: context) {
            return next
        }
        let classSignals = signals(of: node)
        let region = HTMLRegionHeuristics.region(of: node, inMainContent: context.inMain, signals: classSignals)
        let isBlock = node.flags.contains(.block)
        let parentCollects = frames.last?.collector != nil
        let isCell = parentCollects && (frames.last!.collector!.kind != .row || node.name == "td" || node.name == "th")
        let breadcrumbPart = context.region == .breadcrumb && (node.name == "a" || node.name == "span")
        if isBlock || isCell || breadcrumbPart || (region != nil && region != context.region) { flushRun() }

        var frame = Frame(
            index: index, end: node.end, name: node.name, context: context, isBlock: isBlock || isCell || breadcrumbPart
        )
        frame.context.apply(region)
        frame.titleClass = classSignals.title
        frame.segmentsAtEntry = segments.count
        if node.flags.contains(.invisible) { frame.context.inHead = true }
        if node.flags.contains(.mainContent) { frame.context.inMain = true }
        if node.flags.contains(.bold) { frame.context.boldDepth += 1 }
        if node.name == "a", node.attribute("href") != nil { frame.context.linkDepth += 1 }
        if isCell, let collector = frames.last?.collector {
            frame.cellOrdinal = collector.cells.count
            frames[frames.count - 1].collector!.cells.append(Cell(tag: node.name))
        }
        frame.collector = collectorKind(for: node, index: index).map { PairCollector(kind: $0) }
        readItemAttributes(node, index: index, frame: &frame)
        frames.append(frame)
        if node.end == index + 1 { closeFrames(before: index + 1) }
        return index + 1
    }

    /// Handles the elements read whole or skipped (``HTMLElementFlags/special``); returns the next
    /// node index to visit, or nil when the element is walked like any other.
    private mutating func enterSpecialElement(_ node: HTMLNode, index: Int, context: WalkContext) -> Int? {
        switch node.name {
        case "script":
            readScript(node, index: index)
            return node.end
        case "style", "template", "noscript", "iframe", "object", "svg":
            if node.name == "style", index + 1 < node.end { skipRawText(of: node, index: index) }
            return node.end
        case "title":
            if titleTag == nil { readTitle(node, index: index) }
            return node.end
        case "meta":
            readMeta(node)
            return index + 1
        case "link":
            if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                meta.canonical = href
            }
            return index + 1
        case "img":
            readImage(node, context: context)
            return index + 1
        case "br":
            run.text += "\n"
            return index + 1
        case "html":
            if let lang = node.attribute("lang"), !lang.isEmpty { locale = lang }
            return nil
        default:
            return nil
        }
    }

    private mutating func closeFrames(before index: Int) {
        while let top = frames.last, top.end <= index {
            if top.isBlock { flushRun() }
            let frame = frames.removeLast()
            if frame.opensScope { scopes.closeScope() }
            if let collector = frame.collector { finish(collector, context: frame.context) }
            if let section = frame.section { finish(section) }
        }
    }

    private mutating func appendText(_ node: HTMLNode, index: Int) {
        guard let top = frames.last, !top.context.inHead else { return }
        let isWhitespace = node.text == " " || node.text.unicodeScalars.allSatisfy(\.isWhitespaceFast)
        if isWhitespace {
            if !run.text.isEmpty { run.text += " " }
            return
        }
        let position = locator.locate(
            node.text, context: .text, atLeastLine: nearestElementLine(), atMostLine: nextElementLine(after: index))
        let location = SourceLocation(line: position.line, column: position.column)
        if run.location == nil || run.text.unicodeScalars.allSatisfy(\.isWhitespaceFast) {
            run.location = location
            run.text = ""
        }
        run.text += node.text
        if top.context.boldDepth == 0 { run.boldOnly = false }
        if run.linkOnly, top.context.linkDepth == 0, Self.hasWordCharacter(node.text) { run.linkOnly = false }
        resolveAwaitingLocations(at: index, location: location)
    }

    /// Whether text has a letter or digit (brackets and icons around a link do not make it prose).
    private static func hasWordCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isWordCharacter)
    }

    /// A letter or a digit: alphabetic, or with a numeric type. ASCII and the CJK Unified Ideographs
    /// block (all assigned, all alphabetic) are answered without a property lookup, which showed in
    /// profiles of every page.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// The line of the next element in document order: text ends before it (0 when unknown).
    private func nextElementLine(after index: Int) -> Int {
        var next = index + 1
        while next < tree.nodes.count, next < index + 8 {
            if tree.nodes[next].kind == .element { return tree.nodes[next].line }
            next += 1
        }
        return 0
    }

    private func nearestElementLine() -> Int {
        for frame in frames.reversed() where tree.nodes[frame.index].line > 0 { return tree.nodes[frame.index].line }
        return 0
    }

    private mutating func resolveAwaitingLocations(at index: Int, location: SourceLocation) {
        guard !awaitingLocation.isEmpty else { return }
        awaitingLocation.removeAll { waiting in
            guard index < waiting.end else { return true }
            scopes.setLocation(location, scope: waiting.scope, property: waiting.property)
            return true
        }
    }

    // MARK: - Runs

    /// Ends the current run and gives its text a role (or hands it to the pair collector it belongs to).
    private mutating func flushRun() {
        defer { run = Run() }
        guard let location = run.location else { return }
        let text = Self.normalised(run.text)
        guard !text.isEmpty else { return }
        let context = frames.last?.context ?? WalkContext()
        if context.inHead { return }
        let block = frames.last(where: \.isBlock)
        if let cellFrame = frames.lastIndex(where: { $0.cellOrdinal != nil }), cellFrame > 0,
            frames[cellFrame - 1].collector != nil, let ordinal = frames[cellFrame].cellOrdinal
        {
            frames[cellFrame - 1].collector!.cells[ordinal].add(text, location: location)
            return
        }
        emit(
            PendingRun(
                text: text, location: location, context: context, blockName: block?.name ?? "", boldOnly: run.boldOnly,
                linkOnly: run.linkOnly, titleClass: block?.titleClass ?? false))
    }

    /// Gives a finished run its role and records what it states.
    private mutating func emit(_ pending: PendingRun) {
        let text = pending.text
        let location = pending.location
        switch pending.context.region {
        case .boilerplate:
            addSegment(text, role: .boilerplate, location: location, field: "boilerplate")
            return
        case .review:
            addSegment(text, role: .review, location: location, field: "review")
            return
        case .breadcrumb:
            for crumb in Self.crumbs(in: text) {
                breadcrumbs.append(crumb)
                addSegment(crumb, role: .breadcrumb, location: location, field: "breadcrumb")
            }
            return
        case .description, nil:
            break
        }
        if let kind = HTMLRegionHeuristics.headingKind(text),
            isHeadingCandidate(pending) || HTMLRegionHeuristics.isStandaloneBoilerplateHeading(kind, text: text)
        {
            openHeading(kind, text: text, location: location)
            return
        }
        if Self.headingElements.contains(pending.blockName), pending.blockName != "h1" {
            closeSectionOfParent()
        }
        if pending.blockName == "h1", firstHeading == nil {
            let segment = TextSegment(text: text, role: .title, location: location.with(field: "title"))
            firstHeading = segment
            addSegment(text, role: .title, location: location, field: "title")
            return
        }
        readLabelLines(text, location: location)
        if let sectionFrame = frames.lastIndex(where: { $0.section != nil }) {
            frames[sectionFrame].section!.add(text, location: location)
            addSegment(text, role: .section, location: location, field: "section:\(frames[sectionFrame].section!.name)")
            return
        }
        let role: TextRole
        if pending.context.region == .description {
            role = pending.blockName == "li" ? .bullet : .description
        } else {
            // Text that is wholly a link outside the description points elsewhere: site navigation,
            // other listings, store services.
            role = pending.linkOnly ? .boilerplate : .other
        }
        addSegment(text, role: role, location: location, field: role == .other ? nil : role.rawValue)
    }

    /// Adds the `Name: value` and `【名称】值` pairs a run states as attributes.
    private mutating func readLabelLines(_ text: String, location: SourceLocation) {
        guard HTMLLabelLines.mayHoldPairs(text) else { return }
        for (offset, line) in Self.lines(of: text) where HTMLLabelLines.mayHoldPairs(line) {
            for pair in HTMLLabelLines.pairs(in: line) {
                let valueLocation = Self.advance(location, through: text, scalars: offset + pair.valueOffset)
                addAttribute(pair.name, pair.value, origin: .labelLine, location: valueLocation)
            }
        }
    }

    /// A run that stands alone in a heading element, a bold-only block, a block whose class says it is a
    /// title, or a short line ending in a colon.
    private func isHeadingCandidate(_ pending: PendingRun) -> Bool {
        let bytes = pending.text.utf8.count
        let limit = HTMLRegionHeuristics.maxHeadingScalars
        guard bytes <= limit || (bytes <= 4 * limit && pending.text.unicodeScalars.count <= limit) else { return false }
        if Self.headingElements.contains(pending.blockName) || pending.blockName == "caption"
            || pending.blockName == "summary"
        {
            return true
        }
        if pending.boldOnly { return true }
        if let last = pending.text.unicodeScalars.last, last == ":" || last == "：" { return true }
        return pending.titleClass
    }

    /// The class/id signals of an element; the class part is cached per class value (classes repeat,
    /// ids do not).
    private mutating func signals(of node: HTMLNode) -> ClassSignals {
        var signals = ClassSignals()
        for attribute in node.attributes {
            if attribute.name == "class" {
                if let known = signalCache[attribute.value] {
                    signals.merge(known)
                } else {
                    var words: [String] = []
                    HTMLRegionHeuristics.appendWords(of: attribute.value, to: &words)
                    let computed = HTMLRegionHeuristics.classSignals(words: words)
                    signalCache[attribute.value] = computed
                    signals.merge(computed)
                }
            } else if attribute.name == "id" {
                var words: [String] = []
                HTMLRegionHeuristics.appendWords(of: attribute.value, to: &words)
                signals.merge(HTMLRegionHeuristics.classSignals(words: words))
            }
        }
        return signals
    }

    /// Applies a heading to the element that contains it: opens a section, or marks what follows as
    /// reviews or boilerplate.
    private mutating func openHeading(_ kind: HTMLRegionHeuristics.HeadingKind, text: String, location: SourceLocation)
    {
        let parent = parentOfInnermostBlock()
        switch kind {
        case .section(let name):
            addSegment(text, role: .section, location: location, field: "section:\(name)")
            guard let parent else { return }
            if let previous = frames[parent].section { finish(previous) }
            frames[parent].section = OpenSection(name: name, headingLocation: location)
        case .review:
            addSegment(text, role: .review, location: location, field: "review")
            if let parent { markSection(from: parent, as: .review) }
        case .boilerplate:
            addSegment(text, role: .boilerplate, location: location, field: "boilerplate")
            if let parent { markSection(from: parent, as: .boilerplate) }
        }
    }

    /// Gives the rest of a heading's parent, and of each enclosing element the heading is the first
    /// text of, the region the heading announces (a "Customer reviews" heading wrapped in a few
    /// `div`s still covers the review list beside them). Stops at the page's main landmarks and at an
    /// element holding the product's `<h1>`.
    private mutating func markSection(from parent: Int, as region: HTMLRegion) {
        frames[parent].context.region = region
        let headingSegment = segments.count - 1
        var index = parent - 1
        while index > 0, parent - index <= Self.maxSectionClimb {
            let frame = frames[index]
            let inherited = frame.context.region == .description && frames[index - 1].context.region == .description
            guard frame.segmentsAtEntry == headingSegment, !Self.landmarkElements.contains(frame.name),
                frame.context.region == nil || inherited,
                !tree.nodes[(frame.index + 1)..<frame.end].contains(where: { $0.name == "h1" })
            else { break }
            frames[index].context.region = region
            index -= 1
        }
    }

    /// How many enclosing elements a recommendation or review heading may cover.
    private static let maxSectionClimb = 6

    private static let landmarkElements: Set<String> = ["html", "body", "main", "article"]

    private mutating func closeSectionOfParent() {
        guard let parent = parentOfInnermostBlock(), let section = frames[parent].section else { return }
        finish(section)
        frames[parent].section = nil
    }

    /// The frame holding the innermost block: the element a heading block announces content for.
    private func parentOfInnermostBlock() -> Int? {
        guard let block = frames.lastIndex(where: \.isBlock), block > 0 else { return nil }
        return block - 1
    }

    private mutating func finish(_ section: OpenSection) {
        guard !section.texts.isEmpty else { return }
        addAttribute(
            section.name, section.texts.joined(separator: "\n"), origin: .labelLine,
            location: section.firstLocation ?? section.headingLocation, field: "section:\(section.name)")
    }

    // MARK: - Pairs

    private mutating func collectorKind(for node: HTMLNode, index: Int) -> PairCollector.Kind? {
        switch node.name {
        case "tr": return .row
        case "dl": return .definitionList
        case "li", "div", "p":
            guard let cued = labelValueShape(node, index: index) else { return nil }
            if cued { return .labelValue }
            return siblingsShareLabelValueShape() ? .labelValue : nil
        default: return nil
        }
    }

    /// Whether a block has the label/value shape (nil when not): exactly two child elements and no text
    /// of its own, the first a short label. True (cued) when the label ends in a colon or the classes say
    /// label (label, name, key, term…) or value (value, data…); an uncued block counts as a pair only
    /// when its siblings share the shape (a list of `<li><span>MATERIAL</span><span>Maple</span></li>`).
    private func labelValueShape(_ node: HTMLNode, index: Int) -> Bool? {
        guard node.end - index <= 12 else { return nil }
        var children: [Int] = []
        var child = index + 1
        while child < node.end {
            let current = tree.nodes[child]
            if current.kind == .text {
                if current.text != " ", !current.text.unicodeScalars.allSatisfy(\.isWhitespaceFast) { return nil }
            } else {
                children.append(child)
                if children.count > 2 { return nil }
            }
            child = current.end
        }
        guard children.count == 2, tree.nodes[children[0]].end - children[0] <= 4 else { return nil }
        let rawLabel = Self.normalised(tree.textContent(of: children[0]))
        guard HTMLLabelLines.isLabel(HTMLRegionHeuristics.headingName(rawLabel)),
            !tree.textContent(of: children[1]).unicodeScalars.allSatisfy(\.isWhitespaceFast)
        else { return nil }
        if let last = rawLabel.unicodeScalars.last, last == ":" || last == "：" { return true }
        let labelWords = HTMLRegionHeuristics.classAndIDWords(of: tree.nodes[children[0]])
        let valueWords = HTMLRegionHeuristics.classAndIDWords(of: tree.nodes[children[1]])
        let cued =
            labelWords.contains(where: Self.labelClassWords.contains)
            || valueWords.contains(where: Self.valueClassWords.contains)
            || tree.nodes[children[0]].name == "label" || tree.nodes[children[0]].name == "dt"
        return cued
    }

    /// Whether most (and at least two) child elements of the innermost open element have the
    /// label/value shape; computed once per parent.
    private mutating func siblingsShareLabelValueShape() -> Bool {
        guard let parent = frames.indices.last else { return false }
        if let known = frames[parent].childrenAreLabelValues { return known }
        let parentNode = tree.nodes[frames[parent].index]
        var elements = 0
        var shaped = 0
        var child = frames[parent].index + 1
        while child < parentNode.end {
            let current = tree.nodes[child]
            if current.kind == .element {
                elements += 1
                if labelValueShape(current, index: child) != nil { shaped += 1 }
            }
            child = current.end
        }
        let uniform = shaped >= 2 && shaped * 5 >= elements * 3
        frames[parent].childrenAreLabelValues = uniform
        return uniform
    }

    private static let labelClassWords: Set<String> = [
        "label", "name", "key", "term", "attr", "attribute", "property", "prop", "lbl", "th",
    ]
    private static let valueClassWords: Set<String> = [
        "value", "val", "data", "content", "desc", "detail", "text", "td",
    ]

    private mutating func finish(_ collector: PairCollector, context: WalkContext) {
        let pairs = collector.pairs()
        guard !pairs.isEmpty, context.region != .boilerplate, context.region != .review else {
            for cell in collector.cells {
                for part in cell.parts {
                    emit(
                        PendingRun(
                            text: part.text, location: part.location, context: context, blockName: cell.tag,
                            boldOnly: false, titleClass: false))
                }
            }
            return
        }
        var section = frames.lastIndex(where: { $0.section != nil })
        for pair in pairs where pair.readsLikeSection {
            addSegment(pair.name, role: .section, location: pair.nameLocation, field: "section:\(pair.name)")
            let panel = OpenSection(name: pair.name, headingLocation: pair.nameLocation)
            for part in pair.valueParts {
                readLabelLines(part.text, location: part.location)
                panel.add(part.text, location: part.location)
                addSegment(part.text, role: .section, location: part.location, field: "section:\(pair.name)")
            }
            finish(panel)
        }
        for pair in pairs where !pair.readsLikeSection {
            // A pair named like a section ("Directions: Apply daily") is a topic of its own: it ends
            // the section it sits in.
            if let open = section, case .section = HTMLRegionHeuristics.headingKind(pair.name) {
                finish(frames[open].section!)
                frames[open].section = nil
                section = nil
            }
            addSegment(pair.name, role: .specName, location: pair.nameLocation, field: "attribute:\(pair.name)")
            addSegment(pair.value, role: .specValue, location: pair.valueLocation, field: "attribute:\(pair.name)")
            addAttribute(pair.name, pair.value, origin: .specTable, location: pair.valueLocation)
            if let section { frames[section].section!.add("\(pair.name): \(pair.value)", location: pair.nameLocation) }
        }
    }

    // MARK: - Elements read whole

    private mutating func readScript(_ node: HTMLNode, index: Int) {
        guard index + 1 < node.end else { return }
        let position = skipRawText(of: node, index: index)
        let type = node.attribute("type")?.lowercased() ?? ""
        let isStructuredData = type.contains("ld+json")
        guard isStructuredData || scriptCarriesData(node, index: index, type: type) else { return }
        let text = scriptText(of: node, index: index)
        let location = SourceLocation(line: position.line, column: position.column)
        if isStructuredData {
            jsonLDBlocks.append((text, location))
        } else {
            let name = node.attribute("id") ?? (type.isEmpty ? "inline" : type)
            hiddenText.append(
                TextSegment(
                    text: limited(text, field: "script:\(name)"), role: .other,
                    location: location.with(field: "script:\(name)")))
        }
    }

    /// ``carriesData(_:type:)`` for a script element; an unparsed content is read as bytes, so that
    /// only the scripts that are read become strings.
    private func scriptCarriesData(_ node: HTMLNode, index: Int, type: String) -> Bool {
        if node.end == index + 2, let range = tree.nodes[index + 1].rawTextRange {
            return tree.source.withUnsafeBufferPointer { Self.carriesData(UnsafeBufferPointer(rebasing: $0[range]), type: type) }
        }
        return Self.carriesData(scriptText(of: node, index: index), type: type)
    }

    /// The text of a script or style element (`index`).
    private func scriptText(of node: HTMLNode, index: Int) -> String {
        node.end == index + 2
            ? tree.text(of: index + 1)
            : tree.nodes[index + 1..<node.end].filter { $0.kind == .text }.map(\.text).joined()
    }

    /// Moves the source cursor past a script's or style's content; returns where the content starts.
    @discardableResult
    private mutating func skipRawText(of node: HTMLNode, index: Int) -> (line: Int, column: Int) {
        if node.end == index + 2, let range = tree.nodes[index + 1].rawTextRange,
            let position = locator.skip(rawTextAt: range, atLeastLine: node.line)
        {
            return position
        }
        return locator.skip(rawText: scriptText(of: node, index: index), atLeastLine: node.line)
    }

    /// Whether a script carries page data (JSON, or state assigned to a global) rather than only code.
    static func carriesData(_ text: String, type: String) -> Bool {
        var text = text
        return text.withUTF8 { carriesData($0, type: type) }
    }

    private static func carriesData(_ bytes: UnsafeBufferPointer<UInt8>, type: String) -> Bool {
        if type.contains("json") { return true }
        guard type.isEmpty || type.contains("javascript") || type.contains("ecmascript") else { return false }
        guard let base = bytes.baseAddress else { return false }
        var quotedKeys = 0
        var from = 1
        while from < bytes.count, let hit = memchr(base + from, Int32(UInt8(ascii: ":")), bytes.count - from) {
            let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if bytes[index - 1] == UInt8(ascii: "\"") {
                quotedKeys += 1
                if quotedKeys >= 5 { return true }
            }
            from = index + 1
        }
        return false
    }

    private mutating func readTitle(_ node: HTMLNode, index: Int) {
        let raw = tree.textContent(of: index)
        let text = Self.normalised(raw)
        guard !text.isEmpty else { return }
        let position = locator.locate(raw, context: .text, atLeastLine: node.line)
        titleTag = TextSegment(
            text: text, role: .title,
            location: SourceLocation(line: position.line, column: position.column, field: "title"))
    }

    private mutating func readMeta(_ node: HTMLNode) {
        guard let content = node.attribute("content") else { return }
        let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "")
            .lowercased()
        guard !key.isEmpty else { return }
        let value = Self.normalised(content)
        guard !value.isEmpty else { return }
        let isOpenGraph = key.hasPrefix("og:") || key.hasPrefix("product:")
        let interesting = isOpenGraph || key == "description" || (node.attribute("itemprop") != nil && !scopes.isEmpty)
        guard interesting else { return }
        let position = locator.locate(content, context: .attributeValue, atLeastLine: max(0, node.line - 3))
        let location = SourceLocation(line: position.line, column: position.column)
        if let itemprop = node.attribute("itemprop"), !scopes.isEmpty {
            _ = scopes.addProperty(itemprop, value: value, location: location)
            return
        }
        meta.read(key: key, value: value, location: location, into: &attributes)
    }

    private mutating func readImage(_ node: HTMLNode, context: WalkContext) {
        guard !context.inHead, context.region != .boilerplate, context.region != .review, context.region != .breadcrumb,
            let alt = node.attribute("alt")
        else { return }
        let text = Self.normalised(alt)
        guard text.unicodeScalars.count >= 2, !seenAltTexts.contains(text) else { return }
        seenAltTexts.insert(text)
        let position = locator.locate(alt, context: .attributeValue, atLeastLine: max(0, node.line - 3))
        addSegment(
            text, role: .imageAlt, location: SourceLocation(line: position.line, column: position.column),
            field: "image-alt")
    }

    /// Opens microdata/RDFa items and records item properties carried by this element.
    private mutating func readItemAttributes(_ node: HTMLNode, index: Int, frame: inout Frame) {
        let microdataProperty = node.attribute("itemprop")
        let rdfaProperty = node.attribute("property").flatMap {
            $0.hasPrefix("og:") || $0.hasPrefix("product:") ? nil : $0
        }
        if node.hasAttribute("itemscope") || node.hasAttribute("typeof") {
            let isMicrodata = node.hasAttribute("itemscope")
            let type = isMicrodata ? node.attribute("itemtype") ?? "" : node.attribute("typeof") ?? ""
            let property = (isMicrodata ? microdataProperty : rdfaProperty).map(HTMLItemScopes.localName)
            scopes.openScope(type: type, propertyName: property, origin: isMicrodata ? .microdata : .rdfa)
            frame.opensScope = true
            return
        }
        guard !scopes.isEmpty, let property = (microdataProperty ?? rdfaProperty).map(HTMLItemScopes.localName) else {
            return
        }
        if let content = node.attribute("content") ?? node.attribute("datetime")
            ?? (node.name == "data" ? node.attribute("value") : nil)
        {
            let position = locator.locate(content, context: .attributeValue, atLeastLine: max(0, node.line - 3))
            _ = scopes.addProperty(
                property, value: Self.normalised(content),
                location: SourceLocation(line: position.line, column: position.column))
        } else if node.name != "img", node.name != "a", node.name != "link" {
            let text = Self.normalised(tree.textContent(of: index))
            guard !text.isEmpty, let added = scopes.addProperty(property, value: text, location: nil) else { return }
            awaitingLocation.append((scopes.open.count - 1, added, node.end))
        }
    }

    // MARK: - Output

    private mutating func addSegment(_ text: String, role: TextRole, location: SourceLocation, field: String?) {
        let field = field ?? "text"
        segments.append(
            TextSegment(text: limited(text, field: field), role: role, location: location.with(field: field)))
    }

    private mutating func addAttribute(
        _ name: String, _ value: String, origin: AttributeOrigin, location: SourceLocation,
        field: String? = nil
    ) {
        let field = field ?? "attribute:\(name)"
        attributes.append(
            Attribute(
                name: name, value: limited(value, field: field), origin: origin, location: location.with(field: field)))
    }

    /// Cuts text longer than the field limit, reporting each field once.
    private mutating func limited(_ text: String, field: String) -> String {
        guard text.utf8.count > limits.maxFieldScalars else { return text }
        let count = text.unicodeScalars.count
        guard count > limits.maxFieldScalars else { return text }
        if !truncatedFields.contains(field) {
            truncatedFields.insert(field)
            diagnostics.append(Messages.textTooLong(field: field, scalars: count, limit: limits.maxFieldScalars))
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(limits.maxFieldScalars)))
    }

    private mutating func assemble() -> Listing {
        for block in jsonLDBlocks { readJSONLD(block.text, location: block.location) }
        let facts = scopes.facts
        attributes += facts.attributes
        let title =
            meta.title.map { TextSegment(text: $0.0, role: .title, location: $0.1.with(field: "title")) }
            ?? facts.name.map {
                TextSegment(text: $0.0, role: .title, location: ($0.1 ?? SourceLocation()).with(field: "title"))
            }
            ?? structuredName
            ?? firstHeading
            ?? titleTag
        if firstHeading == nil, let title { segments.insert(title, at: 0) }
        if !segments.contains(where: { $0.role == .description }) {
            let candidates = [
                structuredDescription, facts.description.map { ($0.0, $0.1 ?? SourceLocation(), "description") },
                meta.description,
            ]
            if let (text, location, field) = candidates.compactMap({ $0 }).first {
                addSegment(text, role: .description, location: location, field: field)
            }
        }
        if let depthLine = tree.depthLimitLine {
            diagnostics.append(Messages.tooDeep(line: depthLine, limit: limits.maxDepth))
        }
        let id = facts.sku ?? structuredSKU ?? facts.productID ?? meta.url ?? meta.canonical ?? Self.fileStem(source)
        return Listing(
            id: id,
            source: source,
            format: .html,
            title: title,
            category: structuredCategory ?? facts.category ?? meta.category,
            breadcrumbs: breadcrumbs,
            seller: structuredSeller ?? facts.seller ?? facts.brand ?? structuredBrand ?? meta.brand,
            locale: locale ?? meta.locale,
            url: meta.url ?? meta.canonical ?? facts.url,
            attributes: attributes,
            segments: segments,
            hiddenText: hiddenText,
            diagnostics: diagnostics
        )
    }

    private var structuredName: TextSegment?
    private var structuredDescription: (String, SourceLocation, String)?
    private var structuredCategory: String?
    private var structuredSeller: String?
    private var structuredBrand: String?
    private var structuredSKU: String?

    /// Adds what the page's JSON-LD products state (through the shared lenient JSON-LD reader).
    private mutating func readJSONLD(_ text: String, location: SourceLocation) {
        for product in JSONLDProducts.products(in: text) {
            if structuredName == nil, let name = product.name, !name.isEmpty {
                structuredName = TextSegment(
                    text: name, role: .title, location: Self.locate(name, in: text, from: location).with(field: "title")
                )
            }
            if structuredDescription == nil, let description = product.description, !description.isEmpty {
                structuredDescription = (
                    Self.normalised(description), Self.locate(description, in: text, from: location),
                    "json-ld:description"
                )
            }
            structuredCategory = structuredCategory ?? product.category
            structuredSeller = structuredSeller ?? product.seller
            structuredBrand = structuredBrand ?? product.brand
            structuredSKU = structuredSKU ?? product.sku
            if meta.url == nil { meta.url = product.url }
            for property in product.properties {
                addAttribute(
                    property.name, property.value, origin: .jsonLD,
                    location: Self.locate(property.value, in: text, from: location))
            }
            for review in product.reviews {
                addSegment(
                    review, role: .review, location: Self.locate(review, in: text, from: location), field: "review")
            }
        }
    }

    /// Where `value` first appears in a script whose text starts at `start` (the script's start when
    /// it does not appear verbatim, e.g. because of JSON escapes).
    private static func locate(_ value: String, in text: String, from start: SourceLocation) -> SourceLocation {
        guard let (probe, _) = HTMLSourceLocator.probe(of: value) else { return start }
        let bytes = Array(text.utf8)
        guard bytes.count >= probe.count else { return start }
        for offset in 0...(bytes.count - probe.count) where bytes[offset] == probe[0] {
            if bytes[offset..<(offset + probe.count)].elementsEqual(probe) {
                let scalars = String(decoding: bytes[..<offset], as: UTF8.self)
                return advance(start, through: scalars, scalars: scalars.unicodeScalars.count)
            }
        }
        return start
    }

    // MARK: - Text helpers

    /// Whitespace runs become one space, except that line breaks (from `<br>` or the source) are kept
    /// as single `\n`; leading and trailing whitespace is dropped.
    static func normalised(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // The result is never longer than the text: written in place, without an array between.
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                var pending: UInt8 = 0  // the separator owed before the next character: 0, space or line break
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    // Printable ASCII and the bytes no white space starts with (all but C2, E1, E2, E3:
                    // CJK text among them) need no white-space lookup.
                    let width =
                        (byte > 0x20 && byte < 0x80) || (byte >= 0x80 && byte != 0xC2 && (byte < 0xE1 || byte > 0xE3))
                        ? 0 : Self.whitespaceWidth(bytes, at: index)
                    if width > 0 {
                        if byte == 0x0A { pending = 0x0A } else if pending == 0 { pending = 0x20 }
                        index += width
                        continue
                    }
                    if pending != 0, written > 0 {
                        output[written] = pending
                        written += 1
                    }
                    pending = 0
                    output[written] = byte
                    written += 1
                    index += 1
                }
                return written
            }
        }
    }

    /// The length in bytes of the white-space character at `index` (Unicode White_Space), or 0.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2 where remaining >= 2:
            return bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE1 where remaining >= 3:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2 where remaining >= 3:
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80, third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where remaining >= 3:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// The lines of a run with the scalar offset each starts at.
    static func lines(of text: String) -> [(Int, String)] {
        guard text.utf8.contains(0x0A) else { return [(0, text)] }
        var result: [(Int, String)] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append((offset, String(line)))
            offset += line.unicodeScalars.count + 1
        }
        return result
    }

    /// The location `scalars` Unicode scalars into `text`, which starts at `start`. Approximate: the
    /// text is normalised and the source may use entities.
    static func advance(_ start: SourceLocation, through text: String, scalars: Int) -> SourceLocation {
        guard var line = start.line, var column = start.column else { return start }
        for scalar in text.unicodeScalars.prefix(scalars) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column, field: start.field)
    }

    /// Breadcrumb items in a run: separators such as `>`, `/`, `›`, `»` split items written as one text.
    static func crumbs(in text: String) -> [String] {
        text.split(whereSeparator: { ">/›»＞|\n".contains($0) })
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Messages of the diagnostics the builder emits.
    enum Messages {
        static func textTooLong(field: String, scalars: Int, limit: Int) -> Finding {
            Finding(
                rule: InputRule.textTooLong,
                kind: .inputError,
                severity: .warning,
                message:
                    "text of \(field) is \(scalars) characters, over the limit of \(limit) (input limit maxFieldScalars); the rest was not checked",
                location: SourceLocation(field: field)
            )
        }

        static func tooDeep(line: Int, limit: Int) -> Finding {
            Finding(
                rule: InputRule.tooDeep,
                kind: .inputError,
                severity: .warning,
                message:
                    "markup is nested deeper than \(limit) elements (input limit maxDepth); the deeper part was not read",
                location: line > 0 ? SourceLocation(line: line) : nil
            )
        }
    }
}
