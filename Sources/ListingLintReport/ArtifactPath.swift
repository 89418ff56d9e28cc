/// Input paths as CI systems want them: relative to the working directory (the repository root in
/// CI), with `./` and duplicate slashes removed, and as URI references for SARIF.
public enum ArtifactPath {
    /// `source` relative to `workingDirectory` when it lies inside it; otherwise unchanged
    /// (an absolute path outside the working directory, or `-` for standard input).
    ///
    /// - Parameter workingDirectory: an absolute path, without or with a trailing slash.
    public static func relative(_ source: String, to workingDirectory: String) -> String {
        let path = clean(source)
        guard path.hasPrefix("/") else { return path }
        let root = clean(workingDirectory)
        if path == root { return "." }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Whether `relative(_:to:)` gave a path under the working directory.
    public static func isUnderWorkingDirectory(_ relativePath: String) -> Bool {
        !relativePath.hasPrefix("/") && !relativePath.hasPrefix("../") && relativePath != "-"
    }

    /// A path as an RFC 3986 URI reference: every byte outside the unreserved set and `/` is
    /// percent-encoded (so spaces, `#`, `%` and Chinese file names stay valid).
    public static func uriReference(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    /// Removes `./` segments and repeated slashes; keeps `-` (standard input) as it is.
    private static func clean(_ path: String) -> String {
        guard path != "-" else { return path }
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
