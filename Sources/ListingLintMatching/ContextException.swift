/// A context exception kept by the engine in `Packs/exceptions.json`: ordinary words, the SAMR 2023
/// guideline's art. 5 and art. 6 cases, composition statements.
///
/// An exception applies to one hit when the hit's rule is in `covers` and every condition the entry
/// states holds (they are conjunctive):
/// - `terms`: an occurrence of one of these phrases contains the hit (a term starting with `-` is a
///   suffix of a hyphenated compound, e.g. `-free` in `gluten-free`, and must be attached to a word);
/// - `fields`: the hit is in one of these field classes (`material`, `title`, `copy`, `spec-value`);
/// - `cuesBefore` / `cuesAfter`: one of these phrases ends at most `window` characters before the
///   anchor (the term occurrence, or the hit itself) or starts at most `window` characters after it,
///   within the same sentence;
/// - `when`: `quantity-follows` (a number within `window` characters after the anchor, same sentence),
///   `scoped-fact` (the sentence states a time, one of `regionCues` and one of `sourceCues`).
///
/// `effect` is `exempt` (the hit is let through and listed as an `Exemption`) or `evidence` (the hit
/// stays, downgraded to severity `evidence`: guideline art. 7, the advertiser must still prove it).
public struct ContextException: Codable, Sendable, Hashable {
    /// Stable id, e.g. `exception.time-order`.
    public var id: String
    /// Why, shown to the auditor: `time order (最新)`, `SAMR guideline art. 6(2): storage hint`.
    public var reason: String
    /// Rule ids, categories, id prefixes ending in `.`, or `*` for every rule.
    public var covers: [String]
    public var terms: [String]?
    public var fields: [FieldClass]?
    public var cuesBefore: [String]?
    public var cuesAfter: [String]?
    /// Characters (normalised Unicode scalars) a cue or quantity may be away from the anchor; default 8.
    public var window: Int?
    public var when: ExceptionCondition?
    public var regionCues: [String]?
    public var sourceCues: [String]?
    public var effect: ExceptionEffect?

    /// Whether the exception covers a rule.
    public func covers(_ rule: ClaimRule) -> Bool {
        covers.contains { entry in
            entry == "*" || entry == rule.id || entry == rule.category.rawValue
                || (entry.hasSuffix(".") && rule.id.hasPrefix(entry))
        }
    }
}

/// A condition of a context exception that is not a phrase.
public enum ExceptionCondition: String, Codable, Sendable, Hashable {
    /// A number follows the anchor closely: `水温最高40℃`, `最大承重50KG` are limits, not claims.
    case quantityFollows = "quantity-follows"
    /// The sentence limits the fact by time and region and names its source (guideline art. 6(6)).
    case scopedFact = "scoped-fact"
}

/// What an applying exception does to the hit.
public enum ExceptionEffect: String, Codable, Sendable, Hashable {
    /// Let through; listed as an exemption.
    case exempt
    /// Kept at severity `evidence`: allowed only if substantiated (guideline art. 7).
    case evidence
}

/// The kind of listing text a hit is in, which decides the rules that apply.
public enum FieldClass: String, Codable, Sendable, Hashable, CaseIterable {
    /// The listing title: every rule, including title-only ones.
    case title
    /// Description, bullets, sections, image alt text: every rule except title-only ones.
    case copy
    /// A spec value: only categories that matter there (`ClaimCategory.appliesToSpecValues`).
    case specValue = "spec-value"
    /// The value of a material/composition attribute: as a spec value, plus totality terms so that the
    /// composition exception (`100%棉`) is listed rather than silently skipped.
    case material
}

/// The `exceptions.json` file.
public struct ContextExceptionFile: Codable, Sendable, Hashable {
    public var pack: String
    public var description: String
    public var exceptions: [ContextException]
}
