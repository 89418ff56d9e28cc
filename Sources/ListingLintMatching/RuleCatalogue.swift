import Foundation

/// The rule list and rule explanations that `listinglint rules` and `listinglint explain` print.
/// Pure functions of the library: deterministic output, no I/O.
public enum RuleCatalogue {
    /// One rule in the JSON rule list (`schemas/rule-list.schema.json`).
    public struct Entry: Codable, Sendable, Hashable {
        public var id: String
        public var pack: String
        public var category: String
        public var severity: String
        public var jurisdictions: [String]
        public var appliesFrom: String?
        public var requires: String?
        public var contexts: [String]?
        public var basis: String
        public var message: String
    }

    /// The JSON rule list document.
    public struct Document: Codable, Sendable, Hashable {
        /// `RulePackLibrary.version`.
        public var ruleSet: String
        public var rules: [Entry]
    }

    public static func document(_ library: RulePackLibrary) -> Document {
        Document(ruleSet: library.version, rules: library.rules.map { rule in
            Entry(
                id: rule.id,
                pack: rule.pack,
                category: rule.category.rawValue,
                severity: rule.severity.rawValue,
                jurisdictions: rule.jurisdictions,
                appliesFrom: rule.appliesFrom,
                requires: rule.requires?.rawValue,
                contexts: rule.contexts?.map(\.rawValue),
                basis: rule.basis,
                message: rule.message
            )
        })
    }

    /// The rule list as JSON (sorted keys, 2-space indent, trailing newline).
    public static func json(_ library: RulePackLibrary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document(library))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The rule list as aligned text: id, category, severity, jurisdictions (with the date a rule starts).
    public static func text(_ library: RulePackLibrary) -> String {
        let width = library.rules.map(\.id.count).max() ?? 0
        let categoryWidth = library.rules.map(\.category.rawValue.count).max() ?? 0
        var lines = library.rules.map { rule in
            let dated = rule.appliesFrom.map { " from \($0)" } ?? ""
            return pad(rule.id, width) + "  " + pad(rule.category.rawValue, categoryWidth) + "  "
                + pad(rule.severity.rawValue, 8) + "  " + rule.jurisdictions.joined(separator: ",") + dated
        }
        lines.append("\(library.rules.count) rules in \(library.packs.count) packs; rule set \(library.version)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything about one rule: basis, message, rewrite, terms, examples and the exceptions that apply.
    public static func explanation(of rule: ClaimRule, in library: RulePackLibrary) -> String {
        var lines = [
            rule.id,
            "  pack:          \(rule.pack)",
            "  category:      \(rule.category.rawValue)",
            "  severity:      \(rule.severity.rawValue)",
            "  jurisdictions: \(rule.jurisdictions.joined(separator: ", "))",
        ]
        if let date = rule.appliesFrom { lines.append("  applies from:  \(date)") }
        switch rule.requires {
        case .figure?: lines.append("  requires:      a figure next to the term (热销50万条, 96% of customers)")
        case .freeInSentence?: lines.append("  requires:      the word free in the same sentence")
        case .noCertificationNamed?: lines.append("  requires:      no certification or test named in the same sentence")
        case .noPriceNearby?: lines.append("  requires:      no price stated near the term")
        case nil: break
        }
        if let contexts = rule.contexts, !contexts.isEmpty {
            lines.append("  contexts:      \(contexts.map(\.rawValue).joined(separator: ", "))")
        }
        lines += [
            "  basis:         \(rule.basis)",
            "",
            "Message: \(rule.message)",
            "Rewrite: \(rule.rewrite)",
            "Terms:   \(rule.terms.joined(separator: " · "))",
            "",
            "Flagged:",
        ]
        lines += rule.examples.flag.map { "  ✗ \($0)" }
        lines.append("Not flagged:")
        lines += rule.examples.pass.map { "  ✓ \($0)" }
        let local = rule.exceptions ?? []
        let context = library.exceptions.filter { $0.covers(rule) }
        if !local.isEmpty || !context.isEmpty {
            lines.append("")
            lines.append("Exceptions:")
            lines += local.map { "  \($0.terms.joined(separator: " · ")): \($0.reason)" }
            lines += context.map { exception in
                let effect = exception.effect == .evidence ? " [kept as evidence]" : ""
                return "  \(exception.id): \(exception.reason)\(effect)"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
