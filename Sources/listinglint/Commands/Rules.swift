import ArgumentParser
import Foundation
import ListingLintMatching

/// `listinglint rules`: list every claim rule.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every claim rule: id, category, severity, jurisdictions."
    )

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    func run() throws {
        let library = RulePackLibrary.shared
        let output = switch format {
        case .text: RuleCatalogue.text(library)
        case .json: RuleCatalogue.json(library)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
