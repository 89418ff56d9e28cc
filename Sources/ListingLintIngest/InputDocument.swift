public import ListingLintCore

/// The bytes of one input and what is known about it before reading.
public struct InputDocument: Sendable {
    /// The path as given (`-` for standard input).
    public var source: String
    public var bytes: [UInt8]
    /// A format forced by the user (`--input-format`); nil to detect.
    public var format: InputFormat?

    public init(source: String, bytes: [UInt8], format: InputFormat? = nil) {
        self.source = source
        self.bytes = bytes
        self.format = format
    }
}

/// What reading one input produced: its listings, and the records that could not be read.
public struct ReadOutcome: Sendable {
    public var listings: [Listing]
    public var failures: [InputFailure]

    public init(listings: [Listing] = [], failures: [InputFailure] = []) {
        self.listings = listings
        self.failures = failures
    }
}
