import Testing
@testable import ListingLintChecks

/// The trigger pass (one Aho–Corasick scan over the text's UTF-8) decides which free-text patterns run;
/// it must decide exactly what the conditions say, checked here against a plain reading of them.
@Suite struct PatternTriggersTests {
    static let conditions: [PatternTriggers.Condition] = [
        .init(anyOf: ["size", "尺寸"], atWordStart: false, needsDigit: true),
        .init(anyOf: ["wash", "洗"], atWordStart: true, needsDigit: false),
        .init(anyOf: ["cm"], atWordStart: true, needsDigit: true),
        .init(anyOf: nil, atWordStart: false, needsDigit: true),
        .init(anyOf: [], atWordStart: false, needsDigit: false),
        .init(anyOf: ["Cotton", "棉", "é"], atWordStart: true, needsDigit: false),
        .init(anyOf: ["full"], atWordStart: true, needsDigit: false),
    ]
    static let pieces = [
        "size", "SIZE", "Size", "尺寸", "尺", "寸", "wash", "WASH", "handwash", "洗", "水洗", "cm", "CM", "xcm", "cotton",
        "COTTON", "棉", "é", "Éé", "full", "carefully", "fully", "1", "９", "０", "ｓｉｚｅ", " ", "-", "a", "Z", "😀",
        "\u{FFFF}", "的",
    ]

    /// Whether the pattern runs, straight from its condition: a trigger word occurs (ASCII letters in
    /// any case; at a word start when the condition asks and the word starts with an ASCII letter),
    /// and a digit is there when one is needed.
    static func reference(_ condition: PatternTriggers.Condition, _ text: String) -> Bool {
        func fold(_ scalar: Unicode.Scalar) -> UInt32 { ("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value }
        func isASCIILetter(_ value: UInt32) -> Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        let scalars = text.unicodeScalars.map(fold)
        let hasDigit = text.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
        if condition.needsDigit && !hasDigit { return false }
        guard let words = condition.anyOf, !words.isEmpty else { return true }
        for word in words {
            let key = word.unicodeScalars.map(fold)
            guard key.count <= scalars.count else { continue }
            for start in 0...(scalars.count - key.count) where Array(scalars[start..<(start + key.count)]) == key {
                if condition.atWordStart, isASCIILetter(key[0]), start > 0, isASCIILetter(scalars[start - 1]) { continue }
                return true
            }
        }
        return false
    }

    @Test func triggersDecideWhatTheConditionsSay() {
        let triggers = PatternTriggers(patterns: Self.conditions)
        var generator = SeededGenerator(state: 11)
        var wrong: [String] = []
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let run = triggers.patternsToRun(in: text)
            let expected = Self.conditions.map { Self.reference($0, text) }
            if run != expected { wrong.append(text) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }
}
