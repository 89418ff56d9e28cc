/// One problem found in one listing. A value: checks return findings, they never throw them.
///
/// `rule`, `kind`, `field`, `severity`, `message`, `evidence` and `location` are the report contract
/// that CI users and other tools read; the other properties extend it.
public struct Finding: Codable, Sendable, Hashable {
    /// Stable rule id, e.g. `field.material.missing` or `claim.cn.absolute.zuijia`.
    public var rule: String
    public var kind: FindingKind
    /// The listing field a field finding is about (`material`, `size`, `instructions`, …).
    public var field: String?
    public var severity: Severity
    /// One sentence for people.
    public var message: String
    /// The offending text exactly as it appears in the source (for claims), or the vague value.
    public var evidence: String?
    public var location: SourceLocation?
    /// The claim category (`absolute-term`, `ranking`, `green-claim`, …) for claim findings.
    public var category: String?
    /// The legal or platform basis, e.g. `广告法 第九条第（三）项 (Advertising Law Art. 9(3))`.
    public var basis: String?
    /// A compliant rewrite or the fix to make.
    public var suggestion: String?
    /// Which evasion was undone to find the claim (`spaces between characters`, `traditional characters`…).
    public var evasion: String?
    /// Score points this finding cost the listing.
    public var cost: Int?
    /// How sure the check is (0–1), when it is less than certain.
    public var confidence: Double?
    /// Text that can replace `evidence` as is (a one-click fix: honest, neutral wording), when the rule
    /// offers one; `suggestion` is the general advice.
    public var replacement: String?

    public init(
        rule: String,
        kind: FindingKind,
        field: String? = nil,
        severity: Severity,
        message: String,
        evidence: String? = nil,
        location: SourceLocation? = nil,
        category: String? = nil,
        basis: String? = nil,
        suggestion: String? = nil,
        evasion: String? = nil,
        cost: Int? = nil,
        confidence: Double? = nil,
        replacement: String? = nil
    ) {
        self.rule = rule
        self.kind = kind
        self.field = field
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.location = location
        self.category = category
        self.basis = basis
        self.suggestion = suggestion
        self.evasion = evasion
        self.cost = cost
        self.confidence = confidence
        self.replacement = replacement
    }
}
