import ListingLintCore

/// Finds category keywords (zh + en) in text: alphabetic keywords as whole words (a plural `s` or
/// `es` allowed), CJK keywords anywhere, since Chinese text has no spaces between words.
struct CategoryKeywords: Sendable {
    /// One keyword found: its category, the keyword and where the match ends (in UTF-8 bytes of the
    /// folded text, which orders matches as characters would), so the last keyword of a title — its
    /// head noun, in English and Chinese alike — can win.
    struct Hit {
        var category: String
        var keyword: String
        var end: Int
    }

    private struct Entry {
        var category: String
        var keyword: String
        var bytes: [UInt8]
        var isASCII: Bool
    }

    private let entries: [Entry]
    /// Every keyword, as folded UTF-8: one pass over a text finds them all.
    private let automaton: WordListAutomaton
    /// Folded keywords that decide only when no other keyword is found.
    private let ambiguous: Set<String>

    init(profiles: ProfileData) {
        var entries: [Entry] = []
        for (name, profile) in profiles.profiles.sorted(by: { $0.key < $1.key }) {
            for keyword in profile.keywords.all {
                let folded = FieldKey.fold(keyword)
                guard !folded.isEmpty else { continue }
                entries.append(Entry(
                    category: name, keyword: folded, bytes: Array(folded.utf8),
                    isASCII: folded.unicodeScalars.allSatisfy(\.isASCII)
                ))
            }
        }
        self.entries = entries
        automaton = WordListAutomaton(spellings: entries.map(\.bytes))
        ambiguous = Set(profiles.ambiguousKeywords.map(FieldKey.fold))
    }

    /// Every keyword hit in `text`, by keyword (in data order) and then by position; occurrences of one
    /// keyword do not overlap.
    func hits(in text: String) -> [Hit] {
        let folded = Array(FieldKey.fold(text).utf8)
        var found: [(entry: Int, start: Int, end: Int)] = []
        var nextAllowedStart = [Int](repeating: 0, count: entries.count)
        // Occurrences come in end order, which for one keyword is start order.
        folded.withUnsafeBufferPointer { bytes in
            automaton.scan(bytes) { index, range in
                guard range.lowerBound >= nextAllowedStart[index] else { return }
                var end = range.upperBound
                nextAllowedStart[index] = end
                if entries[index].isASCII {
                    guard Self.isBoundary(before: range.lowerBound, in: folded) else { return }
                    end = Self.pluralEnd(after: end, in: folded)
                    guard Self.isBoundary(after: end, in: folded) else { return }
                }
                found.append((index, range.lowerBound, end))
            }
        }
        found.sort { $0.entry != $1.entry ? $0.entry < $1.entry : $0.start < $1.start }
        return found.map { Hit(category: entries[$0.entry].category, keyword: entries[$0.entry].keyword, end: $0.end) }
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

    private static func isBoundary(before index: Int, in text: [UInt8]) -> Bool {
        index == 0 || !WordListAutomaton.isWordByte(text[index - 1])
    }

    private static func isBoundary(after index: Int, in text: [UInt8]) -> Bool {
        index == text.count || !WordListAutomaton.isWordByte(text[index])
    }

    /// Where a plural `es` or `s` after a keyword ends, when one follows as the end of the word.
    private static func pluralEnd(after index: Int, in text: [UInt8]) -> Int {
        for suffix: [UInt8] in [[0x65, 0x73], [0x73]] where UTF8Search.matches(suffix, in: text, at: index) {
            let end = index + suffix.count
            if isBoundary(after: end, in: text) { return end }
        }
        return index
    }
}
