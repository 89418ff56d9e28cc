import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

/// Every reporter's output for `SampleRun`, byte for byte, with the version injected.
@Suite struct ReporterGoldenTests {
    static let plan = ReportWriter.Plan(
        thresholds: Thresholds(failLevel: .warning),
        workingDirectory: SampleRun.workingDirectory
    )

    static let files: [ReportFormat: String] = [
        .text: "report.txt",
        .line: "report-line.txt",
        .json: "report.json",
        .jsonl: "report.jsonl",
        .sarif: "report.sarif",
        .junit: "junit.xml",
        .github: "github.txt",
        .githubSummary: "github-summary.md",
        .gitlab: "gitlab.json",
    ]

    @Test(arguments: ReportFormat.allCases)
    func matchesGoldenFile(format: ReportFormat) throws {
        let name = try #require(Self.files[format], "no golden file named for \(format)")
        Golden.check(ReportWriter.render(format, SampleRun.report(), plan: Self.plan), name)
    }

    @Test func colouredTextMatchesGoldenFile() {
        var plan = Self.plan
        plan.colour = true
        Golden.check(ReportWriter.render(.text, SampleRun.report(), plan: plan), "report-colour.txt")
    }

    @Test func baselineFileMatchesGoldenFile() {
        Golden.check(Baseline(recording: SampleRun.report()).json, "baseline.json")
    }

    @Test func reportAgainstABaselineMatchesGoldenFiles() {
        let report = BaselineTests.reportWithNewListingAgainstBaseline()
        Golden.check(ReportWriter.render(.text, report, plan: Self.plan), "baseline-report.txt")
        Golden.check(ReportWriter.render(.json, report, plan: Self.plan), "baseline-report.json")
        Golden.check(ReportWriter.render(.sarif, report, plan: Self.plan), "baseline-report.sarif")
    }

    @Test func renderingIsDeterministic() {
        for format in ReportFormat.allCases {
            #expect(
                ReportWriter.render(format, SampleRun.report(), plan: Self.plan)
                    == ReportWriter.render(format, SampleRun.report(), plan: Self.plan))
        }
    }
}
