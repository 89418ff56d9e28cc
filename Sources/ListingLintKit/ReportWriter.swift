import Foundation
public import ListingLintCore
import ListingLintChecks
import ListingLintReport

/// Renders a run in the formats asked for and writes them: the report on standard output, each
/// `--output` to its file (through a temporary file renamed into place, so a reader never sees half
/// a report and a killed run leaves the previous one), the GitHub job summary, the baseline.
public enum ReportWriter {
    /// What to render and where, from the command line.
    public struct Plan: Sendable {
        /// The format printed on standard output.
        public var format: ReportFormat
        /// Formats written to files.
        public var outputs: [OutputTarget]
        /// Accepted findings to leave out (`--baseline`).
        public var baselinePath: String?
        /// Where to record every finding of this run as the new baseline (`--write-baseline`).
        public var writeBaselinePath: String?
        public var thresholds: Thresholds
        /// Colour the text report on standard output (the CLI asks on a TTY); files are never coloured.
        public var colour: Bool
        /// Absolute path reports make paths relative to.
        public var workingDirectory: String
        /// The rule catalogue, for SARIF rule metadata.
        public var rules: [RuleDescriptor]
        /// The process environment (`GITHUB_STEP_SUMMARY`).
        public var environment: [String: String]
        /// The configuration whose claims allowlist entries are reported when the run used none of them.
        public var configuration: LintConfiguration

        public init(
            format: ReportFormat = .text,
            outputs: [OutputTarget] = [],
            baselinePath: String? = nil,
            writeBaselinePath: String? = nil,
            thresholds: Thresholds = Thresholds(),
            colour: Bool = false,
            workingDirectory: String,
            rules: [RuleDescriptor] = [],
            environment: [String: String] = [:],
            configuration: LintConfiguration = LintConfiguration()
        ) {
            self.format = format
            self.outputs = outputs
            self.baselinePath = baselinePath
            self.writeBaselinePath = writeBaselinePath
            self.thresholds = thresholds
            self.colour = colour
            self.workingDirectory = workingDirectory
            self.rules = rules
            self.environment = environment
            self.configuration = configuration
        }
    }

    /// What `publish` produced: the standard-output text, and the verdict with its reasons.
    public struct Outcome: Sendable {
        public var standardOutput: String
        public var verdict: Verdict
        /// Lines for standard error that are not failures (baseline written, stale entries).
        public var notes: [String]
    }

    /// Applies the baseline, writes the files and returns what to print and how to exit.
    ///
    /// With `writeBaselinePath` the run records its findings instead of being judged by them: it
    /// reports everything and exits 0 (2 when an input could not be read).
    ///
    /// - Throws: `BaselineError` or `ReportWriteError`; the CLI reports them as usage errors (exit 2).
    public static func publish(_ report: RunReport, plan: Plan) throws -> Outcome {
        let baseline = try plan.baselinePath.map { path throws(BaselineError) in try Baseline.load(from: path) }
        return try publish(report, baseline: baseline, plan: plan)
    }

    static func publish(_ report: RunReport, baseline: Baseline?, plan: Plan) throws -> Outcome {
        var judged = report
        if let baseline, let path = plan.baselinePath { judged = baseline.apply(to: report, file: path) }
        return try finish(recorded: report, judged: judged, standardOutput: render(plan.format, judged, plan: plan), plan: plan)
    }

    /// Writes the `--output` files, the GitHub step summary and the baseline, and judges the run.
    ///
    /// - Parameters:
    ///   - recorded: the run with every finding (what `--write-baseline` records).
    ///   - judged: the run with accepted findings taken out (what is reported and judged).
    ///   - standardOutput: what is printed for `--format`, when it is not streamed.
    static func finish(recorded: RunReport, judged: RunReport, standardOutput: String, plan: Plan) throws -> Outcome {
        var notes: [String] = []
        if let status = judged.baseline, !status.stale.isEmpty {
            let count = status.stale.reduce(0) { $0 + $1.count }
            notes.append(
                "baseline \(status.file): \(count) accepted finding\(count == 1 ? " is" : "s are") no longer found "
                    + "(\(status.stale.count) stale entr\(status.stale.count == 1 ? "y" : "ies")); "
                    + "rewrite it with --write-baseline to shrink it"
            )
        }
        for entry in ClaimJudge.unusedAllowlist(plan.configuration, in: recorded.listings) {
            notes.append(Note.unusedAllowlist(entry))
        }
        var standardOutput = standardOutput
        var filePlan = plan
        filePlan.colour = false
        for output in plan.outputs {
            let text = render(output.format, judged, plan: output.path == "-" ? plan : filePlan)
            if output.path == "-" {
                standardOutput += text
            } else {
                try write(text, toFile: output.path)
            }
        }
        let wantsGitHub = plan.format == .github || plan.outputs.contains { $0.format == .github }
        let hasSummary = plan.outputs.contains { $0.format == .githubSummary }
        if wantsGitHub, !hasSummary, let stepSummary = plan.environment["GITHUB_STEP_SUMMARY"], !stepSummary.isEmpty {
            try append(render(.githubSummary, judged, plan: filePlan), toFile: stepSummary)
        }
        var verdict = ExitStatus.evaluate(judged, thresholds: plan.thresholds)
        if let path = plan.writeBaselinePath {
            let baseline = Baseline(recording: recorded)
            try baseline.write(to: path)
            notes.append(
                "wrote baseline \(path): \(baseline.findingCount) finding\(baseline.findingCount == 1 ? "" : "s") "
                    + "in \(baseline.entries.count) entr\(baseline.entries.count == 1 ? "y" : "ies")")
            // Recording accepts the findings; only unreadable inputs still fail the run.
            verdict = ExitStatus.evaluate(
                RunReport(tool: recorded.tool, listings: [], inputErrors: recorded.inputErrors, summary: recorded.summary),
                thresholds: Thresholds(failLevel: plan.thresholds.failLevel)
            )
        }
        return Outcome(standardOutput: standardOutput, verdict: verdict, notes: notes)
    }

    /// One format's text. Pure: the same report and plan give the same bytes.
    public static func render(_ format: ReportFormat, _ report: RunReport, plan: Plan) -> String {
        let directory = plan.workingDirectory
        return switch format {
        case .text: TextReporter(colour: plan.colour).render(report)
        case .line: LineReporter.render(report)
        case .json: JSONReporter.render(report)
        case .jsonl: JSONLinesReporter.render(report)
        case .sarif: SARIFReporter(workingDirectory: directory, rules: plan.rules).render(report)
        case .junit: JUnitReporter(workingDirectory: directory, failLevel: plan.thresholds.failLevel).render(report)
        case .github: GitHubReporter(workingDirectory: directory).render(report)
        case .githubSummary: GitHubReporter(workingDirectory: directory).summary(report)
        case .gitlab: GitLabReporter(workingDirectory: directory).render(report)
        }
    }

    /// Writes `text` to `path` atomically: into a new temporary file in the same directory, flushed
    /// to disk, then renamed over `path`.
    public static func write(_ text: String, toFile path: String) throws(ReportWriteError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary =
            directory + "/." + url.lastPathComponent
            + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw .cannotWrite(path: path, reason: "cannot create a file in \(directory)")
        }
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Appends `text` to `path` (GitHub's step summary file is shared by the step's commands).
    public static func append(_ text: String, toFile path: String) throws(ReportWriteError) {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw .cannotWrite(path: path, reason: "cannot create the file")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path: path, reason: "cannot open it for writing")
        }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}

/// Standard-error notes of a run that are not failures.
private enum Note {
    /// `config.allowlist.unused`, once per run and entry.
    static func unusedAllowlist(_ entry: AllowlistEntry) -> String {
        let scope = entry.rule.map { " for \($0)" } ?? ""
        return "config.allowlist.unused: allowlist entry \"\(entry.text)\"\(scope) let no claim through in this run; "
            + "remove it from .listinglint.yml if it is no longer needed"
    }
}
