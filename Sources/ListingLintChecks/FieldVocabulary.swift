import Foundation
import ListingLintCore

/// The field names, exclusions and free-text patterns of every field, compiled once from
/// `synonyms.json` plus the configuration's extra synonyms.
struct FieldVocabulary: Sendable {
    /// A free-text pattern of one field, compiled.
    struct FieldPattern: Sendable {
        var pattern: TextPattern
        /// Index into `triggers`.
        var index: Int
        var needsMaterial: Bool
        var needsUnit: Bool
    }

    /// Normalised name → fields it names.
    private let exactNames: [String: [FieldName]]
    /// Normalised names long enough to be recognised inside a longer label, longest first; single
    /// alphabetic words only as the label's last word (`Shade Material`, not `Materials Guide`).
    private let containedNames: [(key: [UInt8], field: FieldName, atEndOnly: Bool)]
    /// Normalised names that are never a field (package dimensions), as UTF-8.
    private let excludedNames: [[UInt8]]
    /// Field → normalised names that label the whole field (not a part such as the lining).
    private let genericNames: [FieldName: Set<String>]
    /// Field → its free-text patterns.
    let textPatterns: [FieldName: [FieldPattern]]
    /// When each free-text pattern needs to run at all.
    let triggers: PatternTriggers
    /// `Name: value` and `【Name】value` lines for every field name.
    let labelLines: LabelLineScanner
    /// `"name": "value"` pairs in embedded script JSON.
    let scriptPairs: [TextPattern]

    init(synonyms: SynonymData, extra: [FieldName: [String]]) {
        var exact: [String: [FieldName]] = [:]
        var contained: [(key: [UInt8], field: FieldName, atEndOnly: Bool)] = []
        var generic: [FieldName: Set<String>] = [:]
        var patterns: [FieldName: [FieldPattern]] = [:]
        var allNames: Set<String> = []
        var conditions: [PatternTriggers.Condition] = []
        let fields = Set(synonyms.fields.keys).union(extra.keys)
        for field in fields.sorted() {
            let entry = synonyms.fields[field]
            let names = (entry?.names.all ?? []) + (extra[field] ?? [])
            for name in names {
                let key = FieldKey.normalise(name)
                guard !key.isEmpty else { continue }
                allNames.insert(name)
                if !(exact[key]?.contains(field) ?? false) { exact[key, default: []].append(field) }
                if Self.isDistinctive(key) {
                    let isSingleWord = !name.contains(" ") && name.unicodeScalars.allSatisfy(\.isASCII)
                    contained.append((Array(key.utf8), field, isSingleWord))
                }
            }
            generic[field] = Set((entry?.genericNames ?? []).map(FieldKey.normalise))
            patterns[field] = (entry?.textPatterns ?? []).compactMap { spec in
                guard let compiled = try? TextPattern(spec.pattern) else { return nil }
                conditions.append(PatternTriggers.Condition(
                    anyOf: spec.anyOf, atWordStart: spec.wordStart ?? false, needsDigit: spec.needsDigit ?? false
                ))
                return FieldPattern(
                    pattern: compiled, index: conditions.count - 1,
                    needsMaterial: spec.needsMaterial ?? false, needsUnit: spec.needsUnit ?? false
                )
            }
        }
        exactNames = exact
        containedNames = contained.sorted { $0.key.count > $1.key.count }
        excludedNames = synonyms.excludedNames.map(FieldKey.normalise).filter { !$0.isEmpty }.map { Array($0.utf8) }
        genericNames = generic
        textPatterns = patterns
        triggers = PatternTriggers(patterns: conditions)
        labelLines = LabelLineScanner(names: allNames)
        scriptPairs = [
            try? TextPattern("\"(?<name>[^\"\\\\{}\\[\\]]{1,40})\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.){2,300})\""),
            try? TextPattern(
                "\"(?:name|label|title|key|attribute)\"\\s*:\\s*\"(?<name>[^\"\\\\]{1,40})\"\\s*,\\s*\"(?:value|values|text|description|content)\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.){2,300})\""
            ),
            // A key naming a field whose value is a list of objects: `"care":[{"id":…,"description":"…"}]`.
            try? TextPattern(
                "\"(?<name>[^\"\\\\{}\\[\\]]{1,40})\"\\s*:\\s*\\[\\s*\\{[^{}\\[\\]]{0,200}?\"(?:description|value|text|content)\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.){2,300})\""
            ),
        ].compactMap { $0 }
    }

    /// Whether a normalised name is specific enough to be recognised inside a longer label: two or
    /// more ideographs, or five or more letters.
    private static func isDistinctive(_ key: String) -> Bool {
        let ideographs = key.unicodeScalars.filter(FieldKey.isIdeograph).count
        return ideographs >= 2 || (ideographs == 0 && key.count >= 5)
    }

    /// The fields a label names, and whether it names them exactly (`材质`) or inside a longer label
    /// (`机身材质分类`). An exact synonym wins over an exclusion; an exclusion wins over containment.
    func fields(named label: String) -> [(field: FieldName, exact: Bool)] {
        let key = FieldKey.normalise(label)
        guard !key.isEmpty, key.count <= 40 else { return [] }
        if let fields = exactNames[key] { return fields.map { ($0, true) } }
        let bytes = Array(key.utf8)
        if excludedNames.contains(where: { UTF8Search.contains($0, in: bytes) }) { return [] }
        var found: [(field: FieldName, exact: Bool)] = []
        for entry in containedNames where !found.contains(where: { $0.field == entry.field }) {
            guard entry.atEndOnly ? bytes.ends(with: entry.key) : UTF8Search.contains(entry.key, in: bytes) else { continue }
            found.append((entry.field, false))
        }
        return found
    }

    /// Whether a label is one that never names a field (package dimensions), so its value is not read
    /// for any field either.
    func isExcluded(_ label: String) -> Bool {
        let key = FieldKey.normalise(label)
        let bytes = Array(key.utf8)
        return exactNames[key] == nil && excludedNames.contains { UTF8Search.contains($0, in: bytes) }
    }

    /// Whether a label names the field as a whole (so its values can be compared with others).
    func isGeneric(_ label: String, for field: FieldName) -> Bool {
        genericNames[field]?.contains(FieldKey.normalise(label)) ?? false
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes end with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
