import ListingLintCore

/// Finds category keywords (zh + en) in text: alphabetic keywords as whole words (a plural `s` or
/// `es` allowed), CJK keywords anywhere, since Chinese text has no spaces between words.
struct CategoryKeywords: Sendable {
    /// One keyword found: its category, the keyword and where the match ends (in characters), so the
    /// last keyword of a title — its head noun, in English and Chinese alike — can win.
    struct Hit {
        var category: String
        var keyword: String
        var end: Int
    }

    private let entries: [(category: String, keyword: String, isASCII: Bool)]
    /// Folded keywords that decide only when no other keyword is found.
    private let ambiguous: Set<String>

    init(profiles: ProfileData) {
        var entries: [(category: String, keyword: String, isASCII: Bool)] = []
        for (name, profile) in profiles.profiles.sorted(by: { $0.key < $1.key }) {
            for keyword in profile.keywords.all {
                let folded = FieldKey.fold(keyword)
                entries.append((name, folded, folded.unicodeScalars.allSatisfy(\.isASCII)))
            }
        }
        self.entries = entries
        ambiguous = Set(profiles.ambiguousKeywords.map(FieldKey.fold))
    }

    /// Every keyword hit in `text`.
    func hits(in text: String) -> [Hit] {
        let folded = FieldKey.fold(text)
        var hits: [Hit] = []
        for entry in entries {
            var searchRange = folded.startIndex..<folded.endIndex
            while let range = folded.range(of: entry.keyword, range: searchRange) {
                searchRange = range.upperBound..<folded.endIndex
                var end = range.upperBound
                if entry.isASCII {
                    guard Self.isBoundary(before: range.lowerBound, in: folded) else { continue }
                    end = Self.pluralEnd(after: end, in: folded)
                    guard Self.isBoundary(after: end, in: folded) else { continue }
                }
                hits.append(Hit(category: entry.category, keyword: entry.keyword, end: folded.distance(from: folded.startIndex, to: end)))
            }
        }
        return hits
    }

    /// The category whose keyword ends last in `text` (longer keyword on a tie), if any; ambiguous
    /// keywords (`top`) only when no other keyword is found.
    func lastHit(in text: String) -> Hit? {
        let all = hits(in: text)
        let clear = all.filter { !ambiguous.contains($0.keyword) }
        return (clear.isEmpty ? all : clear).max { lhs, rhs in
            lhs.end != rhs.end ? lhs.end < rhs.end : lhs.keyword.count < rhs.keyword.count
        }
    }

    private static func isBoundary(before index: String.Index, in text: String) -> Bool {
        index == text.startIndex || !isWordCharacter(text[text.index(before: index)])
    }

    private static func isBoundary(after index: String.Index, in text: String) -> Bool {
        index == text.endIndex || !isWordCharacter(text[index])
    }

    private static func pluralEnd(after index: String.Index, in text: String) -> String.Index {
        for suffix in ["es", "s"] where text[index...].hasPrefix(suffix) {
            let end = text.index(index, offsetBy: suffix.count)
            if isBoundary(after: end, in: text) { return end }
        }
        return index
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
