import ArgumentParser
import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintMatching
import ListingLintReport

/// `listinglint check PATH...`: check listings and report findings.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check listings (HTML pages, JSON exports) and report findings and scores.",
        discussion: """
            Exit status: 0 when no (new) finding is at or above --fail-level and every threshold is met; \
            1 when one is not (--fail-level, --min-score, --max-warnings); 2 when an input could not be read \
            (the other inputs are still checked and reported) or the command line, a baseline or an output \
            path is wrong.
            """
    )

    @Argument(help: "Files or directories (searched recursively) to check; - reads standard input.")
    var paths: [String]

    @OptionGroup(title: "Reports, thresholds and baseline")
    var report: ReportOptions

    @Option(help: "Force the input format instead of detecting it: html, listing-json, shopify, woocommerce, json-ld.")
    var inputFormat: InputFormat?

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    func run() async throws {
        let linter = Linter(configuration: try rules.configuration(inputs: paths), inputFormat: inputFormat)
        throw ExitCode(report.run(linter, paths: paths))
    }
}
