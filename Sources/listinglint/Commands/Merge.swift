import ArgumentParser
import Foundation
import ListingLintCore
import ListingLintKit

/// `listinglint merge A B ...`: adds audit summaries exactly.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add the summaries of audits of parts of a catalogue into the summary of the whole.",
        discussion: """
            Summaries are integer sums, so any split in any order merges to the same bytes. Summaries \
            made with different rule sets, or covering the same input (or the same lines of one), are refused.
            """
    )

    @Argument(help: "Summary files written by `listinglint audit --summary-out`.")
    var summaries: [String]

    @Option(name: .shortAndLong, help: "Write the merged summary here instead of standard output.")
    var output: String?

    func run() throws {
        var loaded: [CatalogueSummary] = []
        for path in summaries {
            do {
                loaded.append(try SummaryFile.decode(contentsOf: path))
            } catch {
                throw ValidationError("\(path): not a ListingLint summary file (\(error))")
            }
        }
        do {
            guard let merged = try SummaryFile.merge(loaded) else { throw ValidationError("no summaries given") }
            let text = SummaryFile.encode(merged)
            if let output { try AtomicFile.write(text, to: output) } else { print(text, terminator: "") }
        } catch let error as SummaryMergeError {
            FileHandle.standardError.write(Data("listinglint merge: \(error)\n".utf8))
            throw ExitCode(ExitStatus.inputError)
        }
    }
}
