import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

@Suite struct SARIFReporterTests {
    static let reporter = SARIFReporter(workingDirectory: SampleRun.workingDirectory)

    static func decode(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func results(_ log: [String: Any]) -> [[String: Any]] {
        ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
    }

    @Test(
        .enabled(if: SchemaCheck.available, "needs python3 with jsonschema"),
        .enabled(if: SchemaCheck.officialSARIFSchema != nil, "needs the official SARIF schema (LISTINGLINT_SARIF_SCHEMA)")
    )
    func validatesAgainstTheOfficialSchema() throws {
        let schema = try #require(SchemaCheck.officialSARIFSchema)
        let reports = [
            SampleRun.report(),
            BaselineTests.reportWithNewListingAgainstBaseline(),
            SampleRun.report(listings: [], inputErrors: []),
            SampleRun.report(listings: [EscapingFixtures.hostileListing], inputErrors: []),
        ]
        for report in reports {
            #expect(SchemaCheck.errors(Self.reporter.render(report), schema: schema) == [])
        }
        // The validator does catch a broken log.
        let broken = Self.reporter.render(SampleRun.report()).replacingOccurrences(
            of: "\"level\" : \"note\"", with: "\"level\" : \"fatal\"")
        #expect(SchemaCheck.errors(broken, schema: schema) != [])
    }

    @Test func describesEveryRuleThatFiredAndIndexesIt() throws {
        let catalogue = [
            RuleDescriptor(
                id: "claim.cn.absolute.zuijia", name: "AbsoluteTermZuijia", shortDescription: "Absolute term 最佳",
                fullDescription: "最佳 claims the best; Advertising Law Art. 9(3) bans absolute terms.",
                help: "Remove 最佳 or state a verifiable fact.", defaultSeverity: .error,
                helpUri: "https://example.org/rules/claim.cn.absolute.zuijia"
            )
        ]
        let log = try Self.decode(
            SARIFReporter(workingDirectory: SampleRun.workingDirectory, rules: catalogue).render(SampleRun.report()))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["version"] as? String == "9.9.9-test")
        #expect(driver["semanticVersion"] as? String == "9.9.9-test")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == Set(SampleRun.report().items.map(\.finding.rule)).sorted())
        let zuijia = try #require(rules.first { $0["id"] as? String == "claim.cn.absolute.zuijia" })
        #expect(zuijia["helpUri"] as? String == "https://example.org/rules/claim.cn.absolute.zuijia")
        #expect((zuijia["shortDescription"] as? [String: Any])?["text"] as? String == "Absolute term 最佳")
        for rule in rules {
            for key in ["name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration"] {
                #expect(rule[key] != nil, "rule \(rule["id"] ?? "?") lacks \(key)")
            }
        }
        for result in Self.results(log) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func mapsLevelsLocationsAndLogicalLocations() throws {
        let results = Self.results(try Self.decode(Self.reporter.render(SampleRun.report())))
        #expect(
            results.compactMap { $0["level"] as? String } == [
                "error", "error", "error", "warning", "error", "error", "warning", "note", "note",
            ])
        let claim = results[2]
        let location = try #require((claim["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(
            artifact["uri"] as? String == "corpus/html/dress-zh.html",
            "absolute path under the working directory made relative")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 12)
        #expect(region["startColumn"] as? Int == 20)
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["fullyQualifiedName"] as? String == "dress-zh-001/title")
        let mug = SampleRun.mug
        #expect(
            !results.contains { ($0["properties"] as? [String: Any])?["listing"] as? String == mug.id },
            "a clean listing has no results")
    }

    @Test func fingerprintsSurviveLineMovesAndTellDuplicatesApart() throws {
        func fingerprints(_ report: RunReport) throws -> [String] {
            Self.results(try Self.decode(Self.reporter.render(report))).compactMap {
                ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]
            }
        }
        var moved = SampleRun.dress
        moved.findings = moved.findings.map { finding in
            var finding = finding
            if let line = finding.location?.line { finding.location?.line = line + 40 }
            return finding
        }
        let before = try fingerprints(SampleRun.report())
        let after = try fingerprints(SampleRun.report(listings: [moved, SampleRun.towel, SampleRun.mug]))
        #expect(before == after)
        #expect(Set(before).count == before.count, "every result has its own fingerprint")

        var twice = SampleRun.dress
        twice.findings = [twice.findings[0], twice.findings[0]]
        let duplicate = try fingerprints(SampleRun.report(listings: [twice], inputErrors: []))
        #expect(duplicate.count == 2 && duplicate[0] != duplicate[1])
    }

    @Test func artifactURIsOutsideTheWorkingDirectoryAreAbsoluteAndEncoded() throws {
        var outside = SampleRun.dress
        outside.source = "/data/商品 页/dress#1.html"
        var inside = SampleRun.towel
        inside.source = "exports/春季 上新.json"
        let results = Self.results(
            try Self.decode(Self.reporter.render(SampleRun.report(listings: [outside, inside], inputErrors: []))))
        let artifacts = results.compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: Any]
        }
        #expect(artifacts.first?["uri"] as? String == "file:///data/%E5%95%86%E5%93%81%20%E9%A1%B5/dress%231.html")
        #expect(artifacts.first?["uriBaseId"] == nil)
        #expect(artifacts.last?["uri"] as? String == "exports/%E6%98%A5%E5%AD%A3%20%E4%B8%8A%E6%96%B0.json")
    }
}
