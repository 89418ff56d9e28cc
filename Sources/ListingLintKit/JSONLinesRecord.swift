public import ListingLintCore
import ListingLintIngest

/// Reads one JSON Lines record into a listing, with the line number in every location.
enum JSONLinesRecord {
    static func read(_ bytes: [UInt8], source: String, lineNumber: Int, limits: InputLimits) -> Result<Listing, InputFailure> {
        let outcome = ListingReaders.read(InputDocument(source: source, bytes: bytes, format: .listingJSON), limits: limits)
        if var failure = outcome.failures.first {
            var location = failure.finding.location ?? SourceLocation()
            location.line = lineNumber
            failure.finding.location = location
            failure.finding.message = "line \(lineNumber): " + failure.finding.message
            return .failure(failure)
        }
        guard var listing = outcome.listings.first else {
            return .failure(InputFailure(source: source, rule: InputRule.emptyInput, message: "line \(lineNumber) holds no listing", location: SourceLocation(line: lineNumber)))
        }
        if listing.id.isEmpty || listing.id.hasSuffix("#0") { listing.id = "\(source)#\(lineNumber)" }
        return .success(listing)
    }
}
