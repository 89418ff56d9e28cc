import Foundation
import ListingLintCore
import ListingLintReport

extension ReportWriter {
    /// Inputs checked per batch when streaming: enough to keep every core busy, few enough that
    /// lines appear soon after their listings are checked.
    static var streamingBatch: Int { 4 * ProcessInfo.processInfo.activeProcessorCount }

    /// Checks `paths` and publishes the run as `publish` does — except that with `--format jsonl` the
    /// standard output is streamed: each input's lines (its listings, or its input error) are passed to
    /// `write` as soon as that input and all inputs before it are checked, in input order, and the
    /// summary line comes last. The baseline is applied listing by listing as they stream.
    ///
    /// - Parameter write: receives standard-output text as it is ready (the CLI writes it to stdout).
    /// - Returns: the outcome; its `standardOutput` is what is left to print after streaming.
    /// - Throws: `BaselineError` (checked before any input is read) or `ReportWriteError`.
    public static func check(
        _ paths: [String],
        with linter: Linter,
        plan: Plan,
        write: (String) -> Void
    ) throws -> Outcome {
        let baseline = try plan.baselinePath.map { path throws(BaselineError) in try Baseline.load(from: path) }
        guard plan.format == .jsonl else {
            return try publish(linter.run(paths: paths), baseline: baseline, plan: plan)
        }
        var matcher = baseline.map(Baseline.Matcher.init)
        let (inputs, collectFailures) = InputCollector.collect(paths)
        var summary = CatalogueSummary(ruleSet: ListingLintVersion.ruleSet, inputs: inputs.map(\.path).sorted())
        var recorded: [ListingReport] = []
        var judged: [ListingReport] = []
        var failures: [InputFailure] = []
        func emit(_ failure: InputFailure) {
            summary.addFailure(rule: failure.finding.rule)
            failures.append(failure)
            write(JSONLinesReporter.line(for: failure))
        }
        collectFailures.forEach(emit)
        for start in stride(from: 0, to: inputs.count, by: streamingBatch) {
            let batch = Array(inputs[start..<min(start + streamingBatch, inputs.count)])
            let results = ParallelMap.map(batch) { input -> ([ListingReport], [InputFailure]) in
                switch InputLoader.load(input, format: linter.inputFormat, limits: linter.checker.configuration.limits) {
                case .success(let document): linter.check(document)
                case .failure(let failure): ([], [failure])
                }
            }
            for (reports, inputFailures) in results {
                inputFailures.forEach(emit)
                for report in reports {
                    summary.add(report)
                    recorded.append(report)
                    let shown = matcher?.filter(report) ?? report
                    judged.append(shown)
                    write(JSONLinesReporter.line(for: shown))
                }
            }
        }
        let full = RunReport(tool: ListingLintVersion.toolInfo, listings: recorded, inputErrors: failures, summary: summary)
        var shown = full
        shown.listings = judged
        if let path = plan.baselinePath { shown.baseline = matcher?.status(file: path) }
        write(JSONLinesReporter.summaryLine(shown))
        return try finish(recorded: full, judged: shown, standardOutput: "", plan: plan)
    }
}
