public import ArgumentParser
import Foundation
import ListingLintChecks
import ListingLintCore
public import ListingLintKit

/// The report, threshold and baseline options of `check`, grouped so the command stays short.
struct ReportOptions: ParsableArguments {
    @Option(
        help: "Report format on standard output (see docs/ci.md)."
    )
    var format: ReportFormat = .text

    @Option(
        name: .customLong("output"),
        help: ArgumentHelp(
            "Also write a report to a file (repeatable), e.g. --output sarif:out.sarif --output junit:out.xml.",
            valueName: "format:path"
        ),
        transform: { try OutputTarget(parsing: $0) }
    )
    var outputs: [OutputTarget] = []

    @Option(help: "Fail (exit 1) on findings at or above this severity.")
    var failLevel: Severity = .error

    @Option(
        help: ArgumentHelp(
            "Fail (exit 1) when the mean score of the checked listings is below N (0-100).", valueName: "n"))
    var minScore: Double?

    @Option(help: ArgumentHelp("Fail (exit 1) when there are more than N warnings.", valueName: "n"))
    var maxWarnings: Int?

    @Option(
        help: ArgumentHelp(
            "Accept the findings recorded in this baseline file; only new findings are reported and fail.",
            valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Record every finding of this run as the baseline in this file, and exit 0 unless an input could not be read.",
            valueName: "file"))
    var writeBaseline: String?

    func validate() throws {
        if let minScore, !(0...100).contains(minScore) {
            throw ValidationError("--min-score must be between 0 and 100, not \(minScore)")
        }
        if let maxWarnings, maxWarnings < 0 {
            throw ValidationError("--max-warnings must be 0 or more, not \(maxWarnings)")
        }
    }

    /// Checks `paths` with `linter`, writes the reports (streaming `--format jsonl` as listings are
    /// checked) and returns the exit code; usage problems (a bad baseline file, an unwritable output)
    /// are printed and give exit code 2.
    func run(_ linter: Linter, paths: [String]) -> Int32 {
        let plan = ReportWriter.Plan(
            format: format,
            outputs: outputs,
            baselinePath: baseline,
            writeBaselinePath: writeBaseline,
            thresholds: Thresholds(failLevel: failLevel, minScore: minScore, maxWarnings: maxWarnings),
            colour: format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            workingDirectory: FileManager.default.currentDirectoryPath,
            rules: ClaimJudge.ruleDescriptors,
            environment: ProcessInfo.processInfo.environment,
            configuration: linter.checker.configuration
        )
        do {
            let outcome = try ReportWriter.check(paths, with: linter, plan: plan) { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            FileHandle.standardOutput.write(Data(outcome.standardOutput.utf8))
            let messages = outcome.notes + outcome.verdict.reasons.map { "fail: " + $0 }
            if !messages.isEmpty {
                FileHandle.standardError.write(Data(messages.map { "listinglint: \($0)\n" }.joined().utf8))
            }
            return outcome.verdict.code
        } catch {
            FileHandle.standardError.write(Data("listinglint: error: \(error)\n".utf8))
            return ExitStatus.usageError
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
