import Testing
import ListingLintMatching

/// The automaton finds exactly what a naive matcher finds.
@Suite struct AhoCorasickTests {
    static let alphabet: [UInt32] = [0x61, 0x62, 0x63, 0x6700, 0x597D]  // a b c 最 好

    static func naive(_ patterns: [[UInt32]], _ text: [UInt32]) -> Set<AhoCorasick.Occurrence> {
        var found = Set<AhoCorasick.Occurrence>()
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty && pattern.count <= text.count {
            for start in 0...(text.count - pattern.count) where Array(text[start..<(start + pattern.count)]) == pattern {
                found.insert(AhoCorasick.Occurrence(pattern: index, range: start..<(start + pattern.count)))
            }
        }
        return found
    }

    @Test func matchesNaiveMatcherOnRandomStrings() {
        var generator = SeededGenerator(state: 2026)
        for _ in 0..<500 {
            var patterns: [[UInt32]] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let pattern = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                    Self.alphabet.randomElement(using: &generator)!
                }
                if !patterns.contains(pattern) { patterns.append(pattern) }
            }
            let automaton = AhoCorasick(patterns: patterns)
            for _ in 0..<10 {
                let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                    Self.alphabet.randomElement(using: &generator)!
                } + [0x7A]  // a character in no pattern
                let found = automaton.occurrences(in: text)
                #expect(Set(found) == Self.naive(patterns, text))
                #expect(found.count == Set(found).count)
                #expect(found.map(\.range.upperBound) == found.map(\.range.upperBound).sorted())
            }
        }
    }

    @Test func astralCharactersAndEmptyInput() {
        let automaton = AhoCorasick(patterns: [[0x1F600, 0x61], [0x61]])
        #expect(automaton.occurrences(in: []).isEmpty)
        let found = automaton.occurrences(in: [0x1F600, 0x61, 0x1F600])
        #expect(Set(found) == [
            AhoCorasick.Occurrence(pattern: 0, range: 0..<2), AhoCorasick.Occurrence(pattern: 1, range: 1..<2),
        ])
    }
}
