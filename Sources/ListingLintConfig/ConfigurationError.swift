/// Why a `.listinglint.yml` could not be used: the file, the key (dotted path) and the line.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The configuration file as given or found.
    public var path: String
    /// 1-based line of the offending key or value, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The dotted key path (`limits.max-depth`, `category-mapping[2].category`), when the problem has one.
    public var key: String?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, key: String? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `path:line:column: key: message`, for people.
    public var description: String {
        var position = path
        if let line { position += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return key.map { "\(position): \($0): \(message)" } ?? "\(position): \(message)"
    }
}
