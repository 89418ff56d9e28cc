import Foundation

/// A thread-safe memo of a pure function's results that never holds more than `capacity` entries.
///
/// Much of a catalogue's text repeats: the same care text, size chart or composition on thousands of
/// listings, the same navigation and footer on every page of a site. Judging one such text runs
/// several patterns; the memo lets an audit judge each distinct one once. When full it starts again
/// empty: a catalogue's common texts come back at once, and memory stays bounded however many
/// distinct ones there are.
package final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var entries: [Key: Value] = [:]

    package init(capacity: Int) {
        self.capacity = capacity
    }

    /// The memoised value for `key`, or `compute()`'s (computed outside the lock, then kept).
    package func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = lock.withLock({ entries[key] }) { return known }
        let computed = compute()
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = computed
        }
        return computed
    }
}
