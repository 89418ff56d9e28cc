import Foundation
import ListingLintChecks
import ListingLintCore
import ListingLintHistory
import ListingLintKit
import ListingLintReport
import Testing

@Suite struct AuditTests {
    private func audit(_ paths: [String], summaryOut: String? = nil, findingsOut: String? = nil) throws -> AuditResult {
        var options = AuditOptions(paths: paths)
        options.showProgress = false
        options.summaryOut = summaryOut
        options.findingsOut = findingsOut
        return try Audit.run(options, checker: ListingChecker())
    }

    @Test func mergeOfSevenUnevenPartsEqualsOneAuditByteForByte() throws {
        let directory = TemporaryDirectory()
        let bounds = [0, 3, 40, 41, 97, 150, 230, 300]
        var parts: [String] = []
        for index in 0..<7 {
            parts.append(directory.write("catalogue/part-\(index).jsonl", SyntheticCatalogue.lines(bounds[index]..<bounds[index + 1])))
        }
        let whole = try audit([directory.path + "/catalogue"], summaryOut: directory.path + "/whole.json")
        #expect(whole.summary.checked == 300)
        var summaries: [CatalogueSummary] = []
        for (index, part) in parts.enumerated().reversed() {
            let out = directory.path + "/part-\(index).summary.json"
            _ = try audit([part], summaryOut: out)
            summaries.append(try SummaryFile.decode(contentsOf: out))
        }
        let merged = try #require(try SummaryFile.merge(summaries))
        let wholeBytes = try String(contentsOfFile: directory.path + "/whole.json", encoding: .utf8)
        #expect(SummaryFile.encode(merged) == wholeBytes)
        let shuffled = try #require(try SummaryFile.merge([summaries[3], summaries[0], summaries[6], summaries[1], summaries[5], summaries[2], summaries[4]]))
        #expect(SummaryFile.encode(shuffled) == wholeBytes)
    }

    @Test func adviceIsTalliedButNotRankedAndOlderSummariesStillDecode() throws {
        let listing = Listing(
            id: "p1", source: "p.html", format: .html,
            title: TextSegment(text: "卓越音质蓝牙音箱", role: .title, location: SourceLocation(line: 1, column: 1)),
            segments: [TextSegment(text: "全网最低价", role: .description, location: SourceLocation(line: 2, column: 1))]
        )
        var summary = CatalogueSummary(ruleSet: "r")
        summary.add(ListingChecker().check(listing))
        #expect(summary.rules["claim.cn.praise.zhuoyue"] == 1)
        #expect(summary.advice?["claim.cn.praise.zhuoyue"] == 1)
        #expect(summary.rankedRules["claim.cn.praise.zhuoyue"] == nil)
        #expect(summary.rankedRules.keys.contains { $0.hasPrefix("claim.cn.price.") })
        #expect(summary.sellers["(unknown)"]?.rankedRules["claim.cn.praise.zhuoyue"] == nil)
        // A summary written before `advice` existed decodes, and ranks every rule.
        var older = try #require(try JSONSerialization.jsonObject(with: Data(SummaryFile.encode(summary).utf8)) as? [String: Any])
        older["advice"] = nil
        let decoded = try JSONDecoder().decode(CatalogueSummary.self, from: JSONSerialization.data(withJSONObject: older))
        #expect(decoded.advice == nil)
        #expect(decoded.rankedRules == decoded.rules)
    }

    @Test func shardsOfOneFileByLineRangeMergeToTheWholeFile() throws {
        let whole = try CatalogueSummary(ruleSet: "r", inputs: ["a.jsonl:1-10"])
            .merging(CatalogueSummary(ruleSet: "r", inputs: ["a.jsonl:11-25"]))
        #expect(whole.inputs == ["a.jsonl:1-25"])
    }

    @Test func mergeRefusesOverlapAndDifferentRuleSets() throws {
        let a = CatalogueSummary(ruleSet: "r1", inputs: ["a.jsonl:1-10"])
        #expect(throws: SummaryMergeError.self) { try a.merging(CatalogueSummary(ruleSet: "r1", inputs: ["a.jsonl:10-12"])) }
        #expect(throws: SummaryMergeError.self) { try a.merging(CatalogueSummary(ruleSet: "r2", inputs: ["b.jsonl:1-2"])) }
        #expect(throws: SummaryMergeError.self) {
            try CatalogueSummary(ruleSet: "r1", inputs: ["x.html"]).merging(CatalogueSummary(ruleSet: "r1", inputs: ["x.html"]))
        }
    }

    @Test func badLinesAreCountedAndNamedWhileTheRestIsChecked() throws {
        let directory = TemporaryDirectory()
        let text = SyntheticCatalogue.lines(0..<5) + "{not json\n" + SyntheticCatalogue.lines(5..<9)
        let file = directory.write("mixed.jsonl", text)
        let result = try audit([file], findingsOut: directory.path + "/findings.jsonl")
        #expect(result.summary.checked == 9)
        #expect(result.summary.failed == 1)
        #expect(result.summary.read == result.summary.checked + result.summary.failed)
        let failure = try #require(result.inputErrors.first)
        #expect(failure.source == file)
        #expect(failure.finding.location?.line == 6)
        let findings = try String(contentsOfFile: directory.path + "/findings.jsonl", encoding: .utf8)
        #expect(findings.split(separator: "\n").count == 10)
    }

    @Test func htmlRecordsAreReadAsPagesUnderTheirIds() throws {
        let directory = TemporaryDirectory()
        let page = "<html><body><h1>Stoneware mug</h1><table><tr><th>Material</th><td>stoneware</td></tr></table></body></html>"
        let file = directory.write("pages.jsonl", #"{"id": "MUG-1", "html": "\#(page)"}"# + "\n")
        var options = AuditOptions(paths: [file])
        options.showProgress = false
        options.worstListings = 10
        let result = try Audit.run(options, checker: ListingChecker())
        #expect(result.summary.checked == 1)
        let listing = try #require(result.worst.first)
        #expect(listing.id == "MUG-1")
        #expect(listing.format == .html)
        #expect(listing.fields.first { $0.field == "material" }?.state == .present)
    }

    @Test func gzipInputsAreReadLikePlainOnes() throws {
        let directory = TemporaryDirectory()
        let plain = directory.write("c.jsonl", SyntheticCatalogue.lines(0..<50))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        let fromPlain = try audit([plain])
        let fromGzip = try audit([plain + ".gz"])
        #expect(fromGzip.summary.checked == 50)
        #expect(fromGzip.summary.scoreSum == fromPlain.summary.scoreSum)
        #expect(fromGzip.summary.rules == fromPlain.summary.rules)
    }

    @Test func twoAuditsLeaveTwoHistoryEntriesAndTheSecondReportShowsTheChange() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("c.jsonl", SyntheticCatalogue.lines(0..<40))
        let history = try AuditHistory(path: directory.path + "/history.sqlite")
        let first = try audit([file])
        try history.record(first, toolVersion: "test")
        directory.write("c.jsonl", SyntheticCatalogue.lines(0..<40).replacingOccurrences(of: "全网最低价，国家级品质", with: ""))
        var second = try audit([file])
        second.previous = try history.latestSummary()
        try history.record(second, toolVersion: "test")
        second.trend = try history.trend()
        #expect(try history.count() == 2)
        #expect(second.trend.count == 2)
        let html = AuditHTMLReporter(tool: ToolInfo(version: "test", ruleSet: "r")).render(second)
        #expect(html.contains("Change since the previous audit"))
        #expect(html.contains("Trend over past audits"))
    }

    @Test func listingTextIsEscapedInTheHTMLReport() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("x.jsonl", #"{"id": "<script>alert(1)</script>", "title": "<img src=x onerror=alert(1)>", "seller": "<b>evil</b>"}"# + "\n")
        let result = try audit([file])
        let html = AuditHTMLReporter(tool: ToolInfo(version: "test", ruleSet: "r")).render(result)
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;evil&lt;/b&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func cancelledAuditReportsIncompleteAndWritesNoSummary() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("c.jsonl", SyntheticCatalogue.lines(0..<2000))
        let cancellation = Cancellation()
        cancellation.cancel()
        var options = AuditOptions(paths: [file])
        options.showProgress = false
        options.summaryOut = directory.path + "/summary.json"
        let result = try Audit.run(options, checker: ListingChecker(), cancellation: cancellation)
        #expect(!result.completed)
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/summary.json"))
    }
}
