import ListingLintCore

/// Recognises material names (zh + en) in a value, by material family (`cotton`, `wood`, `metal`…).
struct MaterialLexicon: Sendable {
    /// A material name and the family it belongs to.
    struct Name: Sendable {
        var text: String
        var family: String
        var isASCII: Bool
        var isSingleIdeograph: Bool
    }

    /// Families that are textile fibres (their composition needs percentages in apparel).
    static let fibreFamilies: Set<String> = [
        "cotton", "polyester", "polyamide", "elastane", "wool", "cashmere", "silk", "linen", "viscose", "modal",
        "lyocell", "acrylic",
    ]

    private let names: [Name]
    /// Every name, as folded UTF-8: one pass over a text finds them all.
    private let automaton: WordListAutomaton

    init(materials: [ValueListData.Material]) {
        let names = materials.flatMap { material in
            material.names.map { name in
                let folded = FieldKey.fold(name)
                return Name(
                    text: folded,
                    family: material.canonical,
                    isASCII: folded.unicodeScalars.allSatisfy(\.isASCII),
                    isSingleIdeograph: folded.unicodeScalars.count == 1 && folded.unicodeScalars.allSatisfy(FieldKey.isIdeograph)
                )
            }
        }
        .sorted { $0.text.count > $1.text.count }
        self.names = names
        automaton = WordListAutomaton(spellings: names.map { Array($0.text.utf8) })
    }

    /// The material names found in `text`, longest first, by family.
    ///
    /// - Parameter allowSingleIdeographs: count one-character names such as 棉 or 木; they are reliable
    ///   in a labelled value or a phrase like 95%棉, not in a title (皮 in 皮卡丘 is no leather).
    func recognise(_ text: String, allowSingleIdeographs: Bool = true) -> [(name: String, family: String)] {
        var folded = FieldKey.fold(text)
        var isFound = [Bool](repeating: false, count: names.count)
        folded.withUTF8 { bytes in
            automaton.scan(bytes) { index, range in
                let name = names[index]
                guard !isFound[index], allowSingleIdeographs || !name.isSingleIdeograph else { return }
                isFound[index] = !name.isASCII || Self.isWordBounded(range, in: bytes)
            }
        }
        return names.indices.filter { isFound[$0] }.map { (name: names[$0].text, family: names[$0].family) }
    }

    /// Whether any material name occurs in `text`, even inside a word: a necessary condition for a
    /// part of `text` to name one, checked before looking for phrases that must. Always true for text
    /// outside `FieldKey.quickFold`'s reach: only a scalar-by-scalar fold folds a part of a text into a
    /// part of the folded text (normalisation may compose across the cut).
    func mayNameAny(_ text: String) -> Bool {
        guard var folded = FieldKey.quickFold(text) else { return true }
        var found = false
        folded.withUTF8 { bytes in automaton.scan(bytes) { _, _ in found = true } }
        return found
    }

    /// The material families named in `text`.
    func families(in text: String, allowSingleIdeographs: Bool = true) -> Set<String> {
        Set(recognise(text, allowSingleIdeographs: allowSingleIdeographs).map(\.family))
    }

    /// Whether `word` occurs in `text` with no ASCII letter or digit on either side.
    static func containsWord(_ word: String, in text: String) -> Bool {
        containsWord(Array(word.utf8), in: Array(text.utf8))
    }

    /// Whether the UTF-8 `word` occurs in the UTF-8 `text` with no ASCII letter or digit on either side.
    static func containsWord(_ word: [UInt8], in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            UTF8Search.occurrences(of: word, in: text).contains { start in isWordBounded(start..<(start + word.count), in: bytes) }
        }
    }

    /// Whether the UTF-8 bytes at `range` of `text` have no ASCII letter or digit on either side.
    private static func isWordBounded(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        !(range.lowerBound > 0 && WordListAutomaton.isWordByte(text[range.lowerBound - 1]))
            && !(range.upperBound < text.count && WordListAutomaton.isWordByte(text[range.upperBound]))
    }
}
