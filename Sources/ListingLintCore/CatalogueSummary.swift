/// The figures of a set of listings as integer sums and counts only, so summaries of any split of a
/// catalogue add up exactly to the summary of the whole (`merging(_:)`). Ratios are derived on
/// demand, never stored.
public struct CatalogueSummary: Codable, Sendable, Equatable {
    /// The rule set the listings were checked with; summaries of different rule sets never merge.
    public var ruleSet: String
    /// The inputs counted, sorted: a file path, or `path:FIRST-LAST` for the lines of a JSON Lines
    /// stream. Overlapping inputs never merge; contiguous line ranges of one path coalesce, so any
    /// split of a catalogue merges to the same bytes as one audit of the whole.
    public var inputs: [String]
    /// Listings the readers produced plus inputs or records they could not read.
    public var read: Int
    /// Listings checked.
    public var checked: Int
    /// Inputs or records that could not be read into a listing.
    public var failed: Int
    /// Sum of checked listings' scores.
    public var scoreSum: Int
    /// Listings whose required fields are all present and meaningful.
    public var fullyTransparent: Int
    /// Listings per grade letter.
    public var grades: [String: Int]
    /// Field → state → listings.
    public var fields: [String: [String: Int]]
    /// Rule id → findings.
    public var rules: [String: Int]
    /// Rule id → its findings of severity `info`: advice that costs no points (vague praise, title
    /// style). They are in `rules` too. Absent in summaries written before it existed.
    public var advice: [String: Int]?
    /// Severity → findings.
    public var severities: [String: Int]
    /// Category → tallies.
    public var categories: [String: GroupTally]
    /// Seller → tallies (listings without a seller are counted under `(unknown)`).
    public var sellers: [String: GroupTally]

    public init(ruleSet: String, inputs: [String] = []) {
        self.ruleSet = ruleSet
        self.inputs = inputs
        read = 0
        checked = 0
        failed = 0
        scoreSum = 0
        fullyTransparent = 0
        grades = [:]
        fields = [:]
        rules = [:]
        advice = [:]
        severities = [:]
        categories = [:]
        sellers = [:]
    }

    /// Counts one checked listing.
    public mutating func add(_ report: ListingReport) {
        read += 1
        checked += 1
        scoreSum += report.score
        if report.isFullyTransparent { fullyTransparent += 1 }
        grades[report.grade.rawValue, default: 0] += 1
        for field in report.fields {
            fields[field.field, default: [:]][field.state.rawValue, default: 0] += 1
        }
        for finding in report.findings {
            RuleCounts.count(finding, rules: &rules, advice: &advice)
            severities[finding.severity.rawValue, default: 0] += 1
        }
        categories[report.category.name, default: GroupTally()].add(report)
        sellers[report.seller ?? "(unknown)", default: GroupTally()].add(report)
    }

    /// Counts one input or record that could not be read, and its `input-error` rule.
    public mutating func addFailure(rule: String) {
        read += 1
        failed += 1
        rules[rule, default: 0] += 1
        severities[Severity.error.rawValue, default: 0] += 1
    }

    /// `rules` without the rules whose findings were all advice: what a ranking of rules shows, so
    /// praise that costs nothing does not crowd out the rules that lower the score.
    public var rankedRules: [String: Int] { RuleCounts.ranked(rules, advice: advice) }

    /// Mean score of checked listings (0 when none).
    public var meanScore: Double { checked == 0 ? 0 : Double(scoreSum) / Double(checked) }

    /// Share (0–1) of checked listings that are fully transparent.
    public var transparencyShare: Double { checked == 0 ? 0 : Double(fullyTransparent) / Double(checked) }

    /// The sum of two summaries.
    ///
    /// - Throws: `SummaryMergeError` if the rule sets differ or the inputs overlap.
    public func merging(_ other: CatalogueSummary) throws(SummaryMergeError) -> CatalogueSummary {
        guard ruleSet == other.ruleSet else {
            throw .differentRuleSets(ruleSet, other.ruleSet)
        }
        var merged = self
        merged.inputs = try InputCoverage.union(inputs, other.inputs)
        merged.read += other.read
        merged.checked += other.checked
        merged.failed += other.failed
        merged.scoreSum += other.scoreSum
        merged.fullyTransparent += other.fullyTransparent
        merged.grades.merge(other.grades, uniquingKeysWith: +)
        merged.fields.merge(other.fields) { $0.merging($1, uniquingKeysWith: +) }
        merged.rules.merge(other.rules, uniquingKeysWith: +)
        merged.advice = (advice ?? [:]).merging(other.advice ?? [:], uniquingKeysWith: +)
        merged.severities.merge(other.severities, uniquingKeysWith: +)
        merged.categories.merge(other.categories) { $0.merging($1) }
        merged.sellers.merge(other.sellers) { $0.merging($1) }
        return merged
    }
}

/// Integer tallies of one group of listings (a category or a seller).
public struct GroupTally: Codable, Sendable, Equatable {
    public var listings = 0
    public var scoreSum = 0
    public var fullyTransparent = 0
    /// Rule id → findings in this group.
    public var rules: [String: Int] = [:]
    /// Rule id → its findings of severity `info` (see `CatalogueSummary.advice`).
    public var advice: [String: Int]? = [:]

    public init() {}

    public mutating func add(_ report: ListingReport) {
        listings += 1
        scoreSum += report.score
        if report.isFullyTransparent { fullyTransparent += 1 }
        for finding in report.findings { RuleCounts.count(finding, rules: &rules, advice: &advice) }
    }

    /// `rules` without the rules whose findings were all advice (see `CatalogueSummary.rankedRules`).
    public var rankedRules: [String: Int] { RuleCounts.ranked(rules, advice: advice) }

    public func merging(_ other: GroupTally) -> GroupTally {
        var merged = self
        merged.listings += other.listings
        merged.scoreSum += other.scoreSum
        merged.fullyTransparent += other.fullyTransparent
        merged.rules.merge(other.rules, uniquingKeysWith: +)
        merged.advice = (advice ?? [:]).merging(other.advice ?? [:], uniquingKeysWith: +)
        return merged
    }

    public var meanScore: Double { listings == 0 ? 0 : Double(scoreSum) / Double(listings) }
    public var transparencyShare: Double { listings == 0 ? 0 : Double(fullyTransparent) / Double(listings) }
}

/// Why two summaries cannot be added.
public enum SummaryMergeError: Error, Equatable, CustomStringConvertible {
    case differentRuleSets(String, String)
    case overlappingInputs([String])

    public var description: String {
        switch self {
        case let .differentRuleSets(a, b):
            "summaries were made with different rule sets (\(a) and \(b)); re-run the audit with one rule set"
        case let .overlappingInputs(inputs):
            "summaries overlap in \(inputs.count) input(s), e.g. \(inputs.prefix(3).joined(separator: ", ")): each input must be counted once"
        }
    }
}

/// The per-rule tallies `CatalogueSummary` and `GroupTally` share: every finding under `rules`, those of
/// severity `info` also under `advice`.
private enum RuleCounts {
    static func count(_ finding: Finding, rules: inout [String: Int], advice: inout [String: Int]?) {
        rules[finding.rule, default: 0] += 1
        if finding.severity == .info { advice?[finding.rule, default: 0] += 1 }
    }

    /// `rules` without the rules whose findings were all advice.
    static func ranked(_ rules: [String: Int], advice: [String: Int]?) -> [String: Int] {
        rules.filter { $0.value > advice?[$0.key] ?? 0 }
    }
}
