public import ListingLintCore
import Foundation

/// The report for people: findings grouped by listing with file and position, the matched text,
/// then the summary line. Colour only when asked (the CLI asks on a TTY).
public struct TextReporter: Sendable {
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func render(_ report: RunReport) -> String {
        var out = ""
        for failure in report.inputErrors {
            out += paint("\(TerminalText.sanitize(failure.source))", .bold) + "\n"
            out += "  " + position(failure.finding.location) + paint("error", .red) + "  \(failure.finding.rule)  \(TerminalText.sanitize(failure.finding.message, limit: 400))\n\n"
        }
        for listing in report.listings {
            out += header(listing) + "\n"
            let fields = listing.fields.map { "\($0.field) \(symbol($0.state))" }.joined(separator: "  ")
            out += "  category \(TerminalText.sanitize(listing.category.name)) (\(TerminalText.sanitize(listing.category.reason))); fields: \(fields)\n"
            for finding in listing.findings {
                var line = "  " + position(finding.location) + paint(finding.severity.rawValue, colourFor(finding.severity))
                line += "  \(finding.rule)  \(TerminalText.sanitize(finding.message, limit: 300))"
                if let evidence = finding.evidence { line += "  «\(TerminalText.sanitize(evidence, limit: 80))»" }
                if let cost = finding.cost, cost > 0 { line += paint("  −\(cost)", .dim) }
                out += line + "\n"
                if let suggestion = finding.suggestion {
                    out += paint("      → \(TerminalText.sanitize(suggestion, limit: 200))", .dim) + "\n"
                }
            }
            for exemption in listing.exemptions {
                out += paint("  " + position(exemption.location) + "exempt  \(exemption.rule)  «\(TerminalText.sanitize(exemption.evidence, limit: 80))» \(TerminalText.sanitize(exemption.reason))", .dim) + "\n"
            }
            out += "\n"
        }
        out += TextReporter.summaryLine(report.summary) + "\n"
        if let baseline = report.baseline { out += baselineLines(baseline) }
        return out
    }

    /// `baseline b.json: 2 new findings reported, 40 suppressed, 1 stale entry` and the stale entries.
    private func baselineLines(_ baseline: BaselineStatus) -> String {
        var out = "baseline \(TerminalText.sanitize(baseline.file)): \(baseline.new) new finding\(baseline.new == 1 ? "" : "s") reported, "
        out += "\(baseline.suppressed) suppressed, \(baseline.stale.count) stale entr\(baseline.stale.count == 1 ? "y" : "ies")\n"
        for entry in baseline.stale.prefix(20) {
            var line = "  stale  [\(TerminalText.sanitize(entry.listing, limit: 60))] \(entry.rule)"
            if !entry.evidence.isEmpty { line += "  «\(TerminalText.sanitize(entry.evidence, limit: 80))»" }
            out += paint(line + (entry.count > 1 ? " ×\(entry.count)" : ""), .dim) + "\n"
        }
        if baseline.stale.count > 20 { out += paint("  … \(baseline.stale.count - 20) more stale entries", .dim) + "\n" }
        return out
    }

    /// `checked 42 listings (1 unreadable): mean score 71.3, 38.1% fully transparent (target 85%), 17 errors, 9 warnings`
    public static func summaryLine(_ summary: CatalogueSummary, target: Double = 0.85) -> String {
        let mean = (summary.meanScore * 10).rounded() / 10
        let share = (summary.transparencyShare * 1000).rounded() / 10
        var parts = ["checked \(summary.checked) listing\(summary.checked == 1 ? "" : "s")"]
        if summary.failed > 0 { parts[0] += " (\(summary.failed) unreadable)" }
        parts.append("mean score \(mean)")
        parts.append("\(share)% fully transparent (target \(Int(target * 100))%)")
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            guard let n = summary.severities[severity.rawValue], n > 0 else { return nil }
            return "\(n) \(severity.rawValue)\(n == 1 || severity == .evidence || severity == .info ? "" : "s")"
        }
        let figures = parts.dropFirst().joined(separator: ", ")
        return parts[0] + ": " + figures + (counts.isEmpty ? ", no findings" : ", " + counts.joined(separator: ", "))
    }

    private func header(_ listing: ListingReport) -> String {
        var text = paint(TerminalText.sanitize(listing.source), .bold)
        if listing.id != listing.source { text += " [\(TerminalText.sanitize(listing.id, limit: 60))]" }
        if let title = listing.title { text += " " + TerminalText.sanitize(title, limit: 60) }
        return text + " — score \(listing.score) (\(listing.grade.rawValue))"
    }

    private func position(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        let text = location.positionDescription
        return text.isEmpty ? "" : TerminalText.sanitize(text, limit: 80) + "  "
    }

    private func symbol(_ state: FieldState) -> String {
        switch state {
        case .present: "✓"
        case .vague: "~"
        case .hidden: "?"
        case .missing: "✗"
        case .notApplicable: "–"
        }
    }

    private enum Style: String {
        case red = "31", yellow = "33", cyan = "36", dim = "2", bold = "1"
    }

    private func colourFor(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .evidence, .info: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
