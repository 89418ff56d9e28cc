import Foundation
import ListingLintChecks
import ListingLintCore
import ListingLintKit
import Testing

/// A batch of 1,000 listings, one per file, a tenth of the files corrupted in ten different ways:
/// `check` and `audit` both complete, check every good listing, report every bad file with its name
/// and reason, and count read = checked + failed.
@Suite struct BatchTests {
    /// Small enough that the oversized files hit it, large enough for every good file.
    static let limits = InputLimits(maxFileBytes: 256 << 10)

    /// The catalogue: its directory, the good files and the bad files with the rule each must get.
    struct Catalogue {
        let directory = TemporaryDirectory()
        var good: Set<String> = []
        var bad: [String: String] = [:]
    }

    static func makeCatalogue() -> Catalogue {
        var catalogue = Catalogue()
        let root = catalogue.directory
        for index in 0..<1000 {
            let name = String(format: "listing-%04d", index)
            guard index % 10 == 3 else {
                if index % 3 == 0 {
                    catalogue.good.insert(root.write("\(name).html", HostileBytes.page(title: "Linen shirt \(index)")))
                } else {
                    catalogue.good.insert(root.write("\(name).json", SyntheticCatalogue.record(index)))
                }
                continue
            }
            let (file, rule) = corrupt(kind: index / 10 % 10, index: index, in: root)
            catalogue.bad[file] = rule
        }
        return catalogue
    }

    /// One corrupted file of the given kind (0–9), and the input-error rule it must be reported with
    /// (nil: any input-error rule).
    static func corrupt(kind: Int, index: Int, in root: TemporaryDirectory) -> (String, String) {
        let name = String(format: "listing-%04d", index)
        return switch kind {
        case 0:
            (
                root.write("\(name).json", #"{"id": "T", "title": "Truncated", "attributes": {"Mat"#),
                InputRule.malformedJSON
            )
        case 1: (root.write("\(name).json", ""), InputRule.emptyInput)
        case 2: (root.write("\(name).html", bytes: HostileBytes.binary(count: 4096, seed: UInt64(index))), "")
        case 3: (root.write("\(name).json", bytes: HostileBytes.deepJSON(depth: 10_000)), InputRule.tooDeep)
        case 4: (root.write("\(name).json", "[1, 2, 3]"), "")
        case 5: (root.write("\(name).html", ""), InputRule.emptyInput)
        case 6:
            (
                root.write("\(name).json", #"{"id": "BIG", "title": "\#(String(repeating: "x", count: 300 << 10))"}"#),
                InputRule.tooLarge
            )
        case 7:
            (
                {
                    let link = root.path + "/\(name).json"
                    symlink(root.path + "/\(name)-missing.json", link)
                    return link
                }(), InputRule.unreadable
            )
        case 8: (root.write("\(name).json", "\"just a string\""), "")
        default: (root.write("\(name).jsonl", "{\"id\": \"J\", \"title\": \n"), InputRule.malformedJSON)
        }
    }

    @Test func checkCompletesChecksEveryGoodListingAndNamesEveryBadFile() throws {
        let catalogue = Self.makeCatalogue()
        let report = Linter(configuration: LintConfiguration(limits: Self.limits)).run(paths: [catalogue.directory.path]
        )
        let summary = report.summary
        #expect(summary.read == 1000)
        #expect(summary.checked == 900)
        #expect(summary.failed == 100)
        #expect(summary.read == summary.checked + summary.failed)
        #expect(Set(report.listings.map(\.source)) == catalogue.good)
        Self.expectEveryBadFileNamed(report.inputErrors, catalogue: catalogue)
    }

    @Test func auditCompletesChecksEveryGoodListingAndNamesEveryBadFile() throws {
        let catalogue = Self.makeCatalogue()
        var options = AuditOptions(paths: [catalogue.directory.path])
        options.showProgress = false
        options.keptInputErrors = 1000
        let findings = catalogue.directory.path + "/../\(UUID().uuidString)-findings.jsonl"
        defer { try? FileManager.default.removeItem(atPath: findings) }
        options.findingsOut = findings
        let checker = ListingChecker(configuration: LintConfiguration(limits: Self.limits))
        let result = try Audit.run(options, checker: checker)
        #expect(result.completed)
        #expect(result.summary.read == 1000)
        #expect(result.summary.checked == 900)
        #expect(result.summary.failed == 100)
        #expect(result.summary.read == result.summary.checked + result.summary.failed)
        Self.expectEveryBadFileNamed(result.inputErrors, catalogue: catalogue)
        // Every good listing is in the streamed results too, each once.
        let lines = try String(contentsOfFile: findings, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1000)
        var sources: [String: Int] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if let source = object["source"] as? String { sources[source, default: 0] += 1 }
        }
        for file in catalogue.good { #expect(sources[file] == 1, "\(file) not checked exactly once") }
    }

    static func expectEveryBadFileNamed(_ failures: [InputFailure], catalogue: Catalogue) {
        #expect(failures.count == catalogue.bad.count)
        let bySource = Dictionary(grouping: failures, by: \.source)
        for (file, rule) in catalogue.bad {
            let failure = bySource[file]?.first
            #expect(failure != nil, "\(file) not reported")
            guard let failure else { continue }
            #expect(failure.finding.kind == .inputError)
            #expect(!failure.finding.message.isEmpty)
            #expect(failure.description.hasPrefix(file))
            if !rule.isEmpty {
                #expect(failure.finding.rule == rule, "\(file): \(failure.finding.rule), expected \(rule)")
            }
        }
    }
}
