/// Everything the checks concluded about one listing: the unit every reporter renders.
public struct ListingReport: Codable, Sendable, Hashable {
    public var id: String
    /// The input file as given on the command line.
    public var source: String
    public var format: InputFormat
    public var title: String?
    public var seller: String?
    public var category: CategoryDecision
    /// 0–100, explainable from `fields` and `findings` (see `ScoreCard`).
    public var score: Int
    public var grade: Grade
    public var fields: [FieldReport]
    public var findings: [Finding]
    /// Claim hits let through by a context exception, with the reason.
    public var exemptions: [Exemption]

    public init(
        id: String,
        source: String,
        format: InputFormat,
        title: String? = nil,
        seller: String? = nil,
        category: CategoryDecision,
        score: Int,
        grade: Grade,
        fields: [FieldReport],
        findings: [Finding],
        exemptions: [Exemption] = []
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.title = title
        self.seller = seller
        self.category = category
        self.score = score
        self.grade = grade
        self.fields = fields
        self.findings = findings
        self.exemptions = exemptions
    }

    /// Whether every required field is present with a meaningful value.
    public var isFullyTransparent: Bool {
        fields.allSatisfy { $0.requirement != .required || $0.state == .present || $0.state == .notApplicable }
    }

    /// The most serious finding's severity, if any.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }
}

/// The category the checks judged a listing as, and why.
public struct CategoryDecision: Codable, Sendable, Hashable {
    /// A category profile name: `apparel`, `footwear`, `electronics`, …, `default`.
    public var name: String
    /// Why: `category field "女装/连衣裙"`, `breadcrumb "Furniture > Sofas"`, `keyword "sofa" in title`, `no signal`.
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}
