import Foundation
import ListingLintCore
import ListingLintHistory
import ListingLintKit
import Testing

/// `kill -9` during `listinglint audit` never loses the previous audit's report, summary or
/// history: they are written to a temporary file and renamed into place (the history in one SQLite
/// transaction), so a reader sees either the old file or the new complete one.
///
/// Runs the real binary: `listinglint` from the same build directory as the tests (so a sanitizer
/// build tests its own binary), else `.build/debug/listinglint` under the package root. `swift test`
/// builds it with the tests; after a `swift build --build-tests` it is there too.
@Suite(.serialized) struct KillSafetyTests {
    static let binary: URL? = {
        var candidates: [URL] = []
        if let tests = Bundle.main.executableURL ?? URL?(URL(fileURLWithPath: CommandLine.arguments[0])) {
            var directory = tests.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("listinglint"))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(HostileRun.packageRoot.appendingPathComponent(".build/debug/listinglint"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }
    }()

    /// The outputs of one audit: summary, HTML report, history database.
    struct Outputs {
        let directory: String
        var summary: String { directory + "/summary.json" }
        var report: String { directory + "/report.html" }
        var history: String { directory + "/history.sqlite" }
        var findings: String { directory + "/findings.jsonl" }
    }

    private func audit(_ input: String, _ outputs: Outputs) throws -> Process {
        let process = Process()
        let binary: URL = try #require(Self.binary, "build the binary first: swift build (see README)")
        process.executableURL = binary
        process.arguments = [
            "audit", input, "--quiet", "--summary-out", outputs.summary, "--report", outputs.report,
            "--history", outputs.history, "--findings-out", outputs.findings,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// The state an audit left: readable summary, complete report, history count.
    private func state(_ outputs: Outputs) throws -> (
        summary: Data, report: Data, audits: Int, latest: CatalogueSummary?
    ) {
        let summary = try #require(bytes(outputs.summary), "summary gone")
        _ = try SummaryFile.decode(contentsOf: outputs.summary)
        let report = try #require(bytes(outputs.report), "report gone")
        #expect(
            String(decoding: report, as: UTF8.self).hasSuffix("</html>\n")
                || String(decoding: report, as: UTF8.self).hasSuffix("</html>"))
        let history = try AuditHistory(path: outputs.history)
        return (summary, report, try history.count(), try history.latestSummary())
    }

    @Test func killMidAuditLeavesThePreviousReportSummaryAndHistoryIntact() throws {
        let directory = TemporaryDirectory()
        let small = directory.write("small/part.jsonl", SyntheticCatalogue.lines(0..<200))
        for part in 0..<4 {
            directory.write("big/part-\(part).jsonl", SyntheticCatalogue.lines(part * 30_000..<(part + 1) * 30_000))
        }
        let outputs = Outputs(directory: directory.path + "/out")

        let first = try audit(small, outputs)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let before = try state(outputs)
        #expect(before.audits == 1)
        #expect(before.latest?.checked == 200)

        // Mid-stream: the findings are being written, the summary, report and history not yet.
        let second = try audit(directory.path + "/big", outputs)
        let partial = outputs.findings + ".partial"
        let deadline = Date().addingTimeInterval(120)
        while second.isRunning, Date() < deadline,
            (try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0 == 0
        {
            usleep(20_000)
        }
        #expect(second.isRunning, "the audit finished before it could be killed; make the catalogue bigger")
        kill(second.processIdentifier, SIGKILL)
        second.waitUntilExit()
        #expect(second.terminationReason == .uncaughtSignal)
        let afterKill = try state(outputs)
        #expect(afterKill.summary == before.summary)
        #expect(afterKill.report == before.report)
        #expect(afterKill.audits == 1)
        #expect(afterKill.latest == before.latest)
    }

    @Test func killAtAnyMomentLeavesEitherTheOldOrTheNewCompleteOutputs() throws {
        let directory = TemporaryDirectory()
        let small = directory.write("small/part.jsonl", SyntheticCatalogue.lines(0..<50))
        let next = directory.write("next/part.jsonl", SyntheticCatalogue.lines(0..<3000))
        let outputs = Outputs(directory: directory.path + "/out")
        let first = try audit(small, outputs)
        first.waitUntilExit()
        var previous = try state(outputs)

        // Kill later and later, through reading, the summary, the report and the history writes.
        for delay in stride(from: 50_000, through: 3_000_000, by: 150_000) {
            let process = try audit(next, outputs)
            usleep(UInt32(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try state(outputs)
            let summaryIsOld = now.summary == previous.summary
            let summaryIsNew = try SummaryFile.decode(contentsOf: outputs.summary).checked == 3000
            #expect(summaryIsOld || summaryIsNew)
            #expect(now.audits == previous.audits || now.audits == previous.audits + 1)
            if now.audits == previous.audits + 1 { #expect(now.latest?.checked == 3000) }
            previous = now
        }
        #expect(previous.audits >= 1)
    }
}
