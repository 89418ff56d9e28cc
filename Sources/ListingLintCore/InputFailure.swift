/// An input, or a record inside one, that could not be read into a listing.
///
/// It is reported like a listing (so nothing is silently dropped) and counted as `failed` in the
/// summary. The finding is of kind `input-error` and names the file and the line or JSON pointer.
public struct InputFailure: Codable, Sendable, Hashable, Error {
    /// The input file as given.
    public var source: String
    /// The listing id, when the failure is one record of a multi-listing input.
    public var listing: String?
    public var finding: Finding

    public init(source: String, listing: String? = nil, rule: String, message: String, location: SourceLocation? = nil) {
        self.source = source
        self.listing = listing
        finding = Finding(rule: rule, kind: .inputError, severity: .error, message: message, location: location)
    }

    /// `file:line:col: message`, for people.
    public var description: String {
        let position = finding.location?.positionDescription ?? ""
        return position.isEmpty ? "\(source): \(finding.message)" : "\(source):\(position): \(finding.message)"
    }
}

/// Stable rule ids of input errors.
public enum InputRule {
    public static let unreadable = "input.unreadable"
    public static let notFound = "input.not-found"
    public static let malformedJSON = "input.malformed-json"
    public static let unknownFormat = "input.unknown-format"
    public static let emptyInput = "input.empty"
    public static let binary = "input.binary"
    public static let tooLarge = "input.limit.size"
    public static let tooDeep = "input.limit.depth"
    public static let tooManyListings = "input.limit.listings"
    public static let textTooLong = "input.limit.text"
    public static let symlinkLoop = "input.symlink-loop"
    public static let charsetMismatch = "input.charset-mismatch"
    public static let encodingFallback = "input.encoding-fallback"
    public static let recovered = "input.recovered"
}
