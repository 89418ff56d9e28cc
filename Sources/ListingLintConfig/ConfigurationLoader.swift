public import ListingLintCore
import Yams

/// Reads `.listinglint.yml`. (Skeleton: the field-judgement issue fills it.)
public enum ConfigurationLoader {
    public static func defaultConfiguration() -> LintConfiguration { LintConfiguration() }
}
