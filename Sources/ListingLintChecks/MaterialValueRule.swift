import Foundation

/// Material values: marketing words with no material named (优质面料, premium fabric), and — for
/// textiles — non-standard fibre names (天丝 → 莱赛尔纤维) and a fibre composition without percentages
/// or not adding up to about 100% (GB/T 29862; EU Regulation 1007/2011 Art. 16(1)).
struct MaterialValueRule: Sendable {
    let values: ValueVocabulary
    /// Apply the fibre-name rule (category profile value rule `fibre-names`).
    var checksFibreNames: Bool
    /// Apply the composition rule (category profile value rule `fibre-composition`).
    var checksComposition: Bool

    /// A composition group adds up to 100% within ±2 points: room for rounding (33% + 33% + 33%),
    /// not for a missing fibre (95% merino wool with the elastane left out).
    static let compositionTolerance = 98.0...102.0

    func check(_ value: String) -> ValueVerdict {
        let folded = FieldKey.fold(value)
        let families = values.materials.families(in: value)
        if families.isEmpty, let word = values.marketingWords.first(where: { folded.containsBytes(of: $0) }) {
            return .vague(message: Self.marketingMessage(value, word: word), suggestion: Self.marketingSuggestion)
        }
        if checksFibreNames, let fibre = values.nonStandardFibres.first(where: { Self.mentions(folded, FieldKey.fold($0.term)) }) {
            return .invalid(
                message: Self.fibreNameMessage(fibre.term, note: fibre.note),
                suggestion: "use the standard fibre name: \(fibre.standard)"
            )
        }
        if checksComposition, !families.isDisjoint(with: MaterialLexicon.fibreFamilies) {
            let percentages = Self.percentages(in: value)
            if percentages.isEmpty {
                return .invalid(message: Self.noPercentagesMessage(value), suggestion: Self.compositionSuggestion)
            }
            if let total = Self.unbalancedTotal(percentages) {
                return .invalid(message: Self.totalMessage(value, total: total), suggestion: Self.compositionSuggestion)
            }
        }
        return .meaningful
    }

    /// Whether a fibre term occurs in the folded text (as a word, for alphabetic terms).
    private static func mentions(_ text: String, _ term: String) -> Bool {
        term.unicodeScalars.allSatisfy(\.isASCII) ? MaterialLexicon.containsWord(term, in: text) : text.containsBytes(of: term)
    }

    /// The percentages stated, in order (`95%`, `5 ％`).
    static func percentages(in value: String) -> [Double] {
        var found: [Double] = []
        var digits = ""
        for character in value + " " {
            if character.isASCII, character.isNumber || (character == "." && !digits.isEmpty) {
                digits.append(character)
                continue
            }
            if character == "%" || character == "％", let number = Double(digits) { found.append(number) }
            if character != " " { digits = "" }
        }
        return found
    }

    /// The running total that does not close to about 100%, or nil when every group does
    /// (`面料 95% 棉 5% 氨纶 里料 100% 涤纶` is two groups of 100%). A group closes once it reaches about
    /// 100% and the next percentage would take it past the tolerance.
    static func unbalancedTotal(_ percentages: [Double]) -> Double? {
        var running = 0.0
        for (index, percentage) in percentages.enumerated() {
            running += percentage
            let next = index + 1 < percentages.count ? percentages[index + 1] : nil
            if compositionTolerance.contains(running), next.map({ running + $0 > compositionTolerance.upperBound }) ?? true {
                running = 0
            }
        }
        return running == 0 ? nil : running
    }

    private static let marketingSuggestion = "name the material itself (e.g. 100% 棉, solid oak), not its quality"
    private static let compositionSuggestion = "state each fibre with its percentage, adding up to 100% (e.g. 95% 棉 5% 氨纶)"

    private static func marketingMessage(_ value: String, word: String) -> String {
        "material \"\(value)\" is marketing wording (\(word)) and names no material"
    }

    private static func fibreNameMessage(_ term: String, note: String) -> String {
        "fibre name \"\(term)\" is not a standard fibre name (\(note))"
    }

    private static func noPercentagesMessage(_ value: String) -> String {
        "fibre composition \"\(value)\" gives no percentages"
    }

    private static func totalMessage(_ value: String, total: Double) -> String {
        let shown = total == total.rounded() ? String(Int(total)) : String(format: "%.1f", total)
        return "fibre composition \"\(value)\" adds up to \(shown)%, not 100%"
    }
}
