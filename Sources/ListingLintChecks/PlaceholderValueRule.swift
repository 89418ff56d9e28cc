/// Placeholders in place of a value, for every field: 详见图片, 以实物为准, N/A, see photos, Default Title,
/// lorem ipsum, a lone `-` or `/`.
struct PlaceholderValueRule: Sendable {
    let values: ValueVocabulary

    /// The most characters (after normalising) a value may add around a placeholder and still be one
    /// (`详见图片哦`), as long as they contain no digit.
    private static let slack = 3

    func check(_ value: String) -> ValueVerdict? {
        let key = FieldKey.normalise(value)
        if key.isEmpty {
            return .vague(message: Self.emptyMessage(value), suggestion: Self.suggestion)
        }
        if values.placeholders.contains(key) {
            return .vague(message: Self.placeholderMessage(value), suggestion: Self.suggestion)
        }
        if key.containsBytes(of: "loremipsum") {
            return .vague(message: Self.placeholderMessage(value), suggestion: Self.suggestion)
        }
        if !key.contains(where: \.isNumber),
           let placeholder = values.distinctivePlaceholders.first(where: { key.containsBytes(of: $0) }),
           key.count - placeholder.count <= Self.slack {
            return .vague(message: Self.placeholderMessage(value), suggestion: Self.suggestion)
        }
        return nil
    }

    private static let suggestion = "state the actual value in text; images and 'see details' are not readable to every buyer"

    private static func emptyMessage(_ value: String) -> String {
        "value \"\(value)\" is only punctuation, not information"
    }

    private static func placeholderMessage(_ value: String) -> String {
        "value \"\(value)\" is a placeholder, not information (placeholders such as 详见图片, N/A or see photos tell the buyer nothing)"
    }
}
