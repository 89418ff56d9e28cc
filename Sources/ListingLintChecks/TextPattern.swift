import Foundation

/// A compiled ICU regular expression from a data file, and the values it finds in a text.
///
/// `NSRegularExpression` is immutable once made and documented as safe to share between threads.
struct TextPattern: @unchecked Sendable {
    let expression: NSRegularExpression
    /// Whether the pattern has a named group `value`.
    private let hasValueGroup: Bool
    /// Whether the pattern has a named group `name` (the label of a name/value pair).
    private let hasNameGroup: Bool

    init(_ pattern: String, caseInsensitive: Bool = false) throws {
        expression = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        hasValueGroup = pattern.contains("(?<value>")
        hasNameGroup = pattern.contains("(?<name>")
    }

    /// A found value, the label it was found under (for name/value patterns) and where it starts.
    struct Match {
        var value: String
        var name: String?
        var start: String.Index
    }

    /// The first `limit` matches in `text`, each the `value` group when the pattern has one.
    func matches(in text: String, limit: Int = 8) -> [Match] {
        var found: [Match] = []
        let whole = NSRange(text.startIndex..., in: text)
        expression.enumerateMatches(in: text, options: [], range: whole) { result, _, stop in
            guard let result else { return }
            var range = result.range
            if hasValueGroup {
                let group = result.range(withName: "value")
                if group.location != NSNotFound { range = group }
            }
            var name: String?
            if hasNameGroup, let bounds = Range(result.range(withName: "name"), in: text) {
                name = String(text[bounds])
            }
            if let bounds = Range(range, in: text) {
                found.append(Match(value: String(text[bounds]), name: name, start: bounds.lowerBound))
            }
            if found.count >= limit { stop.pointee = true }
        }
        return found
    }

    /// Whether the pattern matches anywhere in `text`.
    func isFound(in text: String) -> Bool {
        expression.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
    }
}
