import Foundation
import Testing

/// Golden files in `Tests/ListingLintTests/Golden/`. Run with `LISTINGLINT_UPDATE_GOLDEN=1` to
/// rewrite them from the current output (then review the diff before committing).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["LISTINGLINT_UPDATE_GOLDEN"] == "1" }

    /// Expects `actual` to equal the golden file `name`, or rewrites it when updating.
    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "golden file \(name) is missing; run with LISTINGLINT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            Issue.record(
                """
                \(name) differs from its golden file at line \(first + 1):
                  expected: \(first < expectedLines.count ? String(expectedLines[first]) : "(end)")
                  actual:   \(first < actualLines.count ? String(actualLines[first]) : "(end)")
                (LISTINGLINT_UPDATE_GOLDEN=1 rewrites golden files)
                """,
                sourceLocation: sourceLocation
            )
        }
    }
}
