/// A listing field the checks judge. Plain strings so category profiles and config can add fields.
public typealias FieldName = String

/// The core fields every listing must state.
public enum CoreField {
    public static let material: FieldName = "material"
    public static let size: FieldName = "size"
    public static let instructions: FieldName = "instructions"
    public static let all: [FieldName] = [material, size, instructions]
}

/// How a field stands in one listing.
public enum FieldState: String, Codable, Sendable, Hashable, CaseIterable {
    /// Stated with a meaningful value.
    case present
    /// Stated, but with a placeholder, marketing words or a broken form.
    case vague
    /// Only in images or embedded scripts: the buyer cannot read it.
    case hidden
    /// Not stated.
    case missing
    /// Does not apply to this category (size of a gift card).
    case notApplicable = "not-applicable"
}

/// Whether a category profile requires a field, recommends it, or leaves it out.
public enum FieldRequirement: String, Codable, Sendable, Hashable {
    case required
    case recommended
}

/// One field's verdict for one listing: its state, the value and where it was found.
public struct FieldReport: Codable, Sendable, Hashable {
    public var field: FieldName
    public var requirement: FieldRequirement
    public var state: FieldState
    /// The value as found (trimmed), if any.
    public var value: String?
    /// Where the value was found.
    public var location: SourceLocation?
    /// How it was found: `attribute 材质 (spec-table)`, `free text`, `section 使用说明`.
    public var source: String?
    /// How sure the reading is (1 for a labelled attribute, lower for free text).
    public var confidence: Double?

    public init(
        field: FieldName,
        requirement: FieldRequirement,
        state: FieldState,
        value: String? = nil,
        location: SourceLocation? = nil,
        source: String? = nil,
        confidence: Double? = nil
    ) {
        self.field = field
        self.requirement = requirement
        self.state = state
        self.value = value
        self.location = location
        self.source = source
        self.confidence = confidence
    }
}
