import ListingLintMatching

/// Cheap necessary conditions for the free-text patterns, checked before any regular expression runs.
///
/// A pattern runs on a text only when one of its trigger words occurs there (ASCII letters compared
/// case-insensitively) and, if it needs one, the text has a digit. One Aho–Corasick pass finds the
/// triggers of every pattern at once, so most patterns never run on most texts: running every ICU
/// pattern over every segment was most of the time a listing took to check.
struct PatternTriggers: Sendable {
    private let automaton: AhoCorasick
    /// Trigger word index → the patterns it enables.
    private let patternsOfTrigger: [[Int]]
    /// Per pattern: whether it has no trigger words (runs whenever its digit condition holds).
    private let untriggered: [Bool]
    /// Per pattern: whether it needs a digit.
    private let needsDigit: [Bool]

    /// - Parameter patterns: per pattern index, its trigger words (nil: none) and whether it needs a digit.
    init(patterns: [(anyOf: [String]?, needsDigit: Bool)]) {
        var words: [String: Int] = [:]
        var patternsOfTrigger: [[Int]] = []
        for (index, pattern) in patterns.enumerated() {
            for word in pattern.anyOf ?? [] {
                let key = String(String.UnicodeScalarView(word.unicodeScalars.map(Self.folded)))
                if let existing = words[key] {
                    patternsOfTrigger[existing].append(index)
                } else {
                    words[key] = patternsOfTrigger.count
                    patternsOfTrigger.append([index])
                }
            }
        }
        let ordered = words.sorted { $0.value < $1.value }.map(\.key)
        automaton = AhoCorasick(patterns: ordered.map { $0.unicodeScalars.map(\.value) })
        self.patternsOfTrigger = patternsOfTrigger
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
        automaton.scan(scalars) { trigger, _ in
            for pattern in patternsOfTrigger[trigger] { run[pattern] = true }
        }
        for index in run.indices where needsDigit[index] && !hasDigit { run[index] = false }
        return run
    }

    /// ASCII letters lower-cased; everything else as it is.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// ASCII and full-width digits (what listings use; ICU's `\d` also takes other scripts' digits,
    /// which a zh/en listing does not write its sizes in).
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
