public import ListingLintCore

/// The bytes of one input and what is known about it before reading.
public struct InputDocument: Sendable {
    /// The path as given (`-` for standard input).
    public var source: String
    public var bytes: [UInt8]
    /// A format forced by the user (`--input-format`); nil to detect.
    public var format: InputFormat?
    /// A character encoding label forced by the user (`gbk`, `utf-8`…) for HTML; nil to sniff.
    public var encoding: String?

    public init(source: String, bytes: [UInt8], format: InputFormat? = nil, encoding: String? = nil) {
        self.source = source
        self.bytes = bytes
        self.format = format
        self.encoding = encoding
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
