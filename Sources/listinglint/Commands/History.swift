import ArgumentParser
import Foundation
import ListingLintHistory
import ListingLintReport

/// `listinglint history`: the trend of past audits.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the trend of past catalogue audits."
    )

    @Option(help: "The audit history database.")
    var history = ".listinglint/history.sqlite"

    @Option(help: "How many past audits to show.")
    var last = 24

    @Option(help: "Transparency target (share) to compare against.")
    var target = 0.85

    func run() throws {
        guard FileManager.default.fileExists(atPath: history) else {
            throw ValidationError("no audit history at \(history): run `listinglint audit` first (or pass --history PATH)")
        }
        let points = try AuditHistory(path: history).trend(limit: last)
        print("when                  listings  mean score  fully transparent  vs target")
        var previous: Double?
        for point in points {
            let change = previous.map { String(format: " (%+.1f)", (point.transparencyShare - $0) * 100) } ?? ""
            let mark = point.transparencyShare >= target ? "met" : "below"
            print(
                AuditTextReporter.pad(point.startedAt, -22) + AuditTextReporter.pad(String(point.listings), 8)
                    + AuditTextReporter.pad(String(format: "%.1f", point.meanScore), 12)
                    + AuditTextReporter.pad(String(format: "%.1f%%", point.transparencyShare * 100) + change, 19) + "  " + mark
            )
            previous = point.transparencyShare
        }
    }
}
