/// A `category-mapping` entry of `.listinglint.yml`: listings whose category field, breadcrumbs or
/// product type match `pattern` use the profile `category`.
///
/// `pattern` is a case-insensitive substring, or a regular expression when written `/…/`.
public struct CategoryMapping: Sendable, Hashable, Codable {
    public var pattern: String
    /// A profile name (`apparel`, `furniture`, … or one defined under `categories`).
    public var category: String

    public init(pattern: String, category: String) {
        self.pattern = pattern
        self.category = category
    }
}

/// A `categories.<name>` entry of `.listinglint.yml`: replaces a profile's field lists (each list
/// given replaces the built-in one; lists left out keep it) or defines a new profile.
public struct ProfileOverride: Sendable, Hashable, Codable {
    public var required: [FieldName]?
    public var recommended: [FieldName]?
    public var notApplicable: [FieldName]?

    public init(required: [FieldName]? = nil, recommended: [FieldName]? = nil, notApplicable: [FieldName]? = nil) {
        self.required = required
        self.recommended = recommended
        self.notApplicable = notApplicable
    }
}

/// A claims allowlist entry: text the team has cleared, with the reason, optionally for one rule only.
public struct AllowlistEntry: Sendable, Hashable, Codable {
    /// The text as it appears in listings.
    public var text: String
    /// Why it is allowed (substantiation, legal advice, a trademark…): shown with the exemption.
    public var reason: String
    /// Only this rule id is let through; nil for any rule matching the text.
    public var rule: String?

    public init(text: String, reason: String, rule: String? = nil) {
        self.text = text
        self.reason = reason
        self.rule = rule
    }
}

/// A team's own claim rule from `.listinglint.yml` (`custom-rules`), as plain data: the claims
/// matcher adds its terms to the automaton.
public struct CustomClaimRule: Sendable, Hashable, Codable {
    /// Rule id; `custom.` is prefixed when missing so custom ids never collide with built-in ones.
    public var id: String
    /// Terms that trigger the rule (matched like lexicon terms: normalised, CJK-aware).
    public var terms: [String]
    public var severity: Severity
    public var message: String
    /// Claim category reported with the finding (`absolute-term`, `green-claim`, …).
    public var category: String?

    public init(id: String, terms: [String], severity: Severity, message: String, category: String? = nil) {
        self.id = id
        self.terms = terms
        self.severity = severity
        self.message = message
        self.category = category
    }
}
