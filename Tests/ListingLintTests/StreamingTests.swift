import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

/// `--format jsonl` streams: one `write` per line as inputs finish, the summary last.
@Suite struct StreamingTests {
    @Test func jsonLinesAreWrittenAsInputsFinishAndMatchTheWholeRunReport() throws {
        let directory = try ReportWriterTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<5 {
            try ReaderProbe.goodPage.write(to: directory.appendingPathComponent("page-\(index).html"), atomically: true, encoding: .utf8)
        }
        try "{\"id\": \"x\"".write(to: directory.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let paths = [directory.path, directory.appendingPathComponent("missing.json").path]
        var writes: [String] = []
        let plan = ReportWriter.Plan(format: .jsonl, workingDirectory: directory.path)
        let outcome = try ReportWriter.check(paths, with: Linter(), plan: plan) { writes.append($0) }

        #expect(outcome.standardOutput == "")
        #expect(writes.allSatisfy { $0.hasSuffix("\n") && $0.dropLast().firstIndex(of: "\n") == nil }, "one line per write")
        #expect(writes.last?.contains("\"type\":\"summary\"") == true)
        let whole = JSONLinesReporter.render(Linter().run(paths: paths))
        #expect(writes.sorted() == whole.split(separator: "\n").map { $0 + "\n" }.sorted())
        #expect(writes.count == whole.split(separator: "\n").count)
        if SchemaCheck.available {
            #expect(SchemaCheck.errors(writes.joined(), schema: "schemas/report-line.schema.json", lines: true) == [])
        }
    }

    @Test func aBadBaselineFailsBeforeAnythingIsWritten() throws {
        var writes = 0
        let plan = ReportWriter.Plan(format: .jsonl, baselinePath: "/no/such/baseline.json", workingDirectory: "/")
        #expect(throws: BaselineError.self) {
            try ReportWriter.check(["/no/such/input.json"], with: Linter(), plan: plan) { _ in writes += 1 }
        }
        #expect(writes == 0)
    }

    @Test func theSummaryLineCarriesTheBaselineComparison() throws {
        let directory = try ReportWriterTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let baselinePath = directory.appendingPathComponent("b.json").path
        try Baseline(recording: SampleRun.report()).write(to: baselinePath)
        var writes: [String] = []
        let plan = ReportWriter.Plan(format: .jsonl, baselinePath: baselinePath, workingDirectory: directory.path)
        _ = try ReportWriter.check([directory.appendingPathComponent("none.html").path], with: Linter(), plan: plan) {
            writes.append($0)
        }
        let summary = try #require(JSONSerialization.jsonObject(with: Data((writes.last ?? "").utf8)) as? [String: Any])
        let baseline = try #require(summary["baseline"] as? [String: Any])
        #expect((baseline["stale"] as? [Any])?.count == Baseline(recording: SampleRun.report()).entries.count)
    }
}
