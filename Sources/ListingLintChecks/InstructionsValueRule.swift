/// Instruction values: a reference to a manual alone (见说明书, see manual), a fact instead of an
/// instruction (Partial Assembly, Dry Location), or text too short to instruct.
struct InstructionsValueRule: Sendable {
    let values: ValueVocabulary

    /// The most characters (after normalising) a value may add around a "see manual" phrase and
    /// still be only a reference.
    private static let slack = 6

    func check(_ value: String) -> ValueVerdict {
        let key = FieldKey.normalise(value)
        if let phrase = values.seeManualPhrases.first(where: { key.containsBytes(of: $0) }), key.count - phrase.count <= Self.slack {
            return .vague(message: Self.seeManualMessage(value), suggestion: Self.suggestion)
        }
        if values.nonInstructionValues.contains(key) {
            return .vague(message: Self.notInstructionMessage(value), suggestion: Self.suggestion)
        }
        let ideographs = value.unicodeScalars.filter(FieldKey.isIdeograph).count
        let words = value.split { !($0.isLetter && $0.isASCII) }.count
        if ideographs < values.minimumInstructionLength.cjk, words < values.minimumInstructionLength.words {
            return .vague(message: Self.tooShortMessage(value), suggestion: Self.suggestion)
        }
        return .meaningful
    }

    private static let suggestion =
        "write the steps in text: how to use, care for or store it (e.g. 30℃ 机洗，不可漂白; wipe with a damp cloth)"

    private static func seeManualMessage(_ value: String) -> String {
        "instructions \"\(value)\" only refer to a manual the buyer cannot read before buying"
    }

    private static func notInstructionMessage(_ value: String) -> String {
        "\"\(value)\" states a fact about use, not how to use or care for the product"
    }

    private static func tooShortMessage(_ value: String) -> String {
        "instructions \"\(value)\" are too short to instruct"
    }
}
