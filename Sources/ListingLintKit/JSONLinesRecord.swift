public import ListingLintCore
import ListingLintIngest

/// Reads one JSON Lines record of a streamed catalogue into a listing.
enum JSONLinesRecord {
    static func read(_ bytes: [UInt8], source: String, lineNumber: Int, limits: InputLimits) -> Result<Listing, InputFailure> {
        JSONReader.readLine(bytes[...], source: source, lineNumber: lineNumber, limits: limits)
    }
}
