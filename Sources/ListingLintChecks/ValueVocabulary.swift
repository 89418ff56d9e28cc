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
        let units = values.units.sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s*") }
            .joined(separator: "|")
        // A unit right after a number, not followed by a letter (so `5 mins` is no metre). The units
        // are escaped, so the pattern always compiles; a failure is a defect in this file.
        guard let unitPattern = try? TextPattern("\\d\\s*(?:" + units + ")(?![a-z])", caseInsensitive: true) else {
            preconditionFailure("the unit pattern built from values.json does not compile")
        }
        numberWithUnit = unitPattern
        seeManualPhrases = values.seeManualPhrases.map(FieldKey.normalise)
        nonInstructionValues = Set(values.nonInstructionValues.map(FieldKey.normalise))
        minimumInstructionLength = values.minimumInstructionLength
        manufacturerContact = values.manufacturerContactPatterns.compactMap { try? TextPattern($0) }
    }
}
