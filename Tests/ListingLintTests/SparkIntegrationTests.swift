import Foundation
import Testing

/// The Spark integration (integrations/spark) end to end: pyspark in local mode over 20,000
/// generated listings gives the same platform summary, byte for byte, and the same per-listing
/// results as `listinglint audit` on one machine. Runs when pyspark and Java are installed
/// (`.ci/run` installs pyspark).
@Suite struct SparkIntegrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var pysparkAvailable: Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pyspark"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 && FileManager.default.fileExists(atPath: "/usr/bin/java")
    }

    @Test(.enabled(if: pysparkAvailable, "pyspark is not installed (pip install pyspark==3.5.3)"))
    func sparkAuditEqualsSingleMachineAudit() throws {
        let binary = Self.root.appendingPathComponent(".build/debug/listinglint").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the binary first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("integrations/spark/test_spark.sh").path, binary, "20000"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("summary: byte-identical"))
        #expect(text.contains("per-listing results: identical"))
    }
}
