import ListingLintCore
import Testing

/// The memo behind the value verdicts and attribute statements: one computation per key, and never
/// more than its capacity kept.
@Suite struct BoundedMemoTests {
    final class Counter: @unchecked Sendable {
        var calls = 0
    }

    @Test func computesEachKeyOnce() {
        let memo = BoundedMemo<String, Int>(capacity: 8)
        let counter = Counter()
        for _ in 0..<3 {
            #expect(memo.value(for: "棉") { counter.calls += 1; return 1 } == 1)
            #expect(memo.value(for: "cotton") { counter.calls += 1; return 2 } == 2)
        }
        #expect(counter.calls == 2)
    }

    @Test func startsAgainWhenFull() {
        let memo = BoundedMemo<Int, Int>(capacity: 4)
        let counter = Counter()
        for key in 0..<4 { _ = memo.value(for: key) { counter.calls += 1; return key } }
        _ = memo.value(for: 0) { counter.calls += 1; return 0 }
        #expect(counter.calls == 4, "kept while there is room")
        _ = memo.value(for: 4) { counter.calls += 1; return 4 }
        _ = memo.value(for: 0) { counter.calls += 1; return 0 }
        #expect(counter.calls == 6, "the fifth key emptied the memo, so key 0 is computed again")
    }
}

@Suite struct ExactTextTests {
    @Test func canonicallyEquivalentSpellingsAreDifferentKeys() {
        let composed = "caf\u{E9} 棉", decomposed = "cafe\u{301} 棉"
        #expect(composed == decomposed)  // String's own equality
        #expect(ExactText(composed) != ExactText(decomposed))
        let memo = BoundedMemo<ExactText, Int>(capacity: 8)
        #expect(memo.value(for: ExactText(composed)) { 1 } == 1)
        #expect(memo.value(for: ExactText(decomposed)) { 2 } == 2)
        #expect(memo.value(for: ExactText(composed)) { 3 } == 1)
    }

    @Test func equalTextsHashAlikeAndPrefixesDiffer() {
        let texts = ["", "a", "ab", "纯棉", "纯棉 100%", String(repeating: "尺寸", count: 300)]
        for text in texts {
            let copy = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(ExactText(text) == ExactText(copy))
            #expect(ExactText(text).hashValue == ExactText(copy).hashValue)
        }
        #expect(Set(texts.map(ExactText.init)).count == texts.count)
        #expect(ExactText("ab") != ExactText("abc"))
    }
}
