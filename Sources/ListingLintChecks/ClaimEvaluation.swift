public import ListingLintCore
import Foundation

/// Scores the claims check against an evaluation set: JSON Lines of
/// `{"text": "...", "lang": "zh|en", "field": "description|title|material|review", "expect":
/// [{"category": "...", "evidence": "..."}]}` (an empty `expect` is a clean sentence).
///
/// Each sentence becomes a one-segment listing (a title, a description, the value of a `material`
/// attribute, or a buyer's review, which is never the seller's claim) checked by `ClaimJudge`. A
/// finding matches an expectation of the same category whose evidence overlaps it (one contains the
/// other); each expectation matches at most one finding. Matched = true positive; unmatched finding =
/// false positive of its category; unmatched expectation = false negative. Findings of one category on
/// the same text and place (rules of two jurisdictions naming the same claim) count once.
public struct ClaimEvaluation: Sendable {
    /// One line of the evaluation set.
    public struct Case: Decodable, Sendable {
        public var text: String
        public var lang: String?
        public var field: String?
        public var expect: [Expected]
    }

    public struct Expected: Decodable, Sendable {
        public var category: String
        public var evidence: String
    }

    /// Counts for one category.
    public struct Tally: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        public var precision: Double? {
            truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double? {
            truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    /// Per-category tallies, the line errors, and the sentences scored.
    public struct Result: Sendable {
        public var tallies: [String: Tally] = [:]
        public var errors: [String] = []
        public var cases = 0
        /// Sentences with a false positive or negative: line number, text, what went wrong.
        public var misses: [String] = []

        public var total: Tally {
            tallies.values.reduce(into: Tally()) {
                $0.truePositives += $1.truePositives
                $0.falsePositives += $1.falsePositives
                $0.falseNegatives += $1.falseNegatives
            }
        }
    }

    public let judge: ClaimJudge
    /// Findings below this severity are not counted.
    public let minimumSeverity: Severity

    public init(judge: ClaimJudge, minimumSeverity: Severity = .info) {
        self.judge = judge
        self.minimumSeverity = minimumSeverity
    }

    /// Scores every line of a JSON Lines document; a line that does not decode is an error, not a crash.
    public func evaluate(jsonLines: String, source: String) -> Result {
        var result = Result()
        let decoder = JSONDecoder()
        for (index, line) in jsonLines.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let testCase = try? decoder.decode(Case.self, from: Data(trimmed.utf8)) else {
                result.errors.append("\(source):\(index + 1): not an evaluation case (text, expect[]).")
                continue
            }
            result.cases += 1
            score(testCase, line: index + 1, into: &result)
        }
        return result
    }

    /// The one-segment listing a case is checked as.
    public static func listing(for testCase: Case) -> Listing {
        let location = SourceLocation(line: 1, column: 1)
        switch testCase.field ?? "description" {
        case "title":
            return Listing(id: "eval", source: "eval", format: .listingJSON,
                           title: TextSegment(text: testCase.text, role: .title, location: location))
        case "material":
            let value = TextSegment(text: testCase.text, role: .specValue, location: location.with(field: "attribute:material"))
            return Listing(
                id: "eval", source: "eval", format: .listingJSON,
                attributes: [Attribute(name: "material", value: testCase.text, origin: .exportField, location: value.location)],
                segments: [value]
            )
        case "review":
            return Listing(id: "eval", source: "eval", format: .listingJSON,
                           segments: [TextSegment(text: testCase.text, role: .review, location: location.with(field: "review"))])
        default:
            return Listing(id: "eval", source: "eval", format: .listingJSON,
                           segments: [TextSegment(text: testCase.text, role: .description, location: location)])
        }
    }

    private func score(_ testCase: Case, line: Int, into result: inout Result) {
        // One claim is scored once, even when rules of several jurisdictions report it.
        var seen = Set<[String]>()
        let findings = judge.judge(Self.listing(for: testCase), category: CategoryDecision(name: "default", reason: "evaluation"))
            .findings.filter { $0.severity >= minimumSeverity }
            .filter { seen.insert([$0.category ?? "", $0.evidence ?? "", $0.location?.positionDescription ?? ""]).inserted }
        var unmatched = findings
        var problems: [String] = []
        for expected in testCase.expect {
            if let index = unmatched.firstIndex(where: { Self.matches($0, expected) }) {
                unmatched.remove(at: index)
                result.tallies[expected.category, default: Tally()].truePositives += 1
            } else {
                result.tallies[expected.category, default: Tally()].falseNegatives += 1
                problems.append("missed \(expected.category) “\(expected.evidence)”")
            }
        }
        for finding in unmatched {
            result.tallies[finding.category ?? "?", default: Tally()].falsePositives += 1
            problems.append("extra \(finding.category ?? "?") “\(finding.evidence ?? "")” (\(finding.rule))")
        }
        if !problems.isEmpty {
            result.misses.append("line \(line): \(testCase.text)\n    " + problems.joined(separator: "; "))
        }
    }

    static func matches(_ finding: Finding, _ expected: Expected) -> Bool {
        guard finding.category == expected.category, let evidence = finding.evidence else { return false }
        let wanted = expected.evidence.trimmingCharacters(in: .whitespaces).lowercased()
        let got = evidence.lowercased()
        return !wanted.isEmpty && (got.contains(wanted) || wanted.contains(got))
    }

    /// A table: category, TP, FP, FN, precision, recall; then the totals.
    public static func render(_ result: Result) -> String {
        func percent(_ value: Double?) -> String { value.map { String(format: "%5.1f%%", $0 * 100) } ?? "    –" }
        func row(_ name: String, _ tally: Tally) -> String {
            name.padding(toLength: 24, withPad: " ", startingAt: 0)
                + String(format: "%5d %5d %5d  ", tally.truePositives, tally.falsePositives, tally.falseNegatives)
                + percent(tally.precision) + "  " + percent(tally.recall)
        }
        var lines = ["category                   TP    FP    FN  precision recall"]
        lines += result.tallies.keys.sorted().map { row($0, result.tallies[$0]!) }
        lines.append(row("all (micro)", result.total))
        lines.append("\(result.cases) sentences, \(result.errors.count) unreadable lines")
        return lines.joined(separator: "\n") + "\n"
    }
}
