import Foundation
import ListingLintCore

/// The configuration's category mapping, compiled: each pattern is a case-insensitive substring
/// (compared on normalised text), or a regular expression when written `/…/`.
struct CategoryMappingMatcher: Sendable {
    private struct Rule: Sendable {
        var mapping: CategoryMapping
        var expression: TextPattern?
        var key: String
    }

    private let rules: [Rule]

    /// Patterns the configuration loader has already validated; one that still fails to compile
    /// matches nothing.
    init(_ mappings: [CategoryMapping]) {
        rules = mappings.map { mapping in
            let pattern = mapping.pattern
            if pattern.count > 2, pattern.hasPrefix("/"), pattern.hasSuffix("/") {
                let body = String(pattern.dropFirst().dropLast())
                return Rule(mapping: mapping, expression: try? TextPattern(body, caseInsensitive: true), key: "")
            }
            return Rule(mapping: mapping, expression: nil, key: FieldKey.normalise(pattern))
        }
    }

    /// The first mapping whose pattern matches `text`.
    func match(_ text: String) -> CategoryMapping? {
        let key = FieldKey.normalise(text)
        return rules.first { rule in
            if let expression = rule.expression { return expression.isFound(in: text) }
            return !rule.key.isEmpty && key.contains(rule.key)
        }?.mapping
    }
}
