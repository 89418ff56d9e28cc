/// What a rule is, for the formats that describe their rules (SARIF `tool.driver.rules`, docs).
///
/// The claim and field checks publish a catalogue of these; reporters fall back to describing a
/// rule from its findings when the catalogue does not list it.
public struct RuleDescriptor: Codable, Sendable, Hashable {
    /// The stable rule id findings carry, e.g. `claim.cn.absolute.zuijia`.
    public var id: String
    /// A short name people can read, in UpperCamelCase as SARIF suggests, e.g. `AbsoluteTermZuijia`.
    public var name: String
    /// One sentence: what the rule flags.
    public var shortDescription: String
    /// What the rule flags and why (the legal or platform basis).
    public var fullDescription: String
    /// How to fix a finding of this rule.
    public var help: String
    /// The severity the rule's findings have unless configuration overrides it.
    public var defaultSeverity: Severity
    /// Where the rule is documented, if anywhere.
    public var helpUri: String?
    /// The claim category (`absolute-term`, `green-claim`…), for claim rules.
    public var category: String?
    /// The legal or platform basis (law and article), for claim rules.
    public var basis: String?

    public init(
        id: String,
        name: String,
        shortDescription: String,
        fullDescription: String,
        help: String,
        defaultSeverity: Severity,
        helpUri: String? = nil,
        category: String? = nil,
        basis: String? = nil
    ) {
        self.id = id
        self.name = name
        self.shortDescription = shortDescription
        self.fullDescription = fullDescription
        self.help = help
        self.defaultSeverity = defaultSeverity
        self.helpUri = helpUri
        self.category = category
        self.basis = basis
    }
}
