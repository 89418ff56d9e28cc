import ArgumentParser
import Dispatch
import Foundation
import ListingLintChecks
import ListingLintCore
import ListingLintHistory
import ListingLintKit
import ListingLintReport

/// `listinglint audit PATH...`: the catalogue audit.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a whole catalogue: streaming, all cores, a summary, a report and a history.",
        discussion: """
            Reads directories of pages and JSON / JSON Lines exports of any size (also gzip-compressed; \
            - reads JSON Lines from standard input) in bounded memory. Exit status: 0 when every input \
            was read, 2 when some could not be (they are counted and listed), 130 when interrupted.
            """
    )

    @Argument(help: "Files or directories to audit; - reads JSON Lines from standard input.")
    var paths: [String]

    @Option(help: "Force the input format instead of detecting it.")
    var inputFormat: InputFormat?

    @Option(help: "Write the mergeable summary (integer sums) to this file.")
    var summaryOut: String?

    @Option(help: "Write every listing's result as JSON Lines to this file (- for standard output).")
    var findingsOut: String?

    @Option(help: "Write the HTML report to this file.")
    var report: String?

    @Option(help: "The audit history database.")
    var history = ".listinglint/history.sqlite"

    @Flag(help: "Do not record this audit in the history.")
    var noHistory = false

    @Option(help: "Transparency target: the share of fully transparent listings the platform aims at.")
    var target = 0.85

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    @Option(help: "Name standard input is counted under (a shard passes its file's path).")
    var stdinName = "-"

    @Option(help: "Line number of standard input's first line (a shard passes its offset).")
    var stdinFirstLine = 1

    func validate() throws {
        guard (0...1).contains(target) else { throw ValidationError("--target is a share between 0 and 1, e.g. 0.85") }
        guard stdinFirstLine >= 1 else { throw ValidationError("--stdin-first-line counts from 1") }
    }

    func run() throws {
        var options = AuditOptions(paths: paths, inputFormat: inputFormat)
        options.summaryOut = summaryOut
        options.findingsOut = findingsOut
        options.showProgress = !quiet
        options.standardInputName = stdinName
        options.standardInputFirstLine = stdinFirstLine
        let cancellation = Cancellation()
        let interrupt = Self.onInterrupt { cancellation.cancel() }
        defer { interrupt.cancel() }

        let configuration = try rules.configuration(inputs: paths)
        var result = try ListingLintKit.Audit.run(options, checker: ListingChecker(configuration: configuration), cancellation: cancellation)
        if result.completed, !noHistory {
            let store = try AuditHistory(path: history)
            result.previous = try store.latestSummary()
            try store.record(result, toolVersion: ListingLintVersion.version)
            result.trend = try store.trend()
        }
        let text = AuditTextReporter(target: target).render(result)
        let terminal = findingsOut == "-" ? FileHandle.standardError : FileHandle.standardOutput
        terminal.write(Data(text.utf8))
        if let report {
            let html = AuditHTMLReporter(target: target, tool: ListingLintVersion.toolInfo).render(result)
            try AtomicFile.write(html, to: report)
        }
        if !result.completed {
            FileHandle.standardError.write(Data("listinglint audit: interrupted after \(result.summary.read) listings; no summary file or history written\n".utf8))
            throw ExitCode(130)
        }
        if result.summary.failed > 0 { throw ExitCode(ExitStatus.inputError) }
    }

    /// Calls `handler` on Ctrl-C instead of dying, so the audit can stop cleanly.
    static func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
