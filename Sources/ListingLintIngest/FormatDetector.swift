public import ListingLintCore

/// Decides whether an input is HTML or JSON from its first meaningful bytes (and its file name).
public enum FormatDetector {
    /// The input's format family: `.html` for markup, `.listingJSON` for any JSON (the JSON reader
    /// then tells its dialects apart).
    public static func detect(_ document: InputDocument) -> InputFormat {
        let lowered = document.source.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") {
            return .html
        }
        if lowered.hasSuffix(".json") || lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".jsonld") {
            return .listingJSON
        }
        var index = 0
        let bytes = document.bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return .html }
        return bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") ? .listingJSON : .html
    }
}
