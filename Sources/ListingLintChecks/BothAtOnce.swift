import Dispatch

/// Runs two independent pieces of work on two threads and returns both results.
///
/// Used for start-up: building the claim matcher and the field vocabulary each take tens of
/// milliseconds, and a one-listing check is mostly start-up.
func bothAtOnce<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let firstResult = ResultSlot<First>()
    let secondResult = ResultSlot<Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstResult.value = first() } else { secondResult.value = second() }
    }
    return (firstResult.value!, secondResult.value!)
}

/// A result written by exactly one thread before `concurrentPerform` returns, and read only after.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
