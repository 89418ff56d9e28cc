import ListingLintMatching

/// Cheap necessary conditions for the free-text patterns, checked before any regular expression runs.
///
/// A pattern runs on a text only when one of its trigger words occurs there (ASCII letters compared
/// case-insensitively; for a pattern marked `wordStart`, a word starting with a letter only at the
/// start of a word) and, if it needs one, the text has a digit. One Aho–Corasick pass finds the
/// triggers of every pattern at once, so most patterns never run on most texts: running every ICU
/// pattern over every segment was most of the time a listing took to check.
struct PatternTriggers: Sendable {
    /// When one pattern needs to run.
    struct Condition: Sendable {
        /// Trigger words (nil: none, the pattern runs whenever its digit condition holds).
        var anyOf: [String]?
        /// Triggers starting with an ASCII letter count only where no ASCII letter precedes them.
        var atWordStart: Bool
        var needsDigit: Bool
    }

    private let automaton: AhoCorasick
    /// Trigger word index → the patterns it enables anywhere, and those it enables only at a word start.
    private let patternsOfTrigger: [(anywhere: [Int], atWordStart: [Int])]
    /// Trigger word index → its length in scalars.
    private let triggerLengths: [Int]
    /// Per pattern: whether it has no trigger words (runs whenever its digit condition holds).
    private let untriggered: [Bool]
    /// Per pattern: whether it needs a digit.
    private let needsDigit: [Bool]

    init(patterns: [Condition]) {
        var words: [String: Int] = [:]
        var patternsOfTrigger: [(anywhere: [Int], atWordStart: [Int])] = []
        for (index, pattern) in patterns.enumerated() {
            for word in pattern.anyOf ?? [] {
                let key = String(String.UnicodeScalarView(word.unicodeScalars.map(Self.folded)))
                let trigger = words[key] ?? patternsOfTrigger.count
                if trigger == patternsOfTrigger.count {
                    words[key] = trigger
                    patternsOfTrigger.append(([], []))
                }
                if pattern.atWordStart, let first = key.unicodeScalars.first, Self.isASCIILetter(first) {
                    patternsOfTrigger[trigger].atWordStart.append(index)
                } else {
                    patternsOfTrigger[trigger].anywhere.append(index)
                }
            }
        }
        let ordered = words.sorted { $0.value < $1.value }.map(\.key)
        automaton = AhoCorasick(patterns: ordered.map { $0.unicodeScalars.map(\.value) })
        self.patternsOfTrigger = patternsOfTrigger
        triggerLengths = ordered.map { $0.unicodeScalars.count }
        untriggered = patterns.map { $0.anyOf?.isEmpty ?? true }
        needsDigit = patterns.map(\.needsDigit)
    }

    /// Per pattern index, whether the pattern may match `text` and so must be run.
    func patternsToRun(in text: String) -> [Bool] {
        var hasDigit = false
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if Self.isDigit(scalar) { hasDigit = true }
            scalars.append(Self.folded(scalar).value)
        }
        var run = untriggered
        automaton.scan(scalars) { trigger, end in
            let enabled = patternsOfTrigger[trigger]
            for pattern in enabled.anywhere { run[pattern] = true }
            guard !enabled.atWordStart.isEmpty else { return }
            let start = end - triggerLengths[trigger]
            if start == 0 || !Self.isASCIILetter(Unicode.Scalar(scalars[start - 1]) ?? " ") {
                for pattern in enabled.atWordStart { run[pattern] = true }
            }
        }
        for index in run.indices where needsDigit[index] && !hasDigit { run[index] = false }
        return run
    }

    /// ASCII letters lower-cased; everything else as it is.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// ASCII letters (a word boundary in the pattern also stops at other letters, so letting them
    /// through only runs a pattern that then finds nothing).
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// ASCII and full-width digits (what listings use; ICU's `\d` also takes other scripts' digits,
    /// which a zh/en listing does not write its sizes in).
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
