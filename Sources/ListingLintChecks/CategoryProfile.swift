public import ListingLintCore

/// One category's field lists after the configuration's overrides: what the field judge asks of a
/// listing in that category.
public struct CategoryProfile: Sendable, Hashable {
    /// Names of the extra value rules a profile can switch on (`valueRules` in `profiles.json`).
    public enum ValueRule {
        public static let fibreComposition = "fibre-composition"
        public static let fibreNames = "fibre-names"
        public static let numericSizeLabels = "numeric-size-labels"
        public static let netContent = "net-content"
        public static let all: Set<String> = [fibreComposition, fibreNames, numericSizeLabels, netContent]
    }

    public var name: String
    public var required: [FieldName]
    public var recommended: [FieldName]
    public var notApplicable: [FieldName]
    /// Field → the form it takes here (`fibre composition with percentages`).
    public var forms: [FieldName: String]
    public var valueRules: Set<String>

    /// Every field the profile reports on, required first.
    public var fields: [(field: FieldName, requirement: FieldRequirement?)] {
        required.map { ($0, .required) } + recommended.map { ($0, .recommended) } + notApplicable.map { ($0, nil) }
    }
}

/// The category profiles of a run: the embedded `profiles.json` with the configuration's overrides
/// and new profiles applied.
public struct CategoryProfiles: Sendable {
    public let profiles: [String: CategoryProfile]
    /// Field → what it is and which rule asks for it.
    public let fieldInfo: [FieldName: ProfileData.FieldInfo]

    public init(data: ProfileData = .embedded, overrides: [String: ProfileOverride] = [:]) {
        var profiles: [String: CategoryProfile] = [:]
        for (name, profile) in data.profiles {
            profiles[name] = CategoryProfile(
                name: name, required: profile.required, recommended: profile.recommended,
                notApplicable: profile.notApplicable, forms: profile.forms, valueRules: Set(profile.valueRules)
            )
        }
        for (name, override) in overrides {
            var profile = profiles[name] ?? CategoryProfile(
                name: name, required: [], recommended: [], notApplicable: [], forms: [:], valueRules: []
            )
            if let required = override.required { profile.required = required }
            if let recommended = override.recommended { profile.recommended = recommended }
            if let notApplicable = override.notApplicable { profile.notApplicable = notApplicable }
            // A field keeps one requirement: required wins over recommended, both over not-applicable.
            profile.recommended.removeAll { profile.required.contains($0) }
            profile.notApplicable.removeAll { profile.required.contains($0) || profile.recommended.contains($0) }
            profiles[name] = profile
        }
        self.profiles = profiles
        fieldInfo = data.fields
    }

    /// The profile called `name`, or `default`.
    public func profile(named name: String) -> CategoryProfile {
        profiles[name] ?? profiles[Self.defaultName] ?? CategoryProfile(
            name: Self.defaultName, required: CoreField.all, recommended: [], notApplicable: [], forms: [:], valueRules: []
        )
    }

    public static let defaultName = "default"
}
