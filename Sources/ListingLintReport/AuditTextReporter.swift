import Foundation
public import ListingLintCore

/// The audit summary for people on a terminal: the platform figures against the target, grades,
/// the rules that fire most, categories, and the sellers' transparency record.
public struct AuditTextReporter: Sendable {
    /// Transparency target as a share (the platform's is 0.85).
    public var target: Double
    /// Rows shown per table.
    public var rows: Int

    public init(target: Double = 0.85, rows: Int = 10) {
        self.target = target
        self.rows = rows
    }

    public func render(_ result: AuditResult) -> String {
        let summary = result.summary
        var out = ""
        if !result.completed { out += "INTERRUPTED: the figures below cover only the listings checked before the stop.\n" }
        out += "Platform transparency: mean score \(Self.decimal(summary.meanScore)) (grade \(Grade(score: Int(summary.meanScore)).rawValue)), "
        out += "\(Self.percent(summary.transparencyShare)) fully transparent — target \(Self.percent(target)): "
        out += summary.transparencyShare >= target ? "met\n" : "NOT met\n"
        out += "Listings: \(summary.read) read, \(summary.checked) checked, \(summary.failed) unreadable"
        out += " in \(Self.decimal(result.seconds)) s\n"
        if let previous = result.previous {
            let scoreChange = summary.meanScore - previous.meanScore
            let shareChange = summary.transparencyShare - previous.transparencyShare
            out += "Since the previous audit: mean score \(Self.signed(scoreChange)), fully transparent \(Self.signed(shareChange * 100)) points\n"
        }
        out += "\nGrades: " + Grade.allCases.map { "\($0.rawValue) \(summary.grades[$0.rawValue] ?? 0)" }.joined(separator: "  ") + "\n"
        out += "\nTop rules:\n"
        for (rule, count) in summary.rankedRules.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(rows) {
            out += "  \(Self.pad(String(count), 8)) \(TerminalText.sanitize(rule))\n"
        }
        out += "\nBy category (listings, mean score, fully transparent):\n"
        for (name, tally) in summary.categories.sorted(by: { ($0.value.meanScore, $0.key) < ($1.value.meanScore, $1.key) }) {
            out += "  \(Self.pad(TerminalText.sanitize(name, limit: 24), -24)) \(Self.pad(String(tally.listings), 8)) \(Self.pad(Self.decimal(tally.meanScore), 6)) \(Self.pad(Self.percent(tally.transparencyShare), 7))\n"
        }
        out += "\nSeller transparency record, lowest first (listings, mean score, fully transparent, worst rule):\n"
        for (name, tally) in SellerRanking.ranked(summary).prefix(rows) {
            let worst = tally.rankedRules.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "-"
            out += "  \(Self.pad(TerminalText.sanitize(name, limit: 24), -24)) \(Self.pad(String(tally.listings), 8)) \(Self.pad(Self.decimal(tally.meanScore), 6)) \(Self.pad(Self.percent(tally.transparencyShare), 7))  \(TerminalText.sanitize(worst))\n"
        }
        if !result.inputErrors.isEmpty {
            out += "\nUnreadable inputs (\(summary.failed); first \(min(rows, result.inputErrors.count)) shown):\n"
            for failure in result.inputErrors.prefix(rows) {
                out += "  \(TerminalText.sanitize(failure.description, limit: 200))\n"
            }
        }
        return out
    }

    static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    static func signed(_ value: Double) -> String { String(format: "%+.1f", value) }

    /// Pads to `width` columns: positive pads on the left (numbers), negative on the right (names).
    public static func pad(_ text: String, _ width: Int) -> String {
        let missing = max(0, abs(width) - text.count)
        let padding = String(repeating: " ", count: missing)
        return width >= 0 ? padding + text : text + padding
    }
}

/// The merchant transparency record: sellers ordered by mean score, lowest first (ties by name).
public enum SellerRanking {
    public static func ranked(_ summary: CatalogueSummary) -> [(String, GroupTally)] {
        summary.sellers.sorted { ($0.value.meanScore, $0.key) < ($1.value.meanScore, $1.key) }
    }
}
