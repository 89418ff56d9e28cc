import Foundation
public import ListingLintCore

/// The mergeable summary file (`--summary-out`, `listinglint merge`): a `CatalogueSummary` as
/// compact JSON with sorted keys, so equal summaries are equal bytes.
public enum SummaryFile {
    public static func encode(_ summary: CatalogueSummary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(summary)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func decode(contentsOf path: String) throws -> CatalogueSummary {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(CatalogueSummary.self, from: data)
    }

    /// Adds summaries in the order given; the result does not depend on the order or the split.
    public static func merge(_ summaries: [CatalogueSummary]) throws(SummaryMergeError) -> CatalogueSummary? {
        guard var merged = summaries.first else { return nil }
        for summary in summaries.dropFirst() { merged = try merged.merging(summary) }
        return merged
    }
}
