import Foundation
public import ListingLintCore

/// The JSON report (`schemas/report.schema.json`): tool, listings with findings, input errors, the
/// summary with its derived figures and, with `--baseline`, how the run compared with it. Keys are
/// sorted so output is deterministic.
public enum JSONReporter {
    public static func render(_ report: RunReport) -> String {
        let document = Document(
            tool: report.tool,
            listings: report.listings,
            inputErrors: report.inputErrors,
            summary: SummaryFigures(report.summary),
            baseline: report.baseline
        )
        return encode(document) + "\n"
    }

    /// One value as sorted-key JSON, slashes unescaped.
    public static func encode(_ value: some Encodable, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        var tool: ToolInfo
        var listings: [ListingReport]
        var inputErrors: [InputFailure]
        var summary: SummaryFigures
        var baseline: BaselineStatus?
    }
}

/// A summary with the ratios people read, next to the integer sums it is derived from.
public struct SummaryFigures: Encodable, Sendable {
    public var summary: CatalogueSummary
    /// Transparency target as a share (the platform's is 0.85).
    public var target: Double

    public init(_ summary: CatalogueSummary, target: Double = 0.85) {
        self.summary = summary
        self.target = target
    }

    /// The grade of the mean score, rounded down.
    public var platformGrade: Grade { Grade(score: Int(summary.meanScore.rounded(.down))) }

    private enum Keys: String, CodingKey {
        case meanScore, transparencyShare, target, meetsTarget, platformGrade
    }

    public func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode((summary.meanScore * 10).rounded() / 10, forKey: .meanScore)
        try container.encode((summary.transparencyShare * 10000).rounded() / 10000, forKey: .transparencyShare)
        try container.encode(target, forKey: .target)
        try container.encode(summary.transparencyShare >= target, forKey: .meetsTarget)
        try container.encode(platformGrade.rawValue, forKey: .platformGrade)
    }
}
