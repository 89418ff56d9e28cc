import Foundation
@testable import ListingLintMatching

/// Helpers shared by the claims tests.
enum ClaimTestSupport {
    /// The engine's own data files (exceptions, contexts, character table) plus the test-only fixture packs
    /// in `Tests/Fixtures/packs/` (cn-core, en-core: a small, stable rule set the engine tests are written
    /// against), without the shipped lexicon packs, so the engine tests do not change meaning when the
    /// lexicon grows. The lexicon packs are tested by their own examples (RulePackTests).
    static let engineFiles: [String: String] = {
        var files = EmbeddedData.files.filter { name, _ in !(name.hasPrefix("cn-") || name.hasPrefix("en-")) }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/packs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".json") {
            files[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }()
    static let engineLibrary = RulePackLibrary(files: engineFiles)

    /// The engine library, all jurisdictions, dated far enough ahead that date-gated rules apply.
    static let matcher = ClaimMatcher(library: engineLibrary, asOf: "2099-12-31")

    /// The engine's data files plus one extra test pack (rules that only the tests need).
    static func library(extraRules: String) -> RulePackLibrary {
        var files = engineFiles
        files["test-extra.json"] = """
            {"pack": "test-extra", "language": "zh", "description": "test", "rules": [\(extraRules)]}
            """
        return RulePackLibrary(files: files)
    }

    /// A rule in pack JSON with the given id, category and terms (examples are placeholders).
    static func rule(_ id: String, _ category: String, _ terms: [String], severity: String = "warning") -> String {
        let quoted = terms.map { "\"\($0)\"" }.joined(separator: ",")
        return """
            {"id": "\(id)", "category": "\(category)", "severity": "\(severity)", "jurisdictions": ["cn", "us"],
             "basis": "b", "message": "m", "rewrite": "r", "terms": [\(quoted)],
             "examples": {"flag": ["x"], "pass": ["y"]}}
            """
    }

    /// The UTF-8 slice of `text` at `range`, decoded.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    /// The package root (for schemas and pack files).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs python3 with a script; nil when python3 or jsonschema is unavailable.
    static func python(_ script: String, input: String = "") -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return nil }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        check.arguments = ["-c", "import jsonschema"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return nil }
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = packageRoot
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        guard (try? process.run()) != nil else { return nil }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A small deterministic random generator for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
