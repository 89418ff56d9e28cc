/// Which bind addresses reach only this machine.
public enum HostPolicy {
    /// Whether `host` is a loopback address (`127.0.0.0/8`, `::1`, `localhost`). Any other address
    /// (including `0.0.0.0` and `::`, which bind every interface) can be reached from the network.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased().trimmingBrackets
        if lowered == "localhost" || lowered == "::1" || lowered == "0:0:0:0:0:0:0:1" { return true }
        let octets = lowered.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}

private extension String {
    /// `[::1]` → `::1`.
    var trimmingBrackets: String {
        hasPrefix("[") && hasSuffix("]") ? String(dropFirst().dropLast()) : self
    }
}
