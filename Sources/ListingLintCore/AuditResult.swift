/// What a catalogue audit found: the summary plus the bounded samples a report shows, and the
/// history it is compared against.
public struct AuditResult: Sendable {
    public var summary: CatalogueSummary
    /// The lowest-scoring listings, worst first.
    public var worst: [ListingReport]
    /// The first input errors (all are counted in the summary).
    public var inputErrors: [InputFailure]
    /// False when the audit was interrupted before the end.
    public var completed: Bool
    /// Wall time in seconds.
    public var seconds: Double
    /// When it started (ISO 8601, UTC).
    public var startedAt: String
    /// The previous audit's summary, when history has one.
    public var previous: CatalogueSummary?
    /// Past audits, oldest first, ending with this one when it was recorded.
    public var trend: [TrendPoint]

    public init(
        summary: CatalogueSummary,
        worst: [ListingReport],
        inputErrors: [InputFailure],
        completed: Bool,
        seconds: Double,
        startedAt: String,
        previous: CatalogueSummary? = nil,
        trend: [TrendPoint] = []
    ) {
        self.summary = summary
        self.worst = worst
        self.inputErrors = inputErrors
        self.completed = completed
        self.seconds = seconds
        self.startedAt = startedAt
        self.previous = previous
        self.trend = trend
    }
}

/// One past audit's headline figures, for trend charts and `listinglint history`.
public struct TrendPoint: Codable, Sendable, Hashable {
    /// ISO 8601 start time.
    public var startedAt: String
    public var listings: Int
    /// Mean listing score (0–100).
    public var meanScore: Double
    /// Share (0–1) of fully transparent listings.
    public var transparencyShare: Double
    public var ruleSet: String

    public init(startedAt: String, listings: Int, meanScore: Double, transparencyShare: Double, ruleSet: String) {
        self.startedAt = startedAt
        self.listings = listings
        self.meanScore = meanScore
        self.transparencyShare = transparencyShare
        self.ruleSet = ruleSet
    }
}
