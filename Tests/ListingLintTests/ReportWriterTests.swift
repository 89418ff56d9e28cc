import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

@Suite struct ReportWriterTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "listinglint-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func parsesOutputArguments() throws {
        #expect(try OutputTarget(parsing: "sarif:out/x.sarif") == OutputTarget(format: .sarif, path: "out/x.sarif"))
        #expect(
            try OutputTarget(parsing: "github-summary:C:/odd:path.md")
                == OutputTarget(format: .githubSummary, path: "C:/odd:path.md"))
        #expect(throws: ReportWriteError.unknownFormat("xml")) { try OutputTarget(parsing: "xml:a.xml") }
        #expect(throws: ReportWriteError.badOutputArgument("sarif")) { try OutputTarget(parsing: "sarif") }
        #expect(throws: ReportWriteError.badOutputArgument("sarif:")) { try OutputTarget(parsing: "sarif:") }
    }

    @Test func writesThroughATemporaryFileRenamedIntoPlace() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.json").path
        try ReportWriter.write("old\n", toFile: path)
        try ReportWriter.write("new\n", toFile: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"],
            "no temporary file is left behind")
        #expect(throws: ReportWriteError.self) {
            try ReportWriter.write("x", toFile: directory.appendingPathComponent("no/such/dir/r.json").path)
        }
    }

    @Test func publishesEveryOutputAndAppendsTheGitHubStepSummary() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = { (name: String) in directory.appendingPathComponent(name).path }
        try "previous step\n".write(toFile: file("summary.md"), atomically: true, encoding: .utf8)
        let plan = ReportWriter.Plan(
            format: .github,
            outputs: [
                OutputTarget(format: .sarif, path: file("r.sarif")), OutputTarget(format: .junit, path: file("r.xml")),
                OutputTarget(format: .gitlab, path: file("gl.json")),
            ],
            thresholds: Thresholds(failLevel: .error),
            workingDirectory: SampleRun.workingDirectory,
            environment: ["GITHUB_STEP_SUMMARY": file("summary.md")]
        )
        let report = SampleRun.report(inputErrors: [])
        let outcome = try ReportWriter.publish(report, plan: plan)
        #expect(outcome.standardOutput == GitHubReporter(workingDirectory: SampleRun.workingDirectory).render(report))
        #expect(
            try String(contentsOfFile: file("r.sarif"), encoding: .utf8)
                == SARIFReporter(workingDirectory: SampleRun.workingDirectory).render(report))
        #expect(
            try String(contentsOfFile: file("r.xml"), encoding: .utf8)
                == ReportWriter.render(.junit, report, plan: plan))
        #expect(FileManager.default.fileExists(atPath: file("gl.json")))
        let summary = try String(contentsOfFile: file("summary.md"), encoding: .utf8)
        #expect(summary.hasPrefix("previous step\n## ListingLint\n"))
        #expect(outcome.verdict.code == ExitStatus.findings)
    }

    @Test func writingABaselineAcceptsTheFindingsAndUsingItReportsOnlyNewOnes() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let baseline = directory.appendingPathComponent("baseline.json").path
        let first = try ReportWriter.publish(
            SampleRun.report(inputErrors: []),
            plan: ReportWriter.Plan(
                format: .line, writeBaselinePath: baseline, workingDirectory: SampleRun.workingDirectory)
        )
        #expect(first.verdict.code == ExitStatus.clean)
        #expect(first.notes == ["wrote baseline \(baseline): 7 findings in 7 entries"])
        #expect(first.standardOutput.split(separator: "\n").count == 7, "the recording run still reports every finding")

        let later = SampleRun.report(
            listings: [SampleRun.towel, BaselineTests.newBadListing, SampleRun.mug], inputErrors: [])
        let second = try ReportWriter.publish(
            later,
            plan: ReportWriter.Plan(format: .line, baselinePath: baseline, workingDirectory: SampleRun.workingDirectory)
        )
        #expect(second.verdict.code == ExitStatus.findings)
        #expect(
            second.standardOutput
                == LineReporter.render(SampleRun.report(listings: [BaselineTests.newBadListing], inputErrors: [])))
        #expect(
            second.notes.count == 1
                && second.notes[0].contains("4 accepted findings are no longer found (4 stale entries)"))

        let missing = ReportWriter.Plan(
            baselinePath: directory.appendingPathComponent("none.json").path, workingDirectory: "/")
        #expect(throws: BaselineError.self) { try ReportWriter.publish(later, plan: missing) }
    }

    @Test func writingABaselineStillFailsOnUnreadableInputs() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = ReportWriter.Plan(
            writeBaselinePath: directory.appendingPathComponent("b.json").path, workingDirectory: "/")
        let outcome = try ReportWriter.publish(SampleRun.report(), plan: plan)
        #expect(
            outcome.verdict
                == Verdict(
                    code: ExitStatus.inputError,
                    reasons: ["2 inputs could not be read (see the input errors in the report)"]))
    }
}
