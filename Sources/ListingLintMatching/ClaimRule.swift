public import ListingLintCore

/// One claim rule from a rule pack: the terms that trigger it, its legal basis, and its examples.
///
/// The JSON shape is agreed in `PACK-FORMAT.md` and fixed by `schemas/rule-pack.schema.json`.
public struct ClaimRule: Codable, Sendable, Hashable {
    /// Stable id, unique across packs: `claim.<cn|en|eu|us>.<category-short>.<slug>`.
    public var id: String
    public var category: ClaimCategory
    public var severity: Severity
    /// Jurisdictions the rule belongs to (`cn`, `eu`, `us`).
    public var jurisdictions: [String]
    /// The law and article (or platform policy) the rule rests on.
    public var basis: String
    /// One English sentence for people.
    public var message: String
    /// A compliant rewrite.
    public var rewrite: String
    /// Drop-in text that can replace any of the rule's terms where it stands (neutral wording, e.g.
    /// 最好 → 优质, "best" → "high-quality"); only for terms where such a swap reads correctly.
    public var replacement: String?
    /// Surface forms, written once in simplified Chinese / lower-case English; the engine normalises them.
    public var terms: [String]
    /// Where the rule is scoped or sensitive (see `RuleContext`).
    public var contexts: [RuleContext]?
    /// First day (`YYYY-MM-DD`) the rule applies; checks dated earlier skip it.
    public var appliesFrom: String?
    /// A condition the text around a term must meet for the term to be this claim (`figure`,
    /// `free-in-sentence`, `no-certification-named`, `no-price-nearby`).
    public var requires: RuleRequirement?
    /// Longer phrases containing a term that are not this claim; they suppress only this rule's hits.
    public var exceptions: [RuleException]?
    public var examples: RuleExamples
    /// The pack the rule was loaded from (file stem). Set by the loader, not read from JSON.
    public var pack: String = ""

    private enum CodingKeys: String, CodingKey {
        case id, category, severity, jurisdictions, basis, message, rewrite, replacement, terms, contexts, appliesFrom
        case requires, exceptions, examples
    }

    /// Whether the rule only applies to listing titles (title formatting, promotional phrases).
    public var isTitleOnly: Bool {
        category == .titleFormatting || (contexts ?? []).contains(.titleOnly)
    }

    /// Whether the rule applies in `jurisdictions` on the day `asOf` (`YYYY-MM-DD`; ISO dates compare as strings).
    public func applies(jurisdictions selected: Set<String>, asOf: String) -> Bool {
        guard jurisdictions.contains(where: selected.contains) else { return false }
        if let appliesFrom { return appliesFrom <= asOf }
        return true
    }
}

/// What the text around a rule's term must hold for the term to be the rule's claim.
public enum RuleRequirement: String, Codable, Sendable, Hashable {
    /// A figure stands next to the term in the same clause: `热销50万条`, `Recommended by 96% of
    /// customers`. A figure is a number with a count unit (万, 千, %, +) or of three digits or more, so
    /// `售出后7天` and `sold in packs of 2` are not sales data.
    case figure
    /// The word `free` stands in the same sentence: `FREE shaker - just pay the $4.99 handling fee`
    /// (the goods are called free while the buyer pays more than delivery).
    case freeInSentence = "free-in-sentence"
    /// The sentence names no certification scheme, certificate or test: `organic cotton` is a claim to
    /// substantiate, `95% organic cotton (GOTS certified)`, `有机棉（有机认证证书编号…）` and
    /// `hypoallergenic filling, tested to EN 14533` show their basis.
    case noCertificationNamed = "no-certification-named"
    /// No price stands near the term (a currency sign or 元 next to a number, up to 100 characters after
    /// it or 40 before, across sentences): `Start 30 day free trial. $19.95/year.` shows what it costs.
    case noPriceNearby = "no-price-nearby"
}

/// A rule-local exception: phrases containing the rule's term that are not the claim.
public struct RuleException: Codable, Sendable, Hashable {
    public var terms: [String]
    /// Why, e.g. `SAMR guideline art. 6(2): time-of-use hint`.
    public var reason: String
}

/// Sentences that must (flag) and must not (pass) produce a hit of the rule; every one runs as a test.
public struct RuleExamples: Codable, Sendable, Hashable {
    public var flag: [String]
    public var pass: [String]
}

/// Where a rule is scoped or sensitive.
///
/// `title-only` restricts the rule to listing titles. `health`, `investment` and `education` name the
/// rule's sensitive domain: in a listing or sentence of that domain the hit is raised one severity step
/// (SAMR 2023 guideline art. 11: such claims are never treated as minor). Outside it the rule still
/// applies at its own severity, so a domain never silences a rule.
public enum RuleContext: String, Codable, Sendable, Hashable, CaseIterable {
    case health
    case investment
    case education
    case titleOnly = "title-only"
}

/// The claim categories of the background note, one per kind of prohibited or risky claim.
public enum ClaimCategory: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case absoluteTerm = "absolute-term"
    case superlative
    case ranking
    case totality
    case efficacyGuarantee = "efficacy-guarantee"
    case diseaseClaim = "disease-claim"
    case cosmeticMedical = "cosmetic-medical"
    case foodHealth = "food-health"
    case antimicrobial
    case stateAuthority = "state-authority"
    case falseQualityAuthority = "false-quality-authority"
    case honourEvidence = "honour-evidence"
    case falseUrgency = "false-urgency"
    case priceSuperlative = "price-superlative"
    case freeMisuse = "free-misuse"
    case clickbait
    case investmentGuarantee = "investment-guarantee"
    case educationGuarantee = "education-guarantee"
    case superstition
    case greenClaim = "green-claim"
    case offsetNeutrality = "offset-neutrality"
    case titleFormatting = "title-formatting"
    /// Praise that states nothing checkable (卓越, 超强, superb): not prohibited on its own, so only
    /// `info`, with the measured fact to state instead.
    case vaguePraise = "vague-praise"

    public static func < (lhs: ClaimCategory, rhs: ClaimCategory) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Categories that still matter in a spec value (which is otherwise not advertising copy): a
    /// "Material: eco-friendly bamboo" or "Finish: antibacterial" value is itself the claim.
    public var appliesToSpecValues: Bool {
        switch self {
        case .greenClaim, .offsetNeutrality, .antimicrobial, .falseQualityAuthority: true
        default: false
        }
    }

    /// Categories that the SAMR guideline art. 11 raises in health, investment and education contexts:
    /// absolute and guarantee wording about medical effect, returns or results is never minor.
    public var isRaisedInSensitiveContexts: Bool {
        switch self {
        case .absoluteTerm, .superlative, .ranking, .totality, .efficacyGuarantee: true
        default: false
        }
    }
}

/// A rule pack file: one JSON document in `Packs/`.
public struct RulePack: Codable, Sendable, Hashable {
    /// The file stem, unique.
    public var pack: String
    /// Language of the terms: `zh` or `en`.
    public var language: String
    public var description: String
    public var rules: [ClaimRule]
}
