public import ListingLintCore

/// Reads JSON exports. (Skeleton: the JSON reader work fills it.)
public enum JSONReader {
    public static func read(_ document: InputDocument, limits: InputLimits) -> ReadOutcome {
        ReadOutcome(failures: [InputFailure(source: document.source, rule: InputRule.unknownFormat, message: "JSON reading is not built yet")])
    }
}
