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

    init(materials: [ValueListData.Material]) {
        names = materials.flatMap { material in
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
    }

    /// The material names found in `text`, longest first, by family.
    ///
    /// - Parameter allowSingleIdeographs: count one-character names such as 棉 or 木; they are reliable
    ///   in a labelled value or a phrase like 95%棉, not in a title (皮 in 皮卡丘 is no leather).
    func recognise(_ text: String, allowSingleIdeographs: Bool = true) -> [(name: String, family: String)] {
        let folded = FieldKey.fold(text)
        var found: [(name: String, family: String)] = []
        for name in names where allowSingleIdeographs || !name.isSingleIdeograph {
            if name.isASCII ? Self.containsWord(name.text, in: folded) : folded.contains(name.text) {
                found.append((name.text, name.family))
            }
        }
        return found
    }

    /// The material families named in `text`.
    func families(in text: String, allowSingleIdeographs: Bool = true) -> Set<String> {
        Set(recognise(text, allowSingleIdeographs: allowSingleIdeographs).map(\.family))
    }

    /// Whether `word` occurs in `text` with no letter or digit on either side.
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: word, range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isASCII && (character.isLetter || character.isNumber)
    }
}
