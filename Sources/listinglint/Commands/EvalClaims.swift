import ArgumentParser
import Foundation
import ListingLintChecks
import ListingLintCore

/// `listinglint eval-claims FILE.jsonl`: precision and recall of the claims check per category.
struct EvalClaims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-claims",
        abstract: "Score the claims check on an evaluation set (JSON Lines): precision and recall per category."
    )

    @Argument(help: "Evaluation set: one {\"text\", \"lang\", \"field\", \"expect\": [{\"category\", \"evidence\"}]} per line.")
    var file: String

    @Option(help: "Claim rule jurisdictions to apply, comma-separated: cn, eu, us.")
    var jurisdiction: String = "cn,eu,us"

    @Option(help: "Judge date-gated rules as of this day (YYYY-MM-DD; default today).")
    var asOf: String?

    @Option(help: "Count only findings at or above this severity: info, evidence, warning, error.")
    var minSeverity: Severity = .info

    @Flag(help: "Also list every sentence with a false positive or negative.")
    var showMisses = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("Cannot read \(file).")
        }
        let configuration = LintConfiguration(
            jurisdictions: Set(jurisdiction.split(separator: ",").map(String.init)), asOf: asOf
        )
        let evaluation = ClaimEvaluation(judge: ClaimJudge(configuration: configuration), minimumSeverity: minSeverity)
        let result = evaluation.evaluate(jsonLines: String(decoding: data, as: UTF8.self), source: file)
        var output = ClaimEvaluation.render(result)
        if showMisses && !result.misses.isEmpty { output += "\n" + result.misses.joined(separator: "\n") + "\n" }
        for error in result.errors { output += error + "\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
        if !result.errors.isEmpty { throw ExitCode(2) }
    }
}
