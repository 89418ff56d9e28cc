import ArgumentParser
import ListingLintKit

/// `listinglint`: the root command. Each subcommand lives in `Commands/`.
///
/// Every command states its `commandName`: without it ArgumentParser derives the name from the type
/// by reflection, which in the static release binary scans every protocol conformance and cost about
/// 2 ms of each run's start-up.
@main
struct ListingLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listinglint",
        abstract: "Checks product listings for required information and banned advertising claims.",
        version: ListingLintVersion.version,
        subcommands: [
            Check.self, Audit.self, Merge.self, History.self, Rules.self, Explain.self, EvalClaims.self, Init.self, Serve.self,
        ],
        defaultSubcommand: Check.self
    )
}
