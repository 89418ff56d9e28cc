/// What a value rule concluded about one stated value.
enum ValueVerdict: Sendable, Equatable {
    /// A meaningful value.
    case meaningful
    /// Counts as present, but weakly (size only as option labels): reported as `weak-field` info.
    case weak(message: String)
    /// A placeholder or marketing words instead of facts: `vague-field`.
    case vague(message: String, suggestion: String?)
    /// A value in a broken form (no unit, percentages not adding up): `invalid-field`.
    case invalid(message: String, suggestion: String?)

    var isFailing: Bool {
        switch self {
        case .vague, .invalid: true
        case .meaningful, .weak: false
        }
    }
}
