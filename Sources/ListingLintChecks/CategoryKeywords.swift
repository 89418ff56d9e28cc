import ListingLintCore
import ListingLintMatching

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
    /// Every distinct keyword, as folded UTF-8: one pass over a text finds them all.
    private let automaton: AhoCorasick
    /// Per automaton pattern, the indices into `entries` spelled that way (a keyword of two categories).
    private let entriesOfPattern: [[Int]]
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
        var patternOfSpelling: [[UInt8]: Int] = [:]
        var entriesOfPattern: [[Int]] = []
        for (index, entry) in entries.enumerated() {
            if let pattern = patternOfSpelling[entry.bytes] {
                entriesOfPattern[pattern].append(index)
            } else {
                patternOfSpelling[entry.bytes] = entriesOfPattern.count
                entriesOfPattern.append([index])
            }
        }
        self.entries = entries
        self.entriesOfPattern = entriesOfPattern
        automaton = AhoCorasick(patterns: entriesOfPattern.map { entries[$0[0]].bytes.map(UInt32.init) })
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
            automaton.scan(utf8: bytes) { pattern, matchEnd in
                let start = matchEnd - automaton.patternLengths[pattern]
                for index in entriesOfPattern[pattern] where start >= nextAllowedStart[index] {
                    var end = matchEnd
                    nextAllowedStart[index] = end
                    if entries[index].isASCII {
                        guard Self.isBoundary(before: start, in: folded) else { continue }
                        end = Self.pluralEnd(after: end, in: folded)
                        guard Self.isBoundary(after: end, in: folded) else { continue }
                    }
                    found.append((index, start, end))
                }
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
        index == 0 || !isWordByte(text[index - 1])
    }

    private static func isBoundary(after index: Int, in text: [UInt8]) -> Bool {
        index == text.count || !isWordByte(text[index])
    }

    /// Where a plural `es` or `s` after a keyword ends, when one follows as the end of the word.
    private static func pluralEnd(after index: Int, in text: [UInt8]) -> Int {
        for suffix: [UInt8] in [[0x65, 0x73], [0x73]] where UTF8Search.matches(suffix, in: text, at: index) {
            let end = index + suffix.count
            if isBoundary(after: end, in: text) { return end }
        }
        return index
    }

    /// An ASCII letter or digit (a byte of a UTF-8 multi-byte scalar never is).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
