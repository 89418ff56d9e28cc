public import ListingLintCore

/// JSON Lines (`schemas/report-line.schema.json`): one compact JSON object per line, written as
/// listings finish — a `listing` line per checked listing, an `input-error` line per input that
/// could not be read, and a final `summary` line. Each line is complete on its own, so a consumer
/// (a Spark job, `jq -c`) can process the stream without holding the run in memory.
public enum JSONLinesReporter {
    /// The whole run: every listing and input error in report order, then the summary line.
    public static func render(_ report: RunReport) -> String {
        var out = ""
        for failure in report.inputErrors { out += line(for: failure) }
        for listing in report.listings { out += line(for: listing) }
        out += summaryLine(report)
        return out
    }

    /// One checked listing as a line (newline included): the JSON report's listing object plus `"type":"listing"`.
    public static func line(for listing: ListingReport) -> String {
        JSONReporter.encode(Tagged(type: "listing", value: listing), pretty: false) + "\n"
    }

    /// One input that could not be read, as a line: the JSON report's input error plus `"type":"input-error"`.
    public static func line(for failure: InputFailure) -> String {
        JSONReporter.encode(Tagged(type: "input-error", value: failure), pretty: false) + "\n"
    }

    /// The last line: the tool, the summary with its derived figures and the baseline comparison.
    public static func summaryLine(_ report: RunReport) -> String {
        let summary = SummaryLine(tool: report.tool, summary: SummaryFigures(report.summary), baseline: report.baseline)
        return JSONReporter.encode(Tagged(type: "summary", value: summary), pretty: false) + "\n"
    }

    /// A value's keys with a `type` key beside them.
    private struct Tagged<Value: Encodable>: Encodable {
        var type: String
        var value: Value

        private enum Keys: String, CodingKey { case type }

        func encode(to encoder: any Encoder) throws {
            try value.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(type, forKey: .type)
        }
    }

    private struct SummaryLine: Encodable {
        var tool: ToolInfo
        var summary: SummaryFigures
        var baseline: BaselineStatus?
    }
}
