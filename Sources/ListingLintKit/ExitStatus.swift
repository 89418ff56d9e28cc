public import ListingLintCore

/// The documented exit codes: 0 clean, 1 findings at or above the fail level, 2 input or usage errors.
public enum ExitStatus {
    public static let clean: Int32 = 0
    public static let findings: Int32 = 1
    public static let inputError: Int32 = 2

    /// Input errors win over findings: a run that could not read everything is not a clean run.
    public static func of(_ report: RunReport, failLevel: Severity) -> Int32 {
        if !report.inputErrors.isEmpty { return inputError }
        let failing = report.listings.contains { listing in
            listing.findings.contains { $0.severity >= failLevel && $0.kind != .inputWarning }
        }
        return failing ? findings : clean
    }
}
