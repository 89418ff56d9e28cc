public import ListingLintCore

/// The one entry point of ingest: detects an input's format and hands it to its reader.
public enum ListingReaders {
    /// Reads every listing of one input. Never throws: what cannot be read becomes an `InputFailure`.
    public static func read(_ document: InputDocument, limits: InputLimits = InputLimits()) -> ReadOutcome {
        guard document.bytes.count <= limits.maxFileBytes else {
            return ReadOutcome(failures: [
                InputFailure(
                    source: document.source,
                    rule: InputRule.tooLarge,
                    message: "input is \(document.bytes.count) bytes, over the limit of \(limits.maxFileBytes) bytes"
                ),
            ])
        }
        switch document.format ?? FormatDetector.detect(document) {
        case .html:
            return HTMLReader.read(document, limits: limits)
        case .listingJSON, .shopify, .woocommerce, .jsonLD:
            return JSONReader.read(document, limits: limits)
        }
    }
}
