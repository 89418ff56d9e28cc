import ArgumentParser
import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintMatching

/// Options that decide which rules apply, shared by `check` and `audit`: the configuration file, and
/// the jurisdiction and date overrides that win over it.
struct RuleOptions: ParsableArguments {
    @Option(help: "Configuration file (default: the nearest .listinglint.yml above the first input).")
    var config: String?

    @Option(help: "Claim rule jurisdictions to apply, comma-separated: cn, eu, us (default: the configuration's, else all).")
    var jurisdiction: String?

    @Option(help: "Judge date-gated rules as of this day (YYYY-MM-DD; default: the configuration's, else today).")
    var asOf: String?

    func validate() throws {
        if let jurisdictions, jurisdictions.isEmpty || !jurisdictions.isSubset(of: ["cn", "eu", "us"]) {
            throw ValidationError("--jurisdiction takes cn, eu and/or us, comma-separated.")
        }
        if let asOf, !RulePackLibrary.isISODate(asOf) { throw ValidationError("--as-of takes a date as YYYY-MM-DD.") }
    }

    private var jurisdictions: Set<String>? {
        jurisdiction.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) }
    }

    /// The configuration file (found or named) with the command-line overrides applied.
    /// Exits with status 2 and the file's own error message when the configuration is wrong.
    func configuration(inputs: [String]) throws -> LintConfiguration {
        var configuration: LintConfiguration
        do {
            configuration = try RunConfiguration.resolve(explicitPath: config, inputs: inputs)
        } catch {
            FileHandle.standardError.write(Data("configuration error: \(error)\n".utf8))
            throw ExitCode(ExitStatus.inputError)
        }
        if let jurisdictions { configuration.jurisdictions = jurisdictions }
        if let asOf { configuration.asOf = asOf }
        return configuration
    }
}
