import Foundation
import ListingLintChecks
import ListingLintKit
import Testing

@Suite struct AuditRunnerTests {
    /// What reached `consume`, in the order it arrived: one line per listing or failure, and the
    /// coverage labels.
    private final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func add(_ result: AuditRunner.BatchResult) {
            lock.withLock {
                lines += result.listings.map { "listing \($0.source) \($0.id)" }
                lines += result.failures.map { "failure \($0.source) \($0.finding.rule)" }
                lines += result.coverage.map { "covered \($0)" }
            }
        }

        var all: [String] { lock.withLock { lines } }
    }

    private func run(_ paths: [String], filesPerBatch: Int) -> [String] {
        var runner = AuditRunner(checker: ListingChecker())
        runner.filesPerBatch = filesPerBatch
        runner.batchSize = 3
        let received = Received()
        runner.run(paths: paths) { received.add($0) }
        return received.all
    }

    @Test func filesGroupedIntoBatchesArriveAsIfEachWereItsOwn() {
        let directory = TemporaryDirectory()
        for index in 0..<9 {
            directory.write("pages/p\(index).html", "<html><body><h1>Mug \(index)</h1><p>Material: stoneware</p></body></html>")
        }
        directory.write("pages/p3-empty.html", "")
        directory.write("pages/p5-lines.jsonl", SyntheticCatalogue.lines(0..<7))
        directory.write("pages/p6-export.json", #"[{"title": "Cup A", "description": "Porcelain"}, {"title": "Cup B"}]"#)
        let paths = [directory.path + "/pages"]

        let oneByOne = run(paths, filesPerBatch: 1)
        #expect(oneByOne.filter { $0.hasPrefix("listing ") }.count == 9 + 7 + 2)
        #expect(oneByOne.contains { $0.hasPrefix("failure ") && $0.contains("p3-empty.html") })
        // Input order: every file's results come before the next file's, whatever the grouping.
        let files = oneByOne.compactMap { line in line.split(separator: " ").dropFirst().first.map(String.init) }
        var seen: [String] = []
        for file in files where seen.last != file {
            #expect(!seen.contains(file), "\(file) came back after another file's results")
            seen.append(file)
        }
        for grouping in [2, 4, 8, 64] {
            #expect(run(paths, filesPerBatch: grouping) == oneByOne, "grouping \(grouping) files per batch")
        }
    }
}
