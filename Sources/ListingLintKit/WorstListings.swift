public import ListingLintCore

/// Keeps the `capacity` lowest-scoring listings seen, in a deterministic order (score, then source,
/// then id), in memory bounded by twice the capacity: the drill-down of an audit report.
public struct WorstListings: Sendable {
    public let capacity: Int
    private var kept: [ListingReport] = []

    public init(capacity: Int) { self.capacity = capacity }

    public mutating func add(_ report: ListingReport) {
        guard capacity > 0 else { return }
        kept.append(report)
        if kept.count >= capacity * 2 { compact() }
    }

    /// The kept listings, worst first.
    public var listings: [ListingReport] {
        var copy = self
        copy.compact()
        return copy.kept
    }

    private mutating func compact() {
        kept.sort { ($0.score, $0.source, $0.id) < ($1.score, $1.source, $1.id) }
        if kept.count > capacity { kept.removeLast(kept.count - capacity) }
    }
}
