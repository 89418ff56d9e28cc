public import ListingLintCore

/// GitLab Code Quality JSON (`artifacts:reports:codequality`; `schemas/gitlab-codequality.schema.json`):
/// an array of issues with `description`, `check_name`, `fingerprint`, `severity` and `location`
/// (`path` relative to the working directory, `lines.begin`).
///
/// Fingerprints hash listing id + rule + normalised evidence, never the line, so GitLab keeps
/// tracking an issue when its text moves. Severities: input error → `blocker`, error → `critical`,
/// warning → `major`, evidence → `minor`, info → `info`. Code Quality needs a line: findings
/// located by a JSON pointer only, or not located, are placed on line 1 with the pointer in the description.
public struct GitLabReporter: Sendable {
    public var workingDirectory: String

    public init(workingDirectory: String) { self.workingDirectory = workingDirectory }

    public func render(_ report: RunReport) -> String {
        JSONReporter.encode(report.items.map(issue)) + "\n"
    }

    /// The Code Quality severity of a finding.
    public static func severity(of finding: Finding) -> String {
        if finding.kind == .inputError { return "blocker" }
        return switch finding.severity {
        case .error: "critical"
        case .warning: "major"
        case .evidence: "minor"
        case .info: "info"
        }
    }

    private func issue(_ item: ReportItem) -> Issue {
        let finding = item.finding
        var description = finding.message
        if let evidence = finding.evidence { description += " «\(evidence)»" }
        if let pointer = finding.location?.pointer, finding.location?.line == nil { description += " (at \(pointer))" }
        if let id = item.listingID { description += " [listing \(id)]" }
        return Issue(
            description: description,
            checkName: finding.rule,
            fingerprint: item.fingerprint,
            severity: Self.severity(of: finding),
            location: Location(
                path: ArtifactPath.relative(item.source, to: workingDirectory),
                lines: Lines(begin: finding.location?.line ?? 1)
            )
        )
    }

    private struct Issue: Encodable {
        var type = "issue"
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type, description
            case checkName = "check_name"
            case fingerprint, severity, location
        }
    }

    private struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    private struct Lines: Encodable { var begin: Int }
}
