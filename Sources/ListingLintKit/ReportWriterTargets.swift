/// The report formats of `listinglint check` (`--format`, `--output FORMAT:PATH`).
public enum ReportFormat: String, CaseIterable, Sendable, Hashable {
    /// For people: grouped by listing, coloured on a terminal.
    case text
    /// `path:line:col: severity rule: message`, one line per finding.
    case line
    /// `schemas/report.schema.json`.
    case json
    /// `schemas/report-line.schema.json`: one listing per line, then a summary line.
    case jsonl
    /// SARIF 2.1.0 for code scanning.
    case sarif
    /// JUnit XML, one test case per listing.
    case junit
    /// GitHub Actions annotations.
    case github
    /// The Markdown job summary that goes with `github` (for `$GITHUB_STEP_SUMMARY`).
    case githubSummary = "github-summary"
    /// GitLab Code Quality JSON (`schemas/gitlab-codequality.schema.json`).
    case gitlab
}

/// One `--output FORMAT:PATH`: a format written to a file (`-` for standard output).
public struct OutputTarget: Sendable, Hashable {
    public var format: ReportFormat
    public var path: String

    public init(format: ReportFormat, path: String) {
        self.format = format
        self.path = path
    }

    /// Parses `FORMAT:PATH`, splitting at the first colon (paths may contain colons).
    public init(parsing argument: String) throws(ReportWriteError) {
        guard let colon = argument.firstIndex(of: ":") else { throw .badOutputArgument(argument) }
        let name = String(argument[..<colon])
        let path = String(argument[argument.index(after: colon)...])
        guard let format = ReportFormat(rawValue: name) else { throw .unknownFormat(name) }
        guard !path.isEmpty else { throw .badOutputArgument(argument) }
        self.init(format: format, path: path)
    }
}

/// Why reports could not be written.
public enum ReportWriteError: Error, Equatable, CustomStringConvertible {
    case badOutputArgument(String)
    case unknownFormat(String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .badOutputArgument(let argument):
            "--output \(argument): expected FORMAT:PATH, e.g. sarif:listinglint.sarif"
        case .unknownFormat(let name):
            "unknown report format \"\(name)\"; formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
