public import ListingLintCore

/// Decides a listing's category profile. (Skeleton: explicit category or `default`.)
public struct CategoryClassifier: Sendable {
    public init(configuration: LintConfiguration) {}

    public func classify(_ listing: Listing) -> CategoryDecision {
        CategoryDecision(name: "default", reason: "no signal")
    }
}
