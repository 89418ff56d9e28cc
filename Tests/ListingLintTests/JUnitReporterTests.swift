import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct JUnitReporterTests {
    /// Test cases as parsed by Foundation's XML parser: attributes and whether each failed or errored.
    final class Cases: NSObject, XMLParserDelegate {
        var cases: [[String: String]] = []
        var suites = 0
        var failures: [String] = []
        var errors: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "testsuite": suites += 1
            case "testcase": cases.append(attributes)
            case "failure": failures.append(attributes["type"] ?? "")
            case "error": errors.append(attributes["type"] ?? "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func parse(_ xml: String) throws -> Cases {
        let parser = XMLParser(data: Data(xml.utf8))
        let cases = Cases()
        parser.delegate = cases
        let parsed = parser.parse()
        #expect(parsed, "XML error: \(parser.parserError.map { "\($0)" } ?? "none")")
        return cases
    }

    @Test func parsesWithOneTestCasePerListingAndOnePerInputError() throws {
        let report = SampleRun.report()
        let parsed = try Self.parse(
            JUnitReporter(workingDirectory: SampleRun.workingDirectory, failLevel: .error).render(report))
        #expect(parsed.suites == 1)
        #expect(parsed.cases.count == report.listings.count + report.inputErrors.count)
        #expect(parsed.cases.compactMap { $0["name"] }.suffix(3) == ["dress-zh-001", "shopify-7781", "mug-en-01"])
        #expect(
            parsed.cases.compactMap { $0["classname"] }.suffix(3) == [
                "corpus/html/dress-zh.html", "exports/shopify-products.json", "corpus/json/mug.json",
            ])
        // At --fail-level error only the dress fails; the towel's warning goes to system-out.
        #expect(parsed.failures == ["claim.cn.absolute.zuijia"])
        #expect(parsed.errors == [InputRule.notFound, InputRule.malformedJSON])
    }

    @Test func failLevelDecidesWhatFails() throws {
        let parsed = try Self.parse(
            JUnitReporter(workingDirectory: "/", failLevel: .info).render(SampleRun.report(inputErrors: [])))
        #expect(parsed.failures == ["claim.cn.absolute.zuijia", "claim.eu.green.generic"])
    }

    @Test func hostileListingTextIsEscapedAndStillParses() throws {
        let report = SampleRun.report(listings: [EscapingFixtures.hostileListing], inputErrors: [])
        let xml = JUnitReporter(workingDirectory: "/").render(report)
        #expect(!xml.contains("<script>"))
        #expect(!xml.contains("\u{0}") && !xml.contains("\u{7}") && !xml.contains("\u{1B}"))
        let parsed = try Self.parse(xml)
        #expect(parsed.cases.count == 1)
        #expect(
            parsed.cases.first?["name"] == EscapingFixtures.hostileID,
            "tab, CR and LF survive in attributes as character references")
        #expect(parsed.text.contains("<script>alert(1)</script> & \"quoted\" ]]>"))
    }

    @Test func xmlEscapingReplacesWhatXMLCannotCarry() {
        #expect(XMLText.escape("a<b>&\"'\u{0}\u{1F}\u{FFFE}\tz") == "a&lt;b&gt;&amp;\"'\u{FFFD}\u{FFFD}\u{FFFD}\tz")
        #expect(XMLText.escape("\"'\t\n\r", attribute: true) == "&quot;&apos;&#9;&#10;&#13;")
    }
}
