import ListingLintCore

/// Finds claim hits in text. (Skeleton: the claims issue builds the normaliser and automaton.)
public struct ClaimMatcher: Sendable {
    public init() {}
}
