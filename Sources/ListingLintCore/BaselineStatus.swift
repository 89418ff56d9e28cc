/// How a run compared with a baseline of accepted findings (`--baseline FILE`).
///
/// Findings recorded in the baseline are suppressed: they are left out of the report's listings
/// (scores and the summary still count them, because they describe the listings as they are) and
/// do not fail the run. Only new findings are reported and can fail it.
public struct BaselineStatus: Codable, Sendable, Hashable {
    /// The baseline file as given on the command line.
    public var file: String
    /// Findings matched by a baseline entry and left out of the report.
    public var suppressed: Int
    /// Findings not in the baseline: the ones reported.
    public var new: Int
    /// Baseline entries (or parts of their counts) no longer found: remove them so the baseline shrinks.
    public var stale: [BaselineEntry]

    public init(file: String, suppressed: Int, new: Int, stale: [BaselineEntry]) {
        self.file = file
        self.suppressed = suppressed
        self.new = new
        self.stale = stale
    }
}

/// One accepted finding pattern: a listing, a rule and the normalised evidence, with how many
/// findings of that pattern the listing had. Keyed by content, never by line, so edits elsewhere
/// in a page do not invalidate it.
public struct BaselineEntry: Codable, Sendable, Hashable {
    /// The listing id.
    public var listing: String
    public var rule: String
    /// The evidence normalised (compatibility-mapped, trimmed, whitespace collapsed, lower-cased);
    /// empty for findings without evidence, such as a missing field.
    public var evidence: String
    /// How many findings share this listing, rule and evidence.
    public var count: Int

    public init(listing: String, rule: String, evidence: String, count: Int) {
        self.listing = listing
        self.rule = rule
        self.evidence = evidence
        self.count = count
    }
}
