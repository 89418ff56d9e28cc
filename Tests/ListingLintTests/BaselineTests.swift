import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

/// `--write-baseline` / `--baseline`: only new findings fail; entries keyed by content, not line;
/// stale entries reported.
@Suite struct BaselineTests {
    /// A listing that was not in the baseline's run, with two findings.
    static var newBadListing: ListingReport {
        ListingReport(
            id: "sofa-zh-009",
            source: "corpus/html/sofa-zh.html",
            format: .html,
            title: "国家级 顶级真皮沙发",
            category: CategoryDecision(name: "furniture", reason: "keyword \"沙发\" in title"),
            score: 37,
            grade: .e,
            fields: [FieldReport(field: "material", requirement: .required, state: .missing)],
            findings: [
                Finding(
                    rule: "claim.cn.absolute.guojiaji", kind: .bannedClaim, severity: .error,
                    message: "“国家级” is an absolute term", evidence: "国家级",
                    location: SourceLocation(line: 9, column: 12, field: "title"), cost: 15
                ),
                Finding(
                    rule: "field.material.missing", kind: .missingField, field: "material", severity: .error,
                    message: "no material is stated", cost: 48),
            ]
        )
    }

    /// The sample run checked against a baseline of itself, with one new bad listing added.
    static func reportWithNewListingAgainstBaseline() -> RunReport {
        let baseline = Baseline(recording: SampleRun.report())
        let later = SampleRun.report(listings: [SampleRun.dress, SampleRun.towel, newBadListing, SampleRun.mug])
        return baseline.apply(to: later, file: "listinglint-baseline.json")
    }

    @Test func recordsCountedEntriesKeyedByNormalisedEvidenceWithoutInputErrors() {
        let baseline = Baseline(recording: SampleRun.report())
        #expect(baseline.version == 1)
        #expect(baseline.findingCount == SampleRun.dress.findings.count + SampleRun.towel.findings.count)
        #expect(
            !baseline.entries.contains { $0.rule.hasPrefix("input.not-found") || $0.rule == InputRule.malformedJSON })
        let zuijia = baseline.entries.filter { $0.rule == "claim.cn.absolute.zuijia" }
        // 最佳 and 最　佳 (ideographic space → space by NFKC) are different evidence: two entries.
        #expect(zuijia.map(\.evidence) == ["最 佳", "最佳"])
        #expect(
            baseline.entries.first { $0.rule == "claim.us.superlative.best" }?.evidence == "the best towel on earth")
        #expect(
            baseline.entries
                == baseline.entries.sorted { ($0.listing, $0.rule, $0.evidence) < ($1.listing, $1.rule, $1.evidence) })
    }

    @Test func sameRunAgainstItsBaselineReportsNothingNewAndPasses() {
        let report = SampleRun.report(inputErrors: [])
        let checked = Baseline(recording: report).apply(to: report, file: "b.json")
        #expect(checked.listings.allSatisfy { $0.findings.isEmpty })
        #expect(checked.baseline == BaselineStatus(file: "b.json", suppressed: 7, new: 0, stale: []))
        #expect(ExitStatus.evaluate(checked, thresholds: Thresholds(failLevel: .info)).code == ExitStatus.clean)
        #expect(checked.summary == report.summary, "scores and the summary are not changed by a baseline")
        #expect(checked.listings.map(\.score) == report.listings.map(\.score))
    }

    @Test func addingABadListingFailsWithExactlyItsFindings() {
        let report = Self.reportWithNewListingAgainstBaseline()
        let reported = report.listings.flatMap { listing in listing.findings.map { (listing.id, $0) } }
        #expect(reported.map(\.0) == ["sofa-zh-009", "sofa-zh-009"])
        #expect(reported.map(\.1) == Self.newBadListing.findings)
        #expect(report.baseline?.new == 2)
        #expect(report.baseline?.stale == [])
        let verdict = ExitStatus.evaluate(
            SampleRun.report(inputErrors: []).withListings(report.listings, baseline: report.baseline),
            thresholds: Thresholds())
        #expect(verdict.code == ExitStatus.findings)
        #expect(verdict.reasons == ["2 new findings at or above --fail-level error"])
    }

    @Test func removingABadListingReportsItsEntriesAsStale() {
        let baseline = Baseline(recording: SampleRun.report())
        let later = SampleRun.report(listings: [SampleRun.towel, SampleRun.mug])
        let checked = baseline.apply(to: later, file: "b.json")
        let stale = checked.baseline?.stale ?? []
        #expect(Set(stale.map(\.listing)) == ["dress-zh-001"])
        #expect(stale == baseline.entries.filter { $0.listing == "dress-zh-001" })
        #expect(stale.reduce(0) { $0 + $1.count } == SampleRun.dress.findings.count)
        #expect(checked.listings.allSatisfy { $0.findings.isEmpty })
    }

    @Test func findingsMovedToAnotherLineOrRespacedStayAccepted() {
        let baseline = Baseline(recording: SampleRun.report(listings: [SampleRun.dress], inputErrors: []))
        var moved = SampleRun.dress
        moved.findings[0].location = SourceLocation(line: 300, column: 2, field: "title")
        moved.findings[0].evidence = "  最佳 "
        let checked = baseline.apply(to: SampleRun.report(listings: [moved], inputErrors: []), file: "b.json")
        #expect(checked.listings[0].findings.isEmpty)
        #expect(checked.baseline?.stale == [])
    }

    @Test func aThirdOccurrenceBeyondTheCountIsNew() {
        let baseline = Baseline(recording: SampleRun.report(listings: [SampleRun.dress], inputErrors: []))
        var more = SampleRun.dress
        var extra = more.findings[0]
        extra.location = SourceLocation(line: 120, column: 1, field: "description")
        more.findings.append(extra)
        let checked = baseline.apply(to: SampleRun.report(listings: [more], inputErrors: []), file: "b.json")
        #expect(checked.listings[0].findings == [extra])
        #expect(checked.baseline?.suppressed == SampleRun.dress.findings.count)
    }

    @Test func roundTripsThroughItsFileAndRejectsOtherFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "listinglint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("baseline.json").path
        let baseline = Baseline(recording: SampleRun.report())
        try baseline.write(to: path)
        #expect(try Baseline.load(from: path) == baseline)

        let wrong = directory.appendingPathComponent("wrong.json").path
        try Data(#"{"version": 1, "entries": [{"listing": "a"}]}"#.utf8).write(to: URL(fileURLWithPath: wrong))
        #expect(throws: BaselineError.malformed(path: wrong, reason: "missing key \"ruleSet\" at /")) {
            try Baseline.load(from: wrong)
        }
        try Data(#"{"version": 7, "ruleSet": "r", "entries": []}"#.utf8).write(to: URL(fileURLWithPath: wrong))
        #expect(throws: BaselineError.unsupportedVersion(path: wrong, version: 7)) { try Baseline.load(from: wrong) }
        #expect(throws: BaselineError.self) {
            try Baseline.load(from: directory.appendingPathComponent("none.json").path)
        }
    }
}

extension RunReport {
    /// The same run with other listings and baseline status.
    func withListings(_ listings: [ListingReport], baseline: BaselineStatus?) -> RunReport {
        var copy = self
        copy.listings = listings
        copy.baseline = baseline
        return copy
    }
}
