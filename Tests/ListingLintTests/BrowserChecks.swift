import Foundation
import Testing

/// Pages people look at, opened in a real headless browser (Chromium from Debian): the audit
/// report and the pre-publish web page. Runs when `chromium` is installed (`.ci/run` installs it).
@Suite struct BrowserChecks {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var chromiumAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") }

    @Test(.enabled(if: chromiumAvailable, "chromium is not installed (apt-get install chromium)"))
    func auditReportRendersChartsAndShowsListingMarkupAsText() throws {
        let output = try Self.runScript("scripts/report-browser-check.sh", [Self.root.appendingPathComponent(".build/debug/listinglint").path])
        #expect(output.status == 0, "\(output.text)")
        #expect(output.text.contains("listing markup shown as text"))
    }

    @Test(.enabled(if: chromiumAvailable, "chromium is not installed (apt-get install chromium)"))
    func prePublishPageHighlightsAClaimAndListsTheFields() throws {
        let binary = Self.root.appendingPathComponent(".build/debug/listinglint").path
        let output = try Self.runScript("scripts/browser-check.sh", ["--require-claim"], environment: ["LISTINGLINT_BIN": binary])
        #expect(output.status == 0, "\(output.text)")
    }

    static func runScript(_ script: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent(script).path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["OUT": NSTemporaryDirectory()]) { $1 }) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
