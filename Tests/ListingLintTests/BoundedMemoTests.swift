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
