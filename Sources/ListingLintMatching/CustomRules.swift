public import ListingLintCore

extension RulePackLibrary {
    /// The pack a configuration's custom rules are loaded into.
    public static let customPack = "custom"

    /// This library with a team's own rules (`.listinglint.yml` `custom-rules`) as one more pack,
    /// matched like pack rules (normalised, CJK-aware, same exceptions for their category).
    ///
    /// A custom rule applies in every jurisdiction and carries no examples (the configuration is the
    /// team's own judgement; there is nothing to test it against). Its category is the configured one
    /// when it names a claim category, else `absolute-term`. The version changes with the rules.
    public func adding(_ custom: [CustomClaimRule]) -> RulePackLibrary {
        guard !custom.isEmpty else { return self }
        let rules = custom.map { entry in
            ClaimRule(
                id: entry.id.hasPrefix("custom.") ? entry.id : "custom." + entry.id,
                category: entry.category.flatMap(ClaimCategory.init(rawValue:)) ?? .absoluteTerm,
                severity: entry.severity,
                jurisdictions: ["cn", "eu", "us"],
                basis: Self.customBasis,
                message: entry.message,
                rewrite: entry.message,
                terms: entry.terms,
                examples: RuleExamples(flag: [], pass: []),
                pack: Self.customPack
            )
        }
        var library = self
        library.packs.append(RulePack(pack: Self.customPack, language: "mixed", description: "custom-rules", rules: rules))
        library.rules += rules
        var files = ["custom-rules": custom.map { "\($0.id)\u{0}\($0.terms.joined(separator: "\u{0}"))" }.joined()]
        files["library"] = version
        library.version = Self.fingerprint(files)
        return library
    }

    /// The basis custom rules report.
    static let customBasis = "Team rule (.listinglint.yml custom-rules)"
}
