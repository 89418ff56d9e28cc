public import ListingLintCore

/// The documented exit codes and the thresholds that decide between them.
///
/// - 0: clean — no finding at or above the fail level and every threshold met.
/// - 1: findings — a (new, when a baseline is given) finding at or above `--fail-level`, more new
///   warnings than `--max-warnings`, or a mean score below `--min-score`.
/// - 2: input or usage errors — an input could not be read (the others are still checked and
///   reported), or the command line, a baseline file or an output path is wrong. Wins over 1.
public enum ExitStatus {
    public static let clean: Int32 = 0
    public static let findings: Int32 = 1
    public static let inputError: Int32 = 2
    /// Same code as input errors: the run could not do what was asked.
    public static let usageError: Int32 = 2

    /// The exit code and the reasons for it, for people (the CLI prints them on standard error).
    ///
    /// Findings of kind `input-warning` never fail a run. With a baseline, `report.listings` hold only
    /// new findings, so only they count; the mean score always covers every checked listing. The
    /// minimum score is not judged when no listing was checked.
    public static func evaluate(_ report: RunReport, thresholds: Thresholds) -> Verdict {
        var reasons: [String] = []
        var code = clean
        let findings = report.listings.flatMap(\.findings).filter { $0.kind != .inputWarning }
        let failing = findings.filter { $0.severity >= thresholds.failLevel }.count
        let fresh = report.baseline == nil ? "" : "new "
        if failing > 0 {
            code = Self.findings
            reasons.append(
                "\(failing) \(fresh)finding\(failing == 1 ? "" : "s") at or above --fail-level \(thresholds.failLevel.rawValue)"
            )
        }
        if let maxWarnings = thresholds.maxWarnings {
            let warnings = findings.filter { $0.severity == .warning }.count
            if warnings > maxWarnings {
                code = Self.findings
                reasons.append(
                    "\(warnings) \(fresh)warning\(warnings == 1 ? "" : "s"), more than --max-warnings \(maxWarnings)")
            }
        }
        if let minScore = thresholds.minScore, report.summary.checked > 0, report.summary.meanScore < minScore {
            code = Self.findings
            let mean = (report.summary.meanScore * 10).rounded() / 10
            reasons.append(
                "mean score \(mean) of \(report.summary.checked) listings is below --min-score \(formatted(minScore))")
        }
        if !report.inputErrors.isEmpty {
            code = inputError
            let count = report.inputErrors.count
            reasons.append(
                "\(count) input\(count == 1 ? "" : "s") could not be read (see the input errors in the report)")
        }
        return Verdict(code: code, reasons: reasons)
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// The thresholds a run must meet (`--fail-level`, `--min-score`, `--max-warnings`).
public struct Thresholds: Sendable, Hashable {
    /// Findings at or above this severity fail the run.
    public var failLevel: Severity
    /// Fail when the mean score (0–100) of the checked listings is below this; nil: not judged.
    public var minScore: Double?
    /// Fail when there are more warnings than this; nil: not judged.
    public var maxWarnings: Int?

    public init(failLevel: Severity = .error, minScore: Double? = nil, maxWarnings: Int? = nil) {
        self.failLevel = failLevel
        self.minScore = minScore
        self.maxWarnings = maxWarnings
    }
}

/// How a run ends: its exit code and, for people, why.
public struct Verdict: Sendable, Hashable {
    public var code: Int32
    /// One sentence per broken threshold or input problem; empty for a clean run.
    public var reasons: [String]

    public init(code: Int32, reasons: [String]) {
        self.code = code
        self.reasons = reasons
    }
}
