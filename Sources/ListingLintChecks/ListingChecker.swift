public import ListingLintCore
import ListingLintMatching

/// Checks one listing: category, fields, claims, score. The library call behind every command.
public struct ListingChecker: Sendable {
    public let configuration: LintConfiguration
    private let classifier: CategoryClassifier
    private let fieldJudge: FieldJudge
    private let claimJudge: ClaimJudge

    public init(configuration: LintConfiguration = LintConfiguration()) {
        self.configuration = configuration
        (claimJudge, (classifier, fieldJudge)) = bothAtOnce(
            { ClaimJudge(configuration: configuration) },
            {
                TextNormaliser.prepareShippedTable()
                return (CategoryClassifier(configuration: configuration), FieldJudge(configuration: configuration))
            }
        )
    }

    public func check(_ listing: Listing) -> ListingReport {
        let category = classifier.classify(listing)
        let (fields, fieldFindings) = fieldJudge.judge(listing, category: category)
        let (claimFindings, exemptions) = claimJudge.judge(listing, category: category)
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
