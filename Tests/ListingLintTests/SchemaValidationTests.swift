import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

/// Real reporter output validated against the schemas in `schemas/`.
@Suite(.enabled(if: SchemaCheck.available, "needs python3 with jsonschema"))
struct SchemaValidationTests {
    static let reports = [
        SampleRun.report(),
        BaselineTests.reportWithNewListingAgainstBaseline(),
        SampleRun.report(listings: [], inputErrors: []),
        SampleRun.report(listings: [EscapingFixtures.hostileListing], inputErrors: []),
    ]
    static let directory = SampleRun.workingDirectory

    @Test func jsonReportValidates() {
        for report in Self.reports {
            #expect(SchemaCheck.errors(JSONReporter.render(report), schema: "schemas/report.schema.json") == [])
        }
    }

    @Test func jsonLinesReportValidatesLineByLine() {
        for report in Self.reports {
            let text = JSONLinesReporter.render(report)
            #expect(text.split(separator: "\n").count == report.listings.count + report.inputErrors.count + 1)
            #expect(SchemaCheck.errors(text, schema: "schemas/report-line.schema.json", lines: true) == [])
        }
    }

    @Test func gitLabReportValidates() {
        for report in Self.reports {
            #expect(
                SchemaCheck.errors(
                    GitLabReporter(workingDirectory: Self.directory).render(report),
                    schema: "schemas/gitlab-codequality.schema.json") == [])
        }
    }

    @Test func baselineValidates() {
        for report in Self.reports {
            #expect(SchemaCheck.errors(Baseline(recording: report).json, schema: "schemas/baseline.schema.json") == [])
        }
    }

    @Test func schemasRejectBrokenDocuments() {
        let json = JSONReporter.render(SampleRun.report()).replacingOccurrences(
            of: "\"severity\" : \"warning\"", with: "\"severity\" : \"serious\"")
        #expect(SchemaCheck.errors(json, schema: "schemas/report.schema.json") != [])
        #expect(
            SchemaCheck.errors(
                #"{"version": 1, "ruleSet": "r", "entries": [{"listing": "a", "rule": "b", "evidence": "", "count": 0}]}"#,
                schema: "schemas/baseline.schema.json") != [])
    }

    /// The line schema repeats the report schema's definitions; they must not drift apart.
    @Test func lineSchemaDefinitionsMatchTheReportSchema() throws {
        func definitions(_ name: String) throws -> [String: Any] {
            let data = try Data(contentsOf: SchemaCheck.packageRoot.appendingPathComponent("schemas/\(name)"))
            let schema = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try #require(schema["$defs"] as? [String: Any])
        }
        let report = try definitions("report.schema.json")
        let line = try definitions("report-line.schema.json")
        #expect(Set(line.keys) == Set(report.keys))
        for (name, definition) in line {
            #expect((definition as? NSDictionary) == (report[name] as? NSDictionary), "$defs/\(name) differs")
        }
    }
}
