/// What a run is configured to do: the parsed `.listinglint.yml` merged with command-line options.
/// Plain data; `ListingLintConfig` reads it from YAML.
public struct LintConfiguration: Sendable, Hashable {
    /// Jurisdictions whose claim rules apply (`cn`, `eu`, `us`).
    public var jurisdictions: Set<String>
    /// The date rules are judged at (`YYYY-MM-DD`); date-gated rules such as the EU's generic
    /// environmental claims ban (from 2026-09-27) apply only on or after their date. Nil: today.
    public var asOf: String?
    /// Rule id → severity override.
    public var severityOverrides: [String: Severity]
    /// Rule ids (or prefixes ending in `.`) switched off.
    public var disabledRules: Set<String>
    /// Input limits.
    public var limits: InputLimits
    /// Category mapping rules, tried in order before any built-in category detection.
    public var categoryMapping: [CategoryMapping]
    /// Profile name → replaced field lists (or a new profile).
    public var profileOverrides: [String: ProfileOverride]
    /// Field → extra field names (zh or en) to recognise besides the built-in synonyms.
    public var extraSynonyms: [FieldName: [String]]
    /// Claim texts the team has cleared, with the reason.
    public var allowlist: [AllowlistEntry]
    /// The team's own claim rules.
    public var customRules: [CustomClaimRule]
    /// The `.listinglint.yml` this configuration was read from; nil for the built-in defaults.
    public var sourcePath: String?

    public init(
        jurisdictions: Set<String> = ["cn", "eu", "us"],
        asOf: String? = nil,
        severityOverrides: [String: Severity] = [:],
        disabledRules: Set<String> = [],
        limits: InputLimits = InputLimits(),
        categoryMapping: [CategoryMapping] = [],
        profileOverrides: [String: ProfileOverride] = [:],
        extraSynonyms: [FieldName: [String]] = [:],
        allowlist: [AllowlistEntry] = [],
        customRules: [CustomClaimRule] = [],
        sourcePath: String? = nil
    ) {
        self.jurisdictions = jurisdictions
        self.asOf = asOf
        self.severityOverrides = severityOverrides
        self.disabledRules = disabledRules
        self.limits = limits
        self.categoryMapping = categoryMapping
        self.profileOverrides = profileOverrides
        self.extraSynonyms = extraSynonyms
        self.allowlist = allowlist
        self.customRules = customRules
        self.sourcePath = sourcePath
    }

    /// Whether a rule is switched off, by id or by a prefix such as `claim.us.`.
    public func isDisabled(_ rule: String) -> Bool {
        disabledRules.contains(rule) || disabledRules.contains { $0.hasSuffix(".") && rule.hasPrefix($0) }
    }
}

/// Limits that keep memory bounded on hostile input. An input over a limit becomes an `input-error`.
public struct InputLimits: Sendable, Hashable {
    /// Largest input file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest JSON or HTML nesting accepted.
    public var maxDepth: Int
    /// Most listings read from one file.
    public var maxListingsPerFile: Int
    /// Longest text kept per field, in Unicode scalars; longer text is cut and reported.
    public var maxFieldScalars: Int

    public init(
        maxFileBytes: Int = 64 << 20,
        maxDepth: Int = 512,
        maxListingsPerFile: Int = 10_000_000,
        maxFieldScalars: Int = 1 << 20
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxListingsPerFile = maxListingsPerFile
        self.maxFieldScalars = maxFieldScalars
    }
}
