/// A listing's letter grade from its 0–100 score: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, E below
/// (the bands Akeneo's data-quality view uses, which catalogue teams already know).
public enum Grade: String, Codable, Sendable, CaseIterable, Comparable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"
    case e = "E"

    public init(score: Int) {
        switch score {
        case 90...: self = .a
        case 80..<90: self = .b
        case 70..<80: self = .c
        case 60..<70: self = .d
        default: self = .e
        }
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue > rhs.rawValue }
}
