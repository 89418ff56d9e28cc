import Foundation

/// Size values: a measurement needs a unit (`45 x 30` is not a size); option labels alone (S/M/L,
/// XS–XL) count as present but weak; a value with no measurement or size at all is vague.
struct SizeValueRule: Sendable {
    let values: ValueVocabulary
    /// Bare numbers are size labels in this category (shoe sizes 38–46, dress sizes 8–16):
    /// category profile value rule `numeric-size-labels`.
    var numbersAreLabels: Bool

    private static let separators: Set<Unicode.Scalar> = [",", "/", "|", "、", ";", "；", "，", "\n"]

    func check(_ value: String) -> ValueVerdict {
        if isOnlyLabels(value) {
            return .weak(message: Self.labelsMessage(value))
        }
        guard value.contains(where: { $0.isASCII && $0.isNumber }) else {
            return .vague(message: Self.noMeasurementMessage(value), suggestion: Self.suggestion)
        }
        if values.numberWithUnit.isFound(in: value) { return .meaningful }
        return .invalid(message: Self.noUnitMessage(value), suggestion: Self.suggestion)
    }

    /// Whether every part of the value is a size label (`XS, S, M`, `UK 7`, `42码`, or a bare number
    /// where numbers are labels).
    func isOnlyLabels(_ value: String) -> Bool {
        let tokens = value.unicodeScalars.split(whereSeparator: Self.separators.contains)
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !tokens.isEmpty else { return false }
        return tokens.allSatisfy(isLabel)
    }

    /// Scalars between the two ends of a label range (`35-40`, `S~XL`, `36至42`).
    private static let rangeSeparators: Set<Unicode.Scalar> = ["-", "~", "～", "–", "至", "到"]

    private func isLabel(_ token: String) -> Bool {
        let ends = token.unicodeScalars.split(whereSeparator: Self.rangeSeparators.contains).map { String($0).trimmingSpaces }
        if ends.count == 2, !ends.contains(where: \.isEmpty) {
            return ends.allSatisfy(isSingleLabel)
        }
        return isSingleLabel(token)
    }

    private func isSingleLabel(_ token: String) -> Bool {
        let key = FieldKey.normalise(token)
        if values.sizeLabels.contains(key) { return true }
        let words = FieldKey.fold(token).split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, words.allSatisfy({ values.sizeLabels.contains(FieldKey.normalise($0)) }) { return true }
        let digits = key.filter { $0.isASCII && $0.isNumber || $0 == "." }
        let rest = key.filter { !($0.isASCII && $0.isNumber || $0 == ".") }
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        if values.sizeSystemPrefixes.contains(where: { rest == $0 }) { return true }
        guard numbersAreLabels else { return false }
        if rest.isEmpty { return (Double(digits) ?? .infinity) <= Self.largestBareSizeLabel }
        return rest == "x" || rest == "w" || rest == "wl"
    }

    /// The largest bare number read as a size label (EU clothing sizes run to about 58, shoe sizes to
    /// about 50); a larger bare number (`90`, `110`) is a body height or length with its unit left out.
    private static let largestBareSizeLabel = 60.0

    private static let suggestion = "state the measurements with units (e.g. 45 × 30 × 20 cm, chest 100 cm) or a size chart in text"

    private static func labelsMessage(_ value: String) -> String {
        "size is given only as option labels (\(value)), with no measurements or size chart"
    }

    private static func noMeasurementMessage(_ value: String) -> String {
        "size \"\(value)\" states no measurement or size"
    }

    private static func noUnitMessage(_ value: String) -> String {
        "size \"\(value)\" has numbers but no unit"
    }
}
