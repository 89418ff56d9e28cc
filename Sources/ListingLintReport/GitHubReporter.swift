public import ListingLintCore

/// GitHub Actions workflow-command annotations (`::error file=…,line=…,col=…,title=…::message`),
/// and the Markdown job summary for what the annotations leave out.
///
/// GitHub shows at most 10 annotations of each type (error, warning, notice) per step, so the first
/// `limitPerType` of each type are annotated (input errors first, then listings in order) and the
/// rest are listed in `summary(_:)`, written to `$GITHUB_STEP_SUMMARY`. Levels: error → `error`,
/// warning → `warning`, evidence and info → `notice`.
///
/// Escaping follows the runner's rules: in property values `%`, `\r`, `\n`, `:` and `,` become
/// `%25`, `%0D`, `%0A`, `%3A`, `%2C`; in the message `%`, `\r` and `\n`. Terminal escapes and other
/// control characters in listing text are removed first.
public struct GitHubReporter: Sendable {
    public var workingDirectory: String
    /// Annotations per type; GitHub displays 10.
    public var limitPerType: Int
    /// Most findings listed in the summary's table (the summary file is limited to 1 MiB).
    public var summaryRowLimit: Int

    public init(workingDirectory: String, limitPerType: Int = 10, summaryRowLimit: Int = 200) {
        self.workingDirectory = workingDirectory
        self.limitPerType = limitPerType
        self.summaryRowLimit = summaryRowLimit
    }

    /// The annotation level of a severity.
    public static func annotationType(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .evidence, .info: "notice"
        }
    }

    /// The workflow commands, one per line, then a plain line saying how many were left to the summary.
    public func render(_ report: RunReport) -> String {
        let (annotated, rest) = split(report.items)
        var out = annotated.map { command(for: $0) + "\n" }.joined()
        if !rest.isEmpty {
            out +=
                "listinglint: \(rest.count) more finding\(rest.count == 1 ? "" : "s") not annotated "
                + "(GitHub shows \(limitPerType) per type per step); see the job summary.\n"
        }
        return out
    }

    /// The job summary in Markdown: the run's figures, findings per severity and rule, the baseline
    /// comparison, and a table of the findings that were not annotated.
    public func summary(_ report: RunReport) -> String {
        let (_, rest) = split(report.items)
        let figures = SummaryFigures(report.summary)
        let summary = report.summary
        var out = "## ListingLint\n\n"
        out += "\(summary.checked) listing\(summary.checked == 1 ? "" : "s") checked"
        if summary.failed > 0 { out += ", \(summary.failed) unreadable" }
        out += " · mean score **\(format(summary.meanScore, digits: 1))** (\(figures.platformGrade.rawValue))"
        out += " · **\(format(summary.transparencyShare * 100, digits: 1))%** fully transparent"
        out +=
            " (target \(format(figures.target * 100, digits: 0))%: \(summary.transparencyShare >= figures.target ? "met" : "not met"))\n\n"

        let severities = Severity.allCases.reversed().compactMap { severity in
            summary.severities[severity.rawValue].map { (severity.rawValue, $0) }
        }
        if !severities.isEmpty {
            out += "| Severity | Findings |\n|---|---:|\n"
            for (name, count) in severities { out += "| \(name) | \(count) |\n" }
            out += "\n"
        }
        let rules = summary.rules.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if !rules.isEmpty {
            out += "| Rule | Findings |\n|---|---:|\n"
            for (rule, count) in rules.prefix(20) { out += "| \(MarkdownText.escape(rule)) | \(count) |\n" }
            if rules.count > 20 { out += "| … \(rules.count - 20) more rules | |\n" }
            out += "\n"
        }
        if let baseline = report.baseline {
            out +=
                "Baseline \(MarkdownText.escape(baseline.file)): \(baseline.new) new finding\(baseline.new == 1 ? "" : "s"), "
                + "\(baseline.suppressed) suppressed, \(baseline.stale.count) stale entr\(baseline.stale.count == 1 ? "y" : "ies")"
                + (baseline.stale.isEmpty
                    ? "" : " (fixed since the baseline was written: rewrite it with `--write-baseline`)") + ".\n\n"
        }
        if !rest.isEmpty {
            out += "### \(rest.count) finding\(rest.count == 1 ? "" : "s") not shown as annotations\n\n"
            out += "| Location | Listing | Severity | Rule | Message |\n|---|---|---|---|---|\n"
            for item in rest.prefix(summaryRowLimit) {
                var message = MarkdownText.escape(item.finding.message)
                if let evidence = item.finding.evidence { message += " «\(MarkdownText.escape(evidence, limit: 80))»" }
                out +=
                    "| \(MarkdownText.escape(position(item))) | \(MarkdownText.escape(item.listingID ?? "", limit: 80)) "
                    + "| \(item.finding.severity.rawValue) | \(MarkdownText.escape(item.finding.rule)) | \(message) |\n"
            }
            if rest.count > summaryRowLimit {
                out += "\n… and \(rest.count - summaryRowLimit) more: see the SARIF or JSON report.\n"
            }
            out += "\n"
        }
        return out
    }

    /// The annotation of one finding.
    public func command(for item: ReportItem) -> String {
        let finding = item.finding
        var properties: [(String, String)] = []
        let path = ArtifactPath.relative(item.source, to: workingDirectory)
        if path != "-" { properties.append(("file", path)) }
        if let line = finding.location?.line {
            properties.append(("line", String(line)))
            if let column = finding.location?.column { properties.append(("col", String(column))) }
        }
        var title = finding.rule
        if let id = item.listingID { title += " (\(id))" }
        properties.append(("title", title))

        var message = finding.message
        if let evidence = finding.evidence { message += " «\(evidence)»" }
        if finding.location?.line == nil, let pointer = finding.location?.pointer { message += " at \(pointer)" }
        if let suggestion = finding.suggestion { message += "\nFix: \(suggestion)" }
        let head = properties.map { "\($0.0)=\(Self.escapeProperty(clean($0.1)))" }.joined(separator: ",")
        return "::\(Self.annotationType(finding.severity)) \(head)::\(Self.escapeData(clean(message)))"
    }

    /// Escapes a workflow-command property value.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// Escapes workflow-command message data.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func clean(_ text: String) -> String { TerminalText.sanitize(text, limit: 4000, keepLineBreaks: true) }

    private func split(_ items: [ReportItem]) -> (annotated: [ReportItem], rest: [ReportItem]) {
        var used: [String: Int] = [:]
        var annotated: [ReportItem] = []
        var rest: [ReportItem] = []
        for item in items {
            let type = Self.annotationType(item.finding.severity)
            if used[type, default: 0] < limitPerType {
                used[type, default: 0] += 1
                annotated.append(item)
            } else {
                rest.append(item)
            }
        }
        return (annotated, rest)
    }

    private func position(_ item: ReportItem) -> String {
        let path = ArtifactPath.relative(item.source, to: workingDirectory)
        guard let location = item.finding.location, !location.positionDescription.isEmpty else { return path }
        return path + ":" + location.positionDescription
    }

    private func format(_ value: Double, digits: Int) -> String {
        let scale = digits == 0 ? 1.0 : digits == 1 ? 10.0 : 100.0
        let rounded = (value * scale).rounded() / scale
        return digits == 0 ? String(Int(rounded)) : String(rounded)
    }
}
