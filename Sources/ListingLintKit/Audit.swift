import Foundation
public import ListingLintCore
public import ListingLintChecks
import ListingLintReport

/// What `listinglint audit` is asked to do.
public struct AuditOptions: Sendable {
    public var paths: [String]
    public var inputFormat: InputFormat?
    /// Where to write the mergeable summary (integer sums only), if anywhere.
    public var summaryOut: String?
    /// Where to write per-listing results as JSON Lines (`-` for standard output), if anywhere.
    public var findingsOut: String?
    /// How many lowest-scoring listings the report drills down into.
    public var worstListings = 100
    /// How many input errors are kept for the report (all are counted and streamed).
    public var keptInputErrors = 1000
    /// Show progress on standard error.
    public var showProgress = true
    /// The name standard input is counted under, and the line number of its first line: a shard
    /// of a larger file (a Spark partition) passes the file's path and its first line.
    public var standardInputName = "-"
    public var standardInputFirstLine = 1

    public init(paths: [String], inputFormat: InputFormat? = nil) {
        self.paths = paths
        self.inputFormat = inputFormat
    }
}

/// The library call behind `listinglint audit`: runs the catalogue through `AuditRunner`, folds
/// results into a summary as they arrive (nothing per listing stays in memory but the bounded
/// samples), streams per-listing results if asked, and writes the summary file atomically.
public enum Audit {
    public static func run(
        _ options: AuditOptions,
        checker: ListingChecker,
        cancellation: Cancellation = Cancellation(),
        inputFailureSink: (@Sendable (InputFailure) -> Void)? = nil
    ) throws -> AuditResult {
        let started = Date()
        let progress = options.showProgress ? AuditProgress(totalBytes: totalSize(of: options.paths)) : nil
        let state = AuditState(options: options, ruleSet: ListingLintVersion.ruleSet)
        if let path = options.findingsOut { try state.openFindings(path) }
        progress?.start()
        var runner = AuditRunner(checker: checker, inputFormat: options.inputFormat)
        runner.standardInputName = options.standardInputName
        runner.standardInputFirstLine = options.standardInputFirstLine
        let completed = runner.run(paths: options.paths, progress: progress, cancellation: cancellation) { batch in
            state.fold(batch)
            batch.failures.forEach { inputFailureSink?($0) }
        }
        progress?.stop()
        try state.closeFindings()
        let result = state.result(completed: completed, started: started)
        if completed, let path = options.summaryOut {
            try AtomicFile.write(SummaryFile.encode(result.summary), to: path)
        }
        return result
    }

    /// The inputs' total size in bytes (files as given, directories walked), for the ETA.
    static func totalSize(of paths: [String]) -> Int {
        var total = 0
        for case let .success(input) in InputWalker(paths: paths) where !input.isStandardInput {
            let attributes = try? FileManager.default.attributesOfItem(atPath: input.path)
            total += (attributes?[.size] as? Int) ?? 0
        }
        return total
    }
}

/// The running fold of an audit, touched by one batch at a time (the runner delivers in order).
private final class AuditState: @unchecked Sendable {
    private var summary: CatalogueSummary
    private var worst: WorstListings
    private var inputErrors: [InputFailure] = []
    /// Coverage labels of the inputs completed so far, joined into `summary.inputs` once at the end
    /// (joining per batch is quadratic in the number of pages).
    private var coverage: [String] = []
    private let keptInputErrors: Int
    private var findings: FileHandle?
    private var findingsPath: String?
    private var findingsTemporary: String?

    init(options: AuditOptions, ruleSet: String) {
        summary = CatalogueSummary(ruleSet: ruleSet)
        worst = WorstListings(capacity: options.worstListings)
        keptInputErrors = options.keptInputErrors
    }

    func openFindings(_ path: String) throws {
        if path == "-" {
            findings = FileHandle.standardOutput
            return
        }
        let temporary = path + ".partial"
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        findings = handle
        findingsPath = path
        findingsTemporary = temporary
    }

    func fold(_ batch: AuditRunner.BatchResult) {
        coverage += batch.coverage
        var lines = ""
        for listing in batch.listings {
            summary.add(listing)
            worst.add(listing)
            if findings != nil { lines += JSONReporter.encode(listing, pretty: false) + "\n" }
        }
        for failure in batch.failures {
            summary.addFailure(rule: failure.finding.rule)
            if inputErrors.count < keptInputErrors { inputErrors.append(failure) }
            if findings != nil { lines += JSONReporter.encode(failure, pretty: false) + "\n" }
        }
        if let findings, !lines.isEmpty { findings.write(Data(lines.utf8)) }
    }

    func closeFindings() throws {
        guard let findingsPath, let findingsTemporary, let findings else { return }
        try findings.synchronize()
        try findings.close()
        // rename(2) replaces the target atomically, whether or not it exists.
        guard rename(findingsTemporary, findingsPath) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: findingsPath])
        }
    }

    func result(completed: Bool, started: Date) -> AuditResult {
        var joined = summary
        if !coverage.isEmpty {
            joined.inputs = (try? InputCoverage.union(summary.inputs, coverage)) ?? (summary.inputs + coverage).sorted()
        }
        return AuditResult(
            summary: joined,
            worst: worst.listings,
            inputErrors: inputErrors,
            completed: completed,
            seconds: Date().timeIntervalSince(started),
            startedAt: ISO8601DateFormatter().string(from: started)
        )
    }
}
