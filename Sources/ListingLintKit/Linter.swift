import Foundation
public import ListingLintCore
public import ListingLintIngest
public import ListingLintChecks

/// Reads inputs, checks every listing and assembles the run's report. The library call behind
/// `listinglint check`.
public struct Linter: Sendable {
    public let checker: ListingChecker
    /// A format forced by the user; nil to detect per input.
    public var inputFormat: InputFormat?

    public init(configuration: LintConfiguration = LintConfiguration(), inputFormat: InputFormat? = nil) {
        checker = ListingChecker(configuration: configuration)
        self.inputFormat = inputFormat
    }

    /// Checks one input document already in memory (the server, tests).
    public func check(_ document: InputDocument) -> (listings: [ListingReport], failures: [InputFailure]) {
        let outcome = InputLoader.read(document, limits: checker.configuration.limits)
        return (outcome.listings.map(checker.check), outcome.failures)
    }

    /// Checks every listing under `paths`, files in parallel, results in input order.
    public func run(paths: [String]) -> RunReport {
        let (inputs, collectFailures) = InputCollector.collect(paths)
        let results = ParallelMap.map(inputs) { input -> ([ListingReport], [InputFailure]) in
            switch InputLoader.load(input, format: inputFormat, limits: checker.configuration.limits) {
            case let .success(document): check(document)
            case let .failure(failure): ([], [failure])
            }
        }
        var summary = CatalogueSummary(ruleSet: ListingLintVersion.ruleSet, inputs: inputs.map(\.path).sorted())
        var listings: [ListingReport] = []
        var failures = collectFailures
        for failure in collectFailures { summary.addFailure(rule: failure.finding.rule) }
        for (reports, inputFailures) in results {
            for report in reports { summary.add(report) }
            for failure in inputFailures { summary.addFailure(rule: failure.finding.rule) }
            listings += reports
            failures += inputFailures
        }
        return RunReport(tool: ListingLintVersion.toolInfo, listings: listings, inputErrors: failures, summary: summary)
    }
}
