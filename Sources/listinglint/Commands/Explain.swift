import ArgumentParser
import Foundation
import ListingLintMatching

/// `listinglint explain RULE_ID`: print a claim rule's basis, message, rewrite, examples and exceptions.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a claim rule: legal basis, message, rewrite, examples and exceptions."
    )

    @Argument(help: "A rule id, as `listinglint rules` lists them (e.g. claim.cn.absolute.zuijia).")
    var ruleID: String

    func run() throws {
        let library = RulePackLibrary.shared
        guard let rule = library.rule(id: ruleID) else {
            throw ValidationError("No claim rule \"\(ruleID)\"; `listinglint rules` lists them.")
        }
        FileHandle.standardOutput.write(Data(RuleCatalogue.explanation(of: rule, in: library).utf8))
    }
}
