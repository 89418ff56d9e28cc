import Foundation
import ListingLintKit
import Testing

/// Pages written for these tests, and whether the readers turn them into listings yet.
enum ReaderProbe {
    static let goodPage = """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>纯棉短袖T恤</title></head>
        <body><h1>纯棉短袖T恤</h1>
        <table class="spec"><tr><th>材质</th><td>100%棉</td></tr>
        <tr><th>尺码</th><td>S 胸围88cm / M 胸围92cm / L 胸围96cm</td></tr>
        <tr><th>洗涤说明</th><td>30°C以下手洗，不可漂白，阴凉处晾干</td></tr></table>
        </body></html>
        """
    static let oldBadPage = """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>最佳品质 保温杯</title></head>
        <body><h1>最佳品质 保温杯</h1><p>全网最低价，销量第一。</p></body></html>
        """
    static let newBadPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The best eco-friendly yoga mat</title></head>
        <body><h1>The best eco-friendly yoga mat</h1><p>No.1 choice, 100% guaranteed results.</p></body></html>
        """

    /// Whether the HTML reader turns a page into a listing (it is a stub until the readers land).
    static let producesListings: Bool = {
        guard let directory = try? ListingLintBinary.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("probe.html")
        guard (try? goodPage.write(to: page, atomically: true, encoding: .utf8)) != nil else { return false }
        return !Linter().run(paths: [page.path]).listings.isEmpty
    }()
}

/// The baseline workflow on real pages through the binary: record, add a bad listing (the run fails
/// with exactly its findings), remove a bad listing (its entries are reported stale). Enabled once
/// the readers turn these pages into listings.
@Suite(
    .enabled(if: ListingLintBinary.url != nil && ReaderProbe.producesListings, "needs the binary and working readers"))
struct BaselineEndToEndTests {
    typealias Key = [String]

    static func json(_ run: ListingLintBinary.Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    /// (listing, rule, evidence) of every reported finding.
    static func findings(_ report: [String: Any]) -> [Key] {
        ((report["listings"] as? [[String: Any]]) ?? []).flatMap { listing in
            ((listing["findings"] as? [[String: Any]]) ?? []).map { finding in
                [
                    listing["id"] as? String ?? "", finding["rule"] as? String ?? "",
                    finding["evidence"] as? String ?? "",
                ]
            }
        }
    }

    @Test func newFindingsFailAndRemovedListingsGoStale() throws {
        let directory = try ListingLintBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pages = directory.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try ReaderProbe.goodPage.write(to: pages.appendingPathComponent("good.html"), atomically: true, encoding: .utf8)
        try ReaderProbe.oldBadPage.write(
            to: pages.appendingPathComponent("old-bad.html"), atomically: true, encoding: .utf8)

        let recorded = try ListingLintBinary.run(
            ["check", "pages", "--format", "json", "--write-baseline", "baseline.json"], in: directory)
        #expect(recorded.status == 0, "recording a baseline accepts the findings: \(recorded.standardError)")
        let baseline = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("baseline.json")))
                as? [String: Any])
        let entries = try #require(baseline["entries"] as? [[String: Any]])

        let unchanged = try ListingLintBinary.run(
            ["check", "pages", "--format", "json", "--baseline", "baseline.json", "--fail-level", "info"], in: directory
        )
        #expect(unchanged.status == 0)
        #expect(Self.findings(try Self.json(unchanged)) == [])

        try ReaderProbe.newBadPage.write(
            to: pages.appendingPathComponent("new-bad.html"), atomically: true, encoding: .utf8)
        let alone = try Self.json(
            try ListingLintBinary.run(["check", "pages/new-bad.html", "--format", "json"], in: directory))
        let expected = Self.findings(alone)
        let added = try ListingLintBinary.run(
            ["check", "pages", "--format", "json", "--baseline", "baseline.json", "--fail-level", "info"], in: directory
        )
        #expect(Self.findings(try Self.json(added)) == expected, "exactly the new listing's findings are reported")
        #expect(added.status == (expected.isEmpty ? 0 : 1))

        try FileManager.default.removeItem(at: pages.appendingPathComponent("old-bad.html"))
        let removed = try Self.json(
            try ListingLintBinary.run(
                ["check", "pages", "--format", "json", "--baseline", "baseline.json"], in: directory))
        let stale = ((removed["baseline"] as? [String: Any])?["stale"] as? [[String: Any]]) ?? []
        let oldIDs = Set(
            ((try Self.json(recorded))["listings"] as? [[String: Any]] ?? [])
                .filter { ($0["source"] as? String)?.hasSuffix("old-bad.html") == true }
                .compactMap { $0["id"] as? String })
        let oldEntries = entries.filter { oldIDs.contains($0["listing"] as? String ?? "") }
        #expect(stale.count == oldEntries.count)
        #expect(
            Set(stale.compactMap { $0["listing"] as? String })
                == Set(oldEntries.compactMap { $0["listing"] as? String }))
    }
}
