import ListingLintCore
import ListingLintIngest

/// Reads one JSON Lines record of a streamed catalogue into a listing, through the JSON reader's
/// line entry point: ids default to `<file stem>#<line>`, and every location (parse errors, lenient
/// repairs) carries the line's number in the file.
enum JSONLinesRecord {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func read(_ bytes: [UInt8], source: String, lineNumber: Int, limits: InputLimits) -> Result<
        Listing, InputFailure
    > {
        let record = bytes.starts(with: byteOrderMark) ? bytes[byteOrderMark.count...] : bytes[...]
        return JSONReader.readLine(record, source: source, lineNumber: lineNumber, limits: limits)
    }
}
