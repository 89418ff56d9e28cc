/// What sort of problem a finding reports. Stable strings: CI users read them.
public struct FindingKind: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }

    /// A required field is not stated anywhere the buyer can read.
    public static let missingField: FindingKind = "missing-field"
    /// A field is stated, but with a placeholder or marketing words instead of facts.
    public static let vagueField: FindingKind = "vague-field"
    /// A field is stated in a form that breaks its rules (no unit, percentages not summing to 100%).
    public static let invalidField: FindingKind = "invalid-field"
    /// A field is stated differently in two places.
    public static let inconsistentField: FindingKind = "inconsistent-field"
    /// A field's value is only inside images or embedded scripts, where the buyer cannot read it.
    public static let hiddenField: FindingKind = "hidden-field"
    /// A field is stated, but only weakly (size only as option labels S/M/L, material only as a word in
    /// the title): it counts as present, with lower confidence.
    public static let weakField: FindingKind = "weak-field"
    /// An exaggerated, absolute or otherwise prohibited advertising claim.
    public static let bannedClaim: FindingKind = "banned-claim"
    /// The input could not be read (in whole or in part).
    public static let inputError: FindingKind = "input-error"
    /// The input was read, but something about it needs saying (a charset that lies about its bytes).
    public static let inputWarning: FindingKind = "input-warning"
}
