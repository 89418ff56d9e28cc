import ListingLintMatching

/// One Aho–Corasick automaton over the UTF-8 spellings of a word list whose entries may share a
/// spelling (`abs` twice among the materials, 零食 in two categories): a scan reports every entry at
/// every occurrence, in one pass over the text.
struct WordListAutomaton: Sendable {
    private let automaton: AhoCorasick
    /// Per automaton pattern, the indices of the entries spelled that way, in list order.
    private let entriesOfPattern: [[Int]]

    /// - Parameter spellings: per entry, its UTF-8 spelling.
    init(spellings: [[UInt8]]) {
        var patternOfSpelling: [[UInt8]: Int] = [:]
        var entriesOfPattern: [[Int]] = []
        for (entry, spelling) in spellings.enumerated() {
            if let pattern = patternOfSpelling[spelling] {
                entriesOfPattern[pattern].append(entry)
            } else {
                patternOfSpelling[spelling] = entriesOfPattern.count
                entriesOfPattern.append([entry])
            }
        }
        self.entriesOfPattern = entriesOfPattern
        automaton = AhoCorasick(patterns: entriesOfPattern.map { spellings[$0[0]].map(UInt32.init) })
    }

    /// Calls `report(entry, range)` for every entry at every occurrence in the UTF-8 `text` (the range
    /// in bytes), in order of the occurrences' ends.
    func scan(_ text: UnsafeBufferPointer<UInt8>, report: (Int, Range<Int>) -> Void) {
        automaton.scan(utf8: text) { pattern, end in
            let range = (end - automaton.patternLengths[pattern])..<end
            for entry in entriesOfPattern[pattern] { report(entry, range) }
        }
    }

    /// An ASCII letter or digit: what an alphabetic word-list entry must not touch on either side (a
    /// byte of a UTF-8 multi-byte scalar never is one).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
