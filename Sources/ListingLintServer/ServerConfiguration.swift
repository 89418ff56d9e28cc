/// How `listinglint serve` listens and what it accepts. Plain data; the command fills it from its options.
public struct ServerConfiguration: Sendable, Hashable {
    /// Address to bind: `127.0.0.1` by default, so nothing outside the machine can reach the server.
    public var host: String
    /// TCP port (0 asks the system for a free one).
    public var port: Int
    /// The shared secret every request must carry as `Authorization: Bearer <token>`; nil for none.
    /// Required when `host` is not a loopback address.
    public var token: String?
    /// Largest request body accepted, in bytes; larger bodies get 413.
    public var maxBodyBytes: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 2 << 20) {
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
    }
}
