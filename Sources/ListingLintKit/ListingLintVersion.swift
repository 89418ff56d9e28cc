public import ListingLintCore
import ListingLintIngest

/// The tool's version and the rule set's, as reports and summaries record them.
public enum ListingLintVersion {
    public static let version = "0.1.0"
    /// Changes whenever a rule pack, profile or the score formula changes.
    public static let ruleSet = "rules-0.1.0"

    public static var toolInfo: ToolInfo {
        ToolInfo(version: version, ruleSet: ruleSet, libxml2: HTMLReader.libxml2Version)
    }
}
