/// A claim hit that a context exception let through, listed so an auditor can see what passed and why.
public struct Exemption: Codable, Sendable, Hashable {
    /// The rule that would have fired.
    public var rule: String
    /// The text exactly as it appears in the source.
    public var evidence: String
    public var location: SourceLocation?
    /// Why it was let through, e.g. `time order (最新)` or `SAMR guideline art. 6(2): storage hint`.
    public var reason: String

    public init(rule: String, evidence: String, location: SourceLocation?, reason: String) {
        self.rule = rule
        self.evidence = evidence
        self.location = location
        self.reason = reason
    }
}
