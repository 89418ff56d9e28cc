import Foundation
import ListingLintCore

/// The value vocabularies of `values.json`, normalised and compiled once.
struct ValueVocabulary: Sendable {
    let materials: MaterialLexicon
    /// Normalised placeholder values (`详见图片`, `seephotos`, `na`).
    let placeholders: Set<String>
    /// Placeholders long enough to be recognised inside a slightly longer value (`详见图片哦`).
    let distinctivePlaceholders: [String]
    /// Folded marketing phrases used instead of a material (`优质面料`, `premium fabric`).
    let marketingWords: [String]
    let nonStandardFibres: [ValueListData.NonStandardFibre]
    /// Normalised size labels (`xs`, `xsmall`, `均码`).
    let sizeLabels: Set<String>
    /// Size-system prefixes that make a number a size label (`uk`, `eu`, `码`).
    let sizeSystemPrefixes: [String]
    /// A number followed by a unit of measure.
    let numberWithUnit: TextPattern
    /// Normalised "see manual" phrases.
    let seeManualPhrases: [String]
    /// Normalised values that state a fact about use, not how to use (`partial assembly`).
    let nonInstructionValues: Set<String>
    let minimumInstructionLength: ValueListData.MinimumLength
    let manufacturerContact: [TextPattern]

    /// The vocabularies embedded in the binary, compiled once.
    static let embedded = ValueVocabulary(values: .embedded)

    init(values: ValueListData) {
        materials = MaterialLexicon(materials: values.materials)
        let normalisedPlaceholders = values.placeholders.map(FieldKey.normalise)
        placeholders = Set(normalisedPlaceholders.filter { !$0.isEmpty })
        distinctivePlaceholders = normalisedPlaceholders.filter { key in
            let ideographs = key.unicodeScalars.filter(FieldKey.isIdeograph).count
            return ideographs >= 2 || (ideographs == 0 && key.count >= 6)
        }
        marketingWords = values.marketingMaterialWords.map(FieldKey.fold).sorted { $0.count > $1.count }
        nonStandardFibres = values.nonStandardFibres
        sizeLabels = Set(values.sizeLabels.map(FieldKey.normalise))
        sizeSystemPrefixes = values.sizeSystemPrefixes.map(FieldKey.fold)
        func alternation(_ units: [String]) -> String {
            units.sorted { $0.count > $1.count }
                .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s*") }
                .joined(separator: "|")
        }
        let words = values.units.filter { $0.contains { $0.isLetter } }
        let marks = values.units.filter { !$0.contains { $0.isLetter } }
        // A unit right after a number: a word unit not followed by a letter (so `5 mins` is no metre),
        // or an inch or foot mark, which may be followed by a letter (`5"H`). The units are escaped, so
        // the pattern always compiles; a failure is a defect in this file.
        let pattern = "\\d\\s*(?:(?:" + alternation(words) + ")(?![a-z])|(?:" + alternation(marks) + "))"
        guard let unitPattern = try? TextPattern(pattern, caseInsensitive: true) else {
            preconditionFailure("the unit pattern built from values.json does not compile")
        }
        numberWithUnit = unitPattern
        seeManualPhrases = values.seeManualPhrases.map(FieldKey.normalise)
        nonInstructionValues = Set(values.nonInstructionValues.map(FieldKey.normalise))
        minimumInstructionLength = values.minimumInstructionLength
        manufacturerContact = values.manufacturerContactPatterns.compactMap { try? TextPattern($0) }
    }
}
