import Foundation
import ListingLintCore
import ListingLintKit
import Testing

/// Runs `Linter` over hostile inputs and checks the promises every run keeps, whatever the bytes:
/// each input ends in listings or in input errors naming it (never silently dropped), and
/// read = checked + failed.
enum HostileRun {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Tests/Fixtures/malformed/NAME`.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/malformed/\(name)").path
    }

    /// Whether the tests run as root, for whom `chmod 000` does not stop reading.
    static var isRoot: Bool { geteuid() == 0 }

    /// Checks `paths` and verifies that every one of `expectedInputs` is accounted for.
    static func check(
        _ paths: [String],
        limits: InputLimits = InputLimits(),
        accounting expectedInputs: [String]? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> RunReport {
        let report = Linter(configuration: LintConfiguration(limits: limits)).run(paths: paths)
        let summary = report.summary
        #expect(
            summary.read == summary.checked + summary.failed, "read ≠ checked + failed", sourceLocation: sourceLocation)
        #expect(summary.checked == report.listings.count, sourceLocation: sourceLocation)
        #expect(summary.failed == report.inputErrors.count, sourceLocation: sourceLocation)
        for failure in report.inputErrors {
            #expect(failure.finding.kind == .inputError, sourceLocation: sourceLocation)
            #expect(!failure.finding.message.isEmpty, sourceLocation: sourceLocation)
        }
        let seen = Set(report.listings.map(\.source) + report.inputErrors.map(\.source))
        for input in expectedInputs ?? paths {
            #expect(seen.contains(input), "\(input) was silently dropped", sourceLocation: sourceLocation)
        }
        return report
    }

    /// The input errors of `report` for `source`.
    static func failures(_ report: RunReport, _ source: String) -> [InputFailure] {
        report.inputErrors.filter { $0.source == source }
    }

    /// Every finding of `report`'s listings (diagnostics included in each listing's findings).
    static func findings(_ report: RunReport) -> [Finding] {
        report.listings.flatMap(\.findings)
    }
}

/// Byte-level builders for the odd inputs no repository file should hold.
enum HostileBytes {
    /// A small, valid English product page: title, spec table with material, size and care.
    static func page(title: String = "Linen shirt", charset: String? = "utf-8", extraBody: String = "") -> String {
        let meta = charset.map { "<meta charset=\"\($0)\">" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="en"><head>\(meta)<title>\(title)</title></head>
            <body><h1>\(title)</h1>
            <table><tr><th>Material</th><td>100% linen</td></tr>
            <tr><th>Size</th><td>S, M, L (chest 96-112 cm)</td></tr>
            <tr><th>Care instructions</th><td>Machine wash cold, line dry</td></tr></table>
            \(extraBody)
            </body></html>
            """
    }

    /// A Chinese product page with the given charset label (bytes encoded separately).
    static func chinesePage(title: String, charset: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=\(charset)">
        <title>\(title)</title></head>
        <body><h1>\(title)</h1>
        <table><tr><th>材质</th><td>100%棉</td></tr>
        <tr><th>尺寸</th><td>长60cm 宽40cm</td></tr>
        <tr><th>洗涤说明</th><td>30℃以下机洗，不可漂白</td></tr></table>
        </body></html>
        """
    }

    /// `text` in GBK (GB18030 agrees with GBK on every character used here), through iconv.
    static func gbk(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GBK"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// `text` in UTF-16 with a byte-order mark.
    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        return bytes
    }

    /// JSON nested `depth` arrays deep inside a listing's description.
    static func deepJSON(depth: Int) -> [UInt8] {
        Array("{\"id\": \"deep\", \"title\": \"Deep\", \"description\": ".utf8)
            + [UInt8](repeating: UInt8(ascii: "["), count: depth)
            + [UInt8](repeating: UInt8(ascii: "]"), count: depth) + Array("}".utf8)
    }

    /// Deterministic pseudo-random bytes (a binary file), NUL-heavy like real binaries.
    static func binary(count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let byte = UInt8(truncatingIfNeeded: state >> 56)
            return byte < 0x40 ? 0 : byte
        }
    }
}

extension TemporaryDirectory {
    /// Writes raw bytes to `name` inside the directory and returns the full path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }
}
