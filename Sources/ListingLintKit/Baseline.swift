import Foundation
public import ListingLintCore
import ListingLintReport

/// Accepted findings (`schemas/baseline.schema.json`), so a catalogue with years of debt can adopt
/// the linter and fail only on new problems.
///
/// Entries are keyed by listing id + rule + normalised evidence (`FindingKey`), never by line, and
/// counted: a listing with the claim 最佳 twice has one entry with count 2, and a third 最佳 is new.
/// Input errors are never recorded: an unreadable input always fails the run.
public struct Baseline: Codable, Sendable, Equatable {
    /// The file format's version.
    public static let formatVersion = 1

    public var version: Int
    /// The rule set the findings were recorded with (for people: rule changes may make entries stale).
    public var ruleSet: String
    /// Sorted by listing, rule, evidence; one entry per key.
    public var entries: [BaselineEntry]

    public init(ruleSet: String, entries: [BaselineEntry]) {
        version = Self.formatVersion
        self.ruleSet = ruleSet
        self.entries = entries
    }

    /// The baseline accepting every finding of `report`'s listings.
    public init(recording report: RunReport) {
        var counts: [FindingKey: Int] = [:]
        for listing in report.listings {
            for finding in listing.findings {
                counts[FindingKey(listing: listing.id, finding: finding), default: 0] += 1
            }
        }
        self.init(ruleSet: report.tool.ruleSet, entries: Self.entries(counts))
    }

    /// How many findings the baseline accepts in all.
    public var findingCount: Int { entries.reduce(0) { $0 + $1.count } }

    /// The report with the accepted findings taken out of its listings and `baseline` set: how many
    /// were suppressed, how many are new, and the entries no longer found (stale). Scores and the
    /// summary are left as they are: they describe the listings, not the debt.
    ///
    /// Within a listing, the first *count* findings of a key (in report order) are the accepted ones.
    public func apply(to report: RunReport, file: String) -> RunReport {
        var matcher = Matcher(self)
        var filtered = report
        filtered.listings = report.listings.map { matcher.filter($0) }
        filtered.baseline = matcher.status(file: file)
        return filtered
    }

    /// Applies a baseline one listing at a time, for reports written as listings finish.
    public struct Matcher: Sendable {
        private var remaining: [FindingKey: Int] = [:]
        private var suppressed = 0
        private var new = 0

        public init(_ baseline: Baseline) {
            for entry in baseline.entries {
                let key = FindingKey(listing: entry.listing, rule: entry.rule, evidence: FindingKey.normalize(entry.evidence))
                remaining[key, default: 0] += entry.count
            }
        }

        /// The listing without its accepted findings: the first *count* findings of each key.
        public mutating func filter(_ listing: ListingReport) -> ListingReport {
            var filtered = listing
            filtered.findings = listing.findings.filter { finding in
                let key = FindingKey(listing: listing.id, finding: finding)
                if let left = remaining[key], left > 0 {
                    remaining[key] = left - 1
                    suppressed += 1
                    return false
                }
                new += 1
                return true
            }
            return filtered
        }

        /// The comparison so far; entries not matched by any listing filtered so far are stale.
        public func status(file: String) -> BaselineStatus {
            BaselineStatus(file: file, suppressed: suppressed, new: new, stale: Baseline.entries(remaining))
        }
    }

    /// Reads a baseline file.
    public static func load(from path: String) throws(BaselineError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw .malformed(path: path, reason: describe(error))
        }
        guard baseline.version == formatVersion else {
            throw .unsupportedVersion(path: path, version: baseline.version)
        }
        if let bad = baseline.entries.first(where: { $0.count < 1 }) {
            throw .malformed(
                path: path,
                reason: "entry for listing \(bad.listing), rule \(bad.rule) has count \(bad.count); counts start at 1")
        }
        return baseline
    }

    /// The file's text: sorted-key, pretty-printed JSON, stable from run to run (no dates).
    public var json: String { JSONReporter.encode(self) + "\n" }

    /// Writes the baseline to `path` through a temporary file renamed into place.
    public func write(to path: String) throws(ReportWriteError) {
        try ReportWriter.write(json, toFile: path)
    }

    fileprivate static func entries(_ counts: [FindingKey: Int]) -> [BaselineEntry] {
        counts.filter { $0.value > 0 }.keys.sorted().map { key in
            BaselineEntry(listing: key.listing, rule: key.rule, evidence: key.evidence, count: counts[key]!)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing key \"\(key.stringValue)\" at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(path(context.codingPath)): \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            "not valid JSON at \(path(context.codingPath)): \(context.debugDescription)"
        default:
            "\(error)"
        }
    }

    /// A coding path as a JSON pointer.
    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "/" : codingPath.map { "/" + ($0.intValue.map(String.init) ?? $0.stringValue) }.joined()
    }
}

/// Why a baseline file cannot be used.
public enum BaselineError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)
    case unsupportedVersion(path: String, version: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "baseline \(path) cannot be read: \(reason)"
        case .malformed(let path, let reason):
            "baseline \(path) is not a ListingLint baseline: \(reason)"
        case .unsupportedVersion(let path, let version):
            "baseline \(path) has format version \(version); this listinglint reads version "
                + "\(Baseline.formatVersion): rewrite it with --write-baseline"
        }
    }
}
