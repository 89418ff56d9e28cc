public import ListingLintCore

/// One line per finding, the form compilers use and editors and `grep` understand:
/// `path:line:col: severity rule: message «evidence» [listing id]`.
///
/// Findings located by a JSON pointer put the pointer where the line would be
/// (`export.json:/products/0/title: …`); unlocated findings give the path alone. Listing text is
/// stripped of control characters and terminal escapes.
public enum LineReporter {
    public static func render(_ report: RunReport) -> String {
        report.items.map { line(for: $0) + "\n" }.joined()
    }

    /// The line of one finding, without the newline.
    public static func line(for item: ReportItem) -> String {
        let finding = item.finding
        var position = TerminalText.sanitize(item.source, limit: 400)
        if let location = finding.location {
            if let line = location.line {
                position += ":\(line)" + (location.column.map { ":\($0)" } ?? "")
            } else if let pointer = location.pointer {
                position += ":" + TerminalText.sanitize(pointer, limit: 200)
            }
        }
        var text =
            "\(position): \(finding.severity.rawValue) \(finding.rule): \(TerminalText.sanitize(finding.message, limit: 400))"
        if let evidence = finding.evidence { text += " «\(TerminalText.sanitize(evidence, limit: 80))»" }
        if let id = item.listingID, id != item.source { text += " [\(TerminalText.sanitize(id, limit: 80))]" }
        return text
    }
}
