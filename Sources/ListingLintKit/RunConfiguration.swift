public import ListingLintCore
public import ListingLintConfig
import ListingLintChecks

/// The configuration of a run: `.listinglint.yml` found or named, checked against the profiles and
/// fields the checks know.
public enum RunConfiguration {
    /// What a configuration may name: the embedded profiles and fields.
    public static var vocabulary: ConfigurationVocabulary {
        let profiles = CategoryProfiles()
        let fields = Set(ProfileData.embedded.fields.keys).union(SynonymData.embedded.fields.keys)
        return ConfigurationVocabulary(profiles: Set(profiles.profiles.keys), fields: fields)
    }

    /// `--config FILE` when given, else the nearest `.listinglint.yml` above the first input, else defaults.
    public static func resolve(explicitPath: String?, inputs: [String]) throws(ConfigurationError) -> LintConfiguration {
        try ConfigurationResolver(vocabulary: vocabulary).resolve(explicitPath: explicitPath, inputs: inputs)
    }
}
