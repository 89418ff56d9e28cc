/// Values of the recommended fields that make a promise or name a party: a manufacturer needs a
/// postal or electronic address (GPSR Art. 19(a)); a shipping promise needs a time; an age grading
/// needs an age.
struct PromiseValueRules: Sendable {
    let values: ValueVocabulary

    func checkManufacturer(_ value: String) -> ValueVerdict {
        values.manufacturerContact.contains { $0.isFound(in: value) } ? .meaningful : .weak(message: Self.noContactMessage(value))
    }

    func checkShippingTime(_ value: String) -> ValueVerdict {
        let folded = FieldKey.fold(value)
        let hasTime = value.contains { $0.isNumber } || Self.timeWords.contains { folded.contains($0) }
        return hasTime ? .meaningful : .vague(message: Self.noTimeMessage(value), suggestion: Self.shippingSuggestion)
    }

    func checkAgeGrading(_ value: String) -> ValueVerdict {
        value.contains { $0.isNumber } ? .meaningful : .vague(message: Self.noAgeMessage(value), suggestion: Self.ageSuggestion)
    }

    /// Words that state a time without a number.
    private static let timeWords = ["当天", "当日", "當天", "次日", "next day", "next-day", "same day", "same-day"]
    private static let shippingSuggestion = "state when it ships or arrives (e.g. 48小时内发货, ships within 2 days)"
    private static let ageSuggestion = "state the age range (e.g. 3岁以上, ages 3+)"

    private static func noContactMessage(_ value: String) -> String {
        "manufacturer \"\(value)\" is named without a postal or electronic address (GPSR Art. 19(a))"
    }

    private static func noTimeMessage(_ value: String) -> String {
        "shipping promise \"\(value)\" states no time"
    }

    private static func noAgeMessage(_ value: String) -> String {
        "age grading \"\(value)\" states no age"
    }
}
