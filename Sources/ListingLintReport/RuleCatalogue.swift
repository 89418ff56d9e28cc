public import ListingLintCore

/// The descriptions of the rules that fired in a run: from the rule catalogue when it lists a rule,
/// otherwise described from the rule's first finding (its message, basis, suggestion, category).
public enum RuleCatalogue {
    /// One descriptor per distinct rule id in `items`, sorted by id.
    public static func descriptors(for items: [ReportItem], known: [RuleDescriptor]) -> [RuleDescriptor] {
        let catalogue = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var firstFinding: [String: Finding] = [:]
        for item in items where firstFinding[item.finding.rule] == nil {
            firstFinding[item.finding.rule] = item.finding
        }
        return firstFinding.keys.sorted().map { id in
            catalogue[id] ?? describe(firstFinding[id]!)
        }
    }

    /// A descriptor made from one finding of the rule.
    public static func describe(_ finding: Finding) -> RuleDescriptor {
        let subject = finding.field ?? finding.category
        var full = finding.message
        if let basis = finding.basis { full += (full.hasSuffix(".") ? " " : ". ") + "Basis: \(basis)." }
        return RuleDescriptor(
            id: finding.rule,
            name: name(of: finding.rule),
            shortDescription: kindTitle(finding.kind) + (subject.map { ": \($0)" } ?? ""),
            fullDescription: full,
            help: finding.suggestion ?? genericHelp(finding.kind, field: finding.field),
            defaultSeverity: finding.severity
        )
    }

    /// `field.material.missing` → `FieldMaterialMissing`.
    public static func name(of rule: String) -> String {
        rule.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    private static func kindTitle(_ kind: FindingKind) -> String {
        switch kind {
        case .missingField: "Missing field"
        case .vagueField: "Vague field"
        case .invalidField: "Invalid field"
        case .inconsistentField: "Inconsistent field"
        case .hiddenField: "Field hidden from the buyer"
        case .bannedClaim: "Banned claim"
        case .inputError: "Input error"
        case .inputWarning: "Input warning"
        default: kind.rawValue
        }
    }

    private static func genericHelp(_ kind: FindingKind, field: String?) -> String {
        let field = field ?? "field"
        return switch kind {
        case .missingField: "State the \(field) in the listing's text or attributes, where the buyer can read it."
        case .vagueField: "Replace the placeholder or marketing words with the actual \(field)."
        case .invalidField: "Correct the \(field) so it follows its form (units, percentages, standard names)."
        case .inconsistentField: "Make every statement of the \(field) in the listing agree."
        case .hiddenField: "Put the \(field) in text the buyer can read, not only in images or scripts."
        case .bannedClaim: "Remove the claim, or rewrite it as a substantiated, specific statement."
        case .inputError: "Fix or remove the input so it can be read; the other inputs are still checked."
        default: "See the finding's message."
        }
    }
}
