/// Why `listinglint serve` refuses to start.
public enum ServerConfigurationError: Error, Equatable, CustomStringConvertible {
    /// A non-loopback address without `--token`: anyone on the network could use the server.
    case tokenRequired(host: String)
    case emptyToken
    case invalidPort(Int)
    case invalidBodyLimit(Int)

    public var description: String {
        switch self {
        case let .tokenRequired(host):
            "binding to \(host) exposes the server beyond this machine: pass --token T (clients then send "
                + "Authorization: Bearer T), or bind to 127.0.0.1"
        case .emptyToken: "--token must not be empty"
        case let .invalidPort(port): "port \(port) is not between 0 and 65535"
        case let .invalidBodyLimit(bytes): "the body limit must be at least 1 byte (got \(bytes))"
        }
    }
}
