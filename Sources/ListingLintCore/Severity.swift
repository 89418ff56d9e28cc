/// How serious a finding is, from `info` (style) to `error` (prohibited outright).
///
/// `evidence` means the text is allowed only if the seller can substantiate it (source, date, scope),
/// as the SAMR 2023 guideline on absolute terms (art. 7) requires.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case evidence
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .evidence: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
