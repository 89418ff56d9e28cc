import Foundation
import ListingLintCore

/// Finds every place a listing states its fields: attributes, sections under headings, label lines,
/// free text that clearly states a field, the title, and — separately, since the buyer cannot read
/// them — image alt text and embedded script JSON.
struct FieldCandidateCollector: Sendable {
    let vocabulary: FieldVocabulary
    let values: ValueVocabulary
    /// Free-text statements already found in attribute values, which repeat across a catalogue.
    private let attributeStatements = BoundedMemo<StatementsKey, [Statement]>(capacity: 8192)

    init(vocabulary: FieldVocabulary, values: ValueVocabulary) {
        self.vocabulary = vocabulary
        self.values = values
    }

    /// Segment roles that carry the seller's visible words about the product.
    private static let visibleRoles: Set<TextRole> = [.description, .bullet, .section, .specValue, .other]
    /// Most matches read from one text per pattern.
    private static let matchesPerText = 8
    /// Most name/value pairs read from one embedded script.
    private static let pairsPerScript = 20_000
    /// Shortest script string read as running text: product copy, not a navigation label (`Hand Wash`).
    private static let scriptProseScalars = 40
    /// Fewest spaces in a script string read as running text (so URLs and ids are not read).
    private static let scriptProseSpaces = 4
    /// Every JSON string literal, matched whole so the scan never drifts between quotes.
    private static let scriptStrings: TextPattern? = try? TextPattern("\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"")

    /// Candidates the buyer can read (attributes, sections, label lines, free text, title), per field.
    func visibleCandidates(in listing: Listing, for fields: Set<FieldName>) -> [FieldName: [FieldCandidate]] {
        var found: [FieldName: [FieldCandidate]] = [:]
        func add(_ candidate: FieldCandidate) {
            if fields.contains(candidate.field) { found[candidate.field, default: []].append(candidate) }
        }
        for attribute in listing.attributes where attribute.origin != .hiddenScript && !vocabulary.isExcluded(attribute.name) {
            let named = vocabulary.fields(named: attribute.name)
            for (field, exact) in named {
                add(FieldCandidate(
                    field: field, value: attribute.value, location: attribute.location, visibility: .visible,
                    method: .attribute, label: attribute.name,
                    source: "attribute \(attribute.name) (\(attribute.origin.rawValue))",
                    confidence: exact ? 1.0 : 0.9, isGeneric: vocabulary.isGeneric(attribute.name, for: field)
                ))
            }
            let undescribed = fields.subtracting(named.map(\.field))
            var statements: [Statement] = []
            if !undescribed.isEmpty {
                let key = StatementsKey(text: ExactText(attribute.value), fields: undescribed)
                statements = attributeStatements.value(for: key) { self.statements(in: attribute.value, for: undescribed) }
            }
            for statement in statements {
                add(candidate(statement, in: attribute.value, at: attribute.location, visibility: .visible, origin: "attribute \(attribute.name)"))
            }
        }
        for segment in listing.segments where Self.visibleRoles.contains(segment.role) {
            if segment.role == .section, let heading = Self.heading(of: segment) {
                for (field, exact) in vocabulary.fields(named: heading) {
                    add(FieldCandidate(
                        field: field, value: segment.text, location: segment.location, visibility: .visible,
                        method: .section, label: heading, source: "section \(heading)",
                        confidence: exact ? 0.95 : 0.85, isGeneric: vocabulary.isGeneric(heading, for: field)
                    ))
                }
            }
            let origin = segment.role.rawValue
            for candidate in labelLines(segment.text, at: segment.location, visibility: .visible, origin: origin) { add(candidate) }
            for candidate in freeText(segment.text, at: segment.location, visibility: .visible, origin: origin, for: fields) {
                add(candidate)
            }
        }
        if let title = listing.title {
            for candidate in titleCandidates(title) { add(candidate) }
        }
        return found
    }

    /// Candidates the buyer cannot read: image alt text (the value is inside images) and embedded
    /// script JSON or hidden attributes. Only looked for when a field has nothing visible.
    func hiddenCandidates(in listing: Listing, for fields: Set<FieldName>) -> [FieldName: [FieldCandidate]] {
        guard !fields.isEmpty else { return [:] }
        var found: [FieldName: [FieldCandidate]] = [:]
        func add(_ candidate: FieldCandidate) {
            if fields.contains(candidate.field) { found[candidate.field, default: []].append(candidate) }
        }
        for attribute in listing.attributes where attribute.origin == .hiddenScript {
            for (field, _) in vocabulary.fields(named: attribute.name) {
                add(FieldCandidate(
                    field: field, value: attribute.value, location: attribute.location, visibility: .scriptOnly,
                    method: .attribute, label: attribute.name, source: "embedded script \(attribute.name)",
                    confidence: 0.9, isGeneric: false
                ))
            }
        }
        for segment in listing.segments where segment.role == .imageAlt {
            for candidate in labelLines(segment.text, at: segment.location, visibility: .imageOnly, origin: "image alt text")
                + freeText(segment.text, at: segment.location, visibility: .imageOnly, origin: "image alt text", for: fields) {
                add(candidate)
            }
        }
        var namedFields: [String: [(field: FieldName, exact: Bool)]] = [:]
        for segment in listing.hiddenText {
            for pattern in vocabulary.scriptPairs {
                for match in pattern.matches(in: segment.text, limit: Self.pairsPerScript) {
                    // Dotted keys are message ids (`pages.review.rating.instruction`): read the last part.
                    guard let name = match.name?.split(separator: ".").last.map(String.init) else { continue }
                    let named = namedFields[name] ?? vocabulary.fields(named: name)
                    namedFields[name] = named
                    for (field, _) in named where fields.contains(field) {
                        add(FieldCandidate(
                            field: field, value: Self.unescapeJSON(match.value),
                            location: segment.location.advanced(in: segment.text, to: match.start),
                            visibility: .scriptOnly, method: .attribute, label: name,
                            source: "embedded script \"\(name)\"", confidence: 0.9, isGeneric: false
                        ))
                    }
                }
            }
            for prose in Self.scriptStrings?.matches(in: segment.text, limit: Self.pairsPerScript) ?? []
            where prose.value.unicodeScalars.count >= Self.scriptProseScalars
                && prose.value.utf8.lazy.filter({ $0 == 0x20 }).count >= Self.scriptProseSpaces {
                let text = Self.withoutMarkup(Self.unescapeJSON(prose.value))
                let location = segment.location.advanced(in: segment.text, to: prose.start)
                for candidate in freeText(text, at: location, visibility: .scriptOnly, origin: "embedded script", for: fields) {
                    add(candidate)
                }
            }
        }
        return found
    }

    /// Whether a value, found where the buyer cannot see it, clearly states its field: a material name,
    /// a measurement with a unit, an instruction phrase. A hidden finding must not rest on a stray key.
    func clearlyStates(_ candidate: FieldCandidate) -> Bool {
        switch candidate.field {
        case CoreField.material: !values.materials.recognise(candidate.value).isEmpty
        case CoreField.size: values.numberWithUnit.isFound(in: candidate.value)
        case CoreField.instructions: statesInstructions(candidate.value)
        default: true
        }
    }

    /// Whether a value holds an instruction phrase (`hand wash`, `store in a cool, dry place`).
    private func statesInstructions(_ value: String) -> Bool {
        let run = vocabulary.triggers.patternsToRun(in: value)
        return (vocabulary.textPatterns[CoreField.instructions] ?? []).contains { run[$0.index] && $0.pattern.isFound(in: value) }
    }

    /// `Name: value` and `【Name】value` lines naming a field.
    private func labelLines(
        _ text: String, at location: SourceLocation, visibility: FieldCandidate.Visibility, origin: String
    ) -> [FieldCandidate] {
        var found: [FieldCandidate] = []
        for match in vocabulary.labelLines.matches(in: text, limit: 64) {
            for (field, exact) in vocabulary.fields(named: match.name) {
                found.append(FieldCandidate(
                    field: field, value: match.value.trimmingSpaces,
                    location: location.advanced(in: text, to: match.start), visibility: visibility,
                    method: .labelLine, label: match.name, source: "label line \(match.name) (\(origin))",
                    confidence: exact ? 0.9 : 0.8, isGeneric: vocabulary.isGeneric(match.name, for: field)
                ))
            }
        }
        return found
    }

    /// Phrases that clearly state one of `fields` without a label (`made of 100% cotton`, `measures 45 x 30 cm`).
    private func freeText(
        _ text: String, at location: SourceLocation, visibility: FieldCandidate.Visibility, origin: String,
        for fields: Set<FieldName>
    ) -> [FieldCandidate] {
        statements(in: text, for: fields).map { candidate($0, in: text, at: location, visibility: visibility, origin: origin) }
    }

    /// A field stated in free text: its value and where in the text it starts (UTF-8 offset).
    struct Statement: Sendable {
        var field: FieldName
        var value: String
        var offset: Int
    }

    private struct StatementsKey: Hashable, Sendable {
        var text: ExactText
        var fields: Set<FieldName>
    }

    /// The first statement of each of `fields` that `text` makes in free text, per pattern.
    private func statements(in text: String, for fields: Set<FieldName>) -> [Statement] {
        var found: [Statement] = []
        guard !fields.isEmpty else { return found }
        let run = vocabulary.triggers.patternsToRun(in: text)
        // A value naming a material is part of the text, so the text must name one too.
        var namesMaterial: Bool?
        for (field, patterns) in vocabulary.textPatterns where fields.contains(field) {
            // Triggers are read in place: copying every pattern to test its trigger changed the shared
            // expression's reference count from every checking thread.
            let triggered = patterns.withUnsafeBufferPointer { specs in specs.indices.filter { run[specs[$0].index] } }
            for position in triggered {
                let spec = patterns[position]
                if spec.needsMaterial {
                    if namesMaterial == nil { namesMaterial = values.materials.mayNameAny(text) }
                    guard namesMaterial == true else { continue }
                }
                for match in spec.pattern.matches(in: text, limit: Self.matchesPerText) {
                    let value = match.value.trimmingSpaces
                    if spec.needsMaterial, values.materials.recognise(value).isEmpty { continue }
                    if spec.needsUnit, !values.numberWithUnit.isFound(in: value) { continue }
                    found.append(Statement(field: field, value: value, offset: text.utf8.distance(from: text.startIndex, to: match.start)))
                    break
                }
            }
        }
        return found
    }

    private func candidate(
        _ statement: Statement, in text: String, at location: SourceLocation, visibility: FieldCandidate.Visibility, origin: String
    ) -> FieldCandidate {
        FieldCandidate(
            field: statement.field, value: statement.value,
            location: location.advanced(in: text, to: text.utf8.index(text.startIndex, offsetBy: statement.offset)),
            visibility: visibility, method: .freeText, label: nil, source: "free text (\(origin))",
            confidence: 0.7, isGeneric: false
        )
    }

    /// A material named in the title (present, but weak: a word, not a statement) and a measurement
    /// stated there (present: `17"`, `20寸` are the size).
    private func titleCandidates(_ title: TextSegment) -> [FieldCandidate] {
        var found: [FieldCandidate] = []
        if let material = values.materials.recognise(title.text, allowSingleIdeographs: false).first {
            found.append(FieldCandidate(
                field: CoreField.material, value: material.name, location: title.location, visibility: .titleOnly,
                method: .freeText, label: nil, source: "title", confidence: 0.5, isGeneric: false
            ))
        }
        let run = vocabulary.triggers.patternsToRun(in: title.text)
        for spec in vocabulary.textPatterns[CoreField.size] ?? [] where run[spec.index] {
            guard let match = spec.pattern.matches(in: title.text, limit: 1).first else { continue }
            if spec.needsUnit, !values.numberWithUnit.isFound(in: match.value) { continue }
            found.append(FieldCandidate(
                field: CoreField.size, value: match.value.trimmingSpaces,
                location: title.location.advanced(in: title.text, to: match.start), visibility: .visible,
                method: .freeText, label: nil, source: "title", confidence: 0.6, isGeneric: false
            ))
            break
        }
        return found
    }

    /// The heading of a section segment (`section:使用说明` → `使用说明`).
    private static func heading(of segment: TextSegment) -> String? {
        guard let field = segment.location.field, field.hasPrefix("section:") else { return nil }
        let heading = field.dropFirst("section:".count).trimmingSpaces
        return heading.isEmpty ? nil : heading
    }

    /// Script strings often carry HTML (`hand wash cover</font></span>`): tags become spaces, so values
    /// read from them are text.
    private static func withoutMarkup(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = ""
        var inTag = false
        for character in text {
            switch character {
            case "<": inTag = true
            case ">" where inTag:
                inTag = false
                result.append(" ")
            default: if !inTag { result.append(character) }
            }
        }
        return result
    }

    /// Undoes the common JSON string escapes in a value read from script text.
    private static func unescapeJSON(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\", let next = iterator.next() else {
                result.append(character)
                continue
            }
            switch next {
            case "n", "r", "t": result.append(" ")
            case "u":
                let hex = String([iterator.next(), iterator.next(), iterator.next(), iterator.next()].compactMap { $0 })
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { result.unicodeScalars.append(scalar) }
            default: result.append(next)
            }
        }
        return result
    }
}

extension SourceLocation {
    /// The location of the character at `index` of `text`, when `text` starts at this location:
    /// lines and columns (Unicode scalars) are advanced through the text; a JSON pointer stays as it is.
    func advanced(in text: String, to index: String.Index) -> SourceLocation {
        guard let line, let column else { return self }
        var copy = self
        var lines = 0
        var columnsSinceBreak = 0
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" {
                lines += 1
                columnsSinceBreak = 0
            } else {
                columnsSinceBreak += 1
            }
        }
        copy.line = line + lines
        copy.column = lines == 0 ? column + columnsSinceBreak : columnsSinceBreak + 1
        return copy
    }
}
