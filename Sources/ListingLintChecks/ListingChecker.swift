public import ListingLintCore
import ListingLintMatching

/// Checks one listing: category, fields, claims, score. The library call behind every command.
///
/// A value that is cheap to copy: its judges live in one shared, immutable object (an audit hands
/// the checker to every batch of work; copying the judges themselves retained hundreds of references).
public struct ListingChecker: Sendable {
    public var configuration: LintConfiguration { judges.configuration }
    private let judges: Judges

    /// The configuration and the judges built from it, shared by every copy of a checker.
    private final class Judges: Sendable {
        let configuration: LintConfiguration
        let classifier: CategoryClassifier
        let fieldJudge: FieldJudge
        let claimJudge: ClaimJudge

        init(configuration: LintConfiguration) {
            self.configuration = configuration
            (claimJudge, (classifier, fieldJudge)) = bothAtOnce(
                { ClaimJudge(configuration: configuration) },
                {
                    TextNormaliser.prepareShippedTable()
                    return (CategoryClassifier(configuration: configuration), FieldJudge(configuration: configuration))
                }
            )
        }
    }

    public init(configuration: LintConfiguration = LintConfiguration()) {
        judges = Judges(configuration: configuration)
    }

    public func check(_ listing: Listing) -> ListingReport {
        let configuration = judges.configuration
        let category = judges.classifier.classify(listing)
        let (fields, fieldFindings) = judges.fieldJudge.judge(listing, category: category)
        let (claimFindings, exemptions) = judges.claimJudge.judge(listing, category: category)
        var findings = (listing.diagnostics + fieldFindings + claimFindings)
            .filter { !configuration.isDisabled($0.rule) }
            .map { finding in
                var finding = finding
                if let severity = configuration.severityOverrides[finding.rule] { finding.severity = severity }
                return finding
            }
        let score = ScoreCard.score(fields: fields, findings: &findings)
        return ListingReport(
            id: listing.id,
            source: listing.source,
            format: listing.format,
            title: listing.title?.text,
            seller: listing.seller,
            category: category,
            score: score,
            grade: Grade(score: score),
            fields: fields,
            findings: findings,
            exemptions: exemptions
        )
    }
}
