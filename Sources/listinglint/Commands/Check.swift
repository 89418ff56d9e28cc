import ArgumentParser
import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintMatching
import ListingLintReport

/// `listinglint check PATH...`: check listings and report findings.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check listings (HTML pages, JSON exports) and report findings and scores.",
        discussion: """
            Exit status: 0 when no finding is at or above --fail-level, 1 when one is, 2 when an input \
            could not be read or the command line is wrong (the other inputs are still checked and reported).
            """
    )

    @Argument(help: "Files or directories (searched recursively) to check; - reads standard input.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Fail (exit 1) on findings at or above this severity: error, warning, evidence, info.")
    var failLevel: Severity = .error

    @Option(help: "Force the input format instead of detecting it: html, listing-json, shopify, woocommerce, json-ld.")
    var inputFormat: InputFormat?

    @Option(help: "Claim rule jurisdictions to apply, comma-separated: cn, eu, us.")
    var jurisdiction: String = "cn,eu,us"

    @Option(help: "Judge date-gated rules as of this day (YYYY-MM-DD; default today).")
    var asOf: String?

    func validate() throws {
        if jurisdictions.isEmpty || !jurisdictions.isSubset(of: ["cn", "eu", "us"]) {
            throw ValidationError("--jurisdiction takes cn, eu and/or us, comma-separated.")
        }
        if let asOf, !RulePackLibrary.isISODate(asOf) { throw ValidationError("--as-of takes a date as YYYY-MM-DD.") }
    }

    private var jurisdictions: Set<String> {
        Set(jurisdiction.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    func run() async throws {
        let configuration = LintConfiguration(jurisdictions: jurisdictions, asOf: asOf)
        let linter = Linter(configuration: configuration, inputFormat: inputFormat)
        let report = linter.run(paths: paths)
        let output: String
        switch format {
        case .text: output = TextReporter(colour: isatty(STDOUT_FILENO) == 1).render(report)
        case .json: output = JSONReporter.render(report)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        throw ExitCode(ExitStatus.of(report, failLevel: failLevel))
    }
}

/// Output formats of `check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

