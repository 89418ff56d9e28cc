public import ListingLintCore

/// What a configuration may name, supplied by the checks: profiles, fields and jurisdictions.
/// Keeps this target free of the checks while it still rejects names that would do nothing.
public struct ConfigurationVocabulary: Sendable {
    public var profiles: Set<String>
    public var fields: Set<FieldName>
    public var jurisdictions: Set<String>

    public init(profiles: Set<String>, fields: Set<FieldName>, jurisdictions: Set<String> = ["cn", "eu", "us"]) {
        self.profiles = profiles
        self.fields = fields
        self.jurisdictions = jurisdictions
    }
}
