import Foundation
import ListingLintKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs the built `listinglint` binary in a directory.
enum ListingLintBinary {
    /// `listinglint` next to the test bundle in the build directory.
    static let url: URL? = {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for candidate in candidates {
            var directory = candidate.deletingLastPathComponent()
            for _ in 0..<4 {
                let url = directory.appendingPathComponent("listinglint")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: url.path)
                {
                    return url
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }()

    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        let binary: URL = try #require(url)
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        merged.merge(environment) { $1 }
        process.environment = merged
        let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: out, encoding: .utf8),
            standardError: try String(contentsOf: err, encoding: .utf8)
        )
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("listinglint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The `listinglint` binary end to end: exit codes, `--output` files, baselines. Works with whatever
/// readers and checks exist: input errors (a missing file) are real today; the baseline scenario on
/// real pages runs once the readers produce listings.
@Suite(.enabled(if: ListingLintBinary.url != nil, "needs the built listinglint binary"))
struct CommandLineTests {
    @Test func missingInputExitsTwoAndEveryOutputIsWritten() throws {
        let directory = try ListingLintBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let formats = [
            "sarif": "r.sarif", "junit": "r.xml", "gitlab": "gl.json", "json": "r.json", "jsonl": "r.jsonl",
            "github-summary": "s.md",
        ]
        let outputs = formats.sorted { $0.key < $1.key }.flatMap { ["--output", "\($0.key):\($0.value)"] }
        let run = try ListingLintBinary.run(
            ["check", "no-such-listing.json", "--format", "line"] + outputs, in: directory)
        #expect(run.status == 2)
        #expect(run.standardOutput == "no-such-listing.json: error input.not-found: no such file or directory\n")
        #expect(run.standardError.contains("1 input could not be read"))
        for name in formats.values {
            #expect(
                FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path), "\(name) written")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.contains(".tmp-")
        }
        #expect(leftovers == [])
        let xml = try Data(contentsOf: directory.appendingPathComponent("r.xml"))
        #expect(XMLParser(data: xml).parse())
        if SchemaCheck.available, let schema = SchemaCheck.officialSARIFSchema {
            let sarif = try String(contentsOf: directory.appendingPathComponent("r.sarif"), encoding: .utf8)
            #expect(SchemaCheck.errors(sarif, schema: schema) == [])
            let json = try String(contentsOf: directory.appendingPathComponent("r.json"), encoding: .utf8)
            #expect(SchemaCheck.errors(json, schema: "schemas/report.schema.json") == [])
        }
    }

    /// The acceptance check: `listinglint check corpus --format sarif` validates against the
    /// official schema (runs once the bundled corpus exists).
    @Test(
        .enabled(if: SchemaCheck.available && SchemaCheck.officialSARIFSchema != nil, "needs jsonschema and the SARIF schema"),
        .enabled(
            if: FileManager.default.fileExists(atPath: SchemaCheck.packageRoot.appendingPathComponent("corpus").path),
            "needs the bundled corpus"
        )
    )
    func corpusAsSARIFValidatesAgainstTheOfficialSchema() throws {
        let run = try ListingLintBinary.run(["check", "corpus", "--format", "sarif"], in: SchemaCheck.packageRoot)
        #expect(run.status != 2 || run.standardError.contains("could not be read"), "\(run.standardError)")
        #expect(SchemaCheck.errors(run.standardOutput, schema: try #require(SchemaCheck.officialSARIFSchema)) == [])
    }

    @Test(arguments: [
        ["check", "--no-such-option", "x"],
        ["check", "x", "--output", "sarif"],
        ["check", "x", "--output", "pdf:x.pdf"],
        ["check", "x", "--min-score", "101"],
        ["check", "x", "--fail-level", "fatal"],
        ["check", "x", "--baseline", "no-such-baseline.json"],
        ["check", "x", "--output", "sarif:no/such/directory/r.sarif"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let directory = try ListingLintBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ListingLintBinary.run(arguments, in: directory)
        #expect(run.status == 2)
        #expect(!run.standardError.isEmpty)
    }

    @Test func githubFormatAppendsTheStepSummary() throws {
        let directory = try ListingLintBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let summary = directory.appendingPathComponent("step-summary.md")
        let run = try ListingLintBinary.run(
            ["check", "gone.html", "--format", "github"], in: directory,
            environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 2)
        #expect(run.standardOutput == "::error file=gone.html,title=input.not-found::no such file or directory\n")
        #expect(try String(contentsOf: summary, encoding: .utf8).hasPrefix("## ListingLint\n"))
    }
}
