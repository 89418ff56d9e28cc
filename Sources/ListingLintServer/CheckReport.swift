import ListingLintCore
import ListingLintIngest
import ListingLintKit

/// Checks one request body and assembles the same `RunReport` the CLI renders for one input file.
enum CheckReport {
    /// The tool line of every report (libxml2's version is read once).
    static let tool = ListingLintVersion.toolInfo

    static func make(_ document: InputDocument, linter: Linter) -> RunReport {
        let (listings, failures) = linter.check(document)
        var summary = CatalogueSummary(ruleSet: ListingLintVersion.ruleSet, inputs: [document.source])
        for listing in listings { summary.add(listing) }
        for failure in failures { summary.addFailure(rule: failure.finding.rule) }
        return RunReport(tool: tool, listings: listings, inputErrors: failures, summary: summary)
    }
}
