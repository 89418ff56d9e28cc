public import ListingLintCore
import ListingLintIngest
import ListingLintChecks

/// The tool's version and the rule set's, as reports and summaries record them.
public enum ListingLintVersion {
    public static let version = "0.1.0"
    /// Changes whenever a rule pack, profile or the score formula changes: the claims part is the hash
    /// of every claim pack and data file (`RulePackLibrary.version`).
    public static let ruleSet = "rules-0.1.0+claims.\(ClaimJudge.ruleSetVersion)"

    public static var toolInfo: ToolInfo {
        ToolInfo(version: version, ruleSet: ruleSet, libxml2: HTMLReader.libxml2Version)
    }
}
