public import ListingLintCore
import ListingLintMatching

/// Turns claim hits in a listing's seller text into findings and exemptions. (Skeleton.)
public struct ClaimJudge: Sendable {
    public init(configuration: LintConfiguration) {}

    public func judge(_ listing: Listing, category: CategoryDecision) -> (findings: [Finding], exemptions: [Exemption]) {
        ([], [])
    }
}
