import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

/// Listing text is untrusted: it must not reach a terminal as escape sequences nor an HTML report
/// as markup.
@Suite struct OutputSafetyTests {
    // MARK: - Terminal

    @Test(arguments: [
        ("clear \u{1B}[2J\u{1B}[H screen", "clear  screen"),
        ("colour \u{1B}[1;31mred\u{1B}[0m", "colour red"),
        ("link \u{1B}]8;;https://evil.example\u{07}click\u{1B}]8;;\u{07} done", "link click done"),
        ("link \u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\ done", "link click done"),
        ("title \u{1B}]0;pwned\u{07}ok", "title ok"),
        ("dcs \u{1B}P1$r0m\u{1B}\\ok", "dcs ok"),
        ("apc \u{1B}_payload\u{1B}\\ok", "apc ok"),
        ("charset \u{1B}(0ok", "charset ok"),
        ("reset \u{1B}cok", "reset ok"),
        ("c1 csi \u{9B}2Jok", "c1 csi ok"),
        ("c1 osc \u{9D}8;;https://evil.example\u{9C}ok", "c1 osc ok"),
        ("nel\u{85}bell\u{07}backspace\u{08}del\u{7F}", "nelbellbackspacedel"),
        ("bidi \u{202E}cod.exe\u{202C} \u{2066}x\u{2069} \u{200F}", "bidi cod.exe x "),
        ("zero\u{200B}width\u{FEFF}\u{2060}", "zerowidth"),
        ("lines\r\nand\ttabs\u{2028}sep", "lines  and tabs sep"),
        ("unterminated \u{1B}]8;;https://evil.example", "unterminated "),
        ("trailing escape \u{1B}", "trailing escape "),
        ("棉质 naïve 😀", "棉质 naïve 😀"),
    ])
    func terminalTextDropsEscapeSequencesAndControls(input: String, expected: String) {
        let output = TerminalText.sanitize(input)
        #expect(output == expected)
        #expect(Self.unsafeTerminalScalars(output).isEmpty)
    }

    @Test func terminalTextCutsAtTheLimit() {
        #expect(TerminalText.sanitize(String(repeating: "a", count: 10), limit: 4) == "aaaa…")
        #expect(TerminalText.sanitize("abcd", limit: 4) == "abcd")
        #expect(TerminalText.sanitize("ab\u{1B}[31mcd", limit: 4) == "abcd")
    }

    @Test func textReportCarriesNoEscapeSequenceFromListingText() {
        let report = Self.hostileRunReport()
        let plain = TextReporter(colour: false).render(report)
        #expect(
            Self.unsafeTerminalScalars(plain).isEmpty, "plain text report carries \(Self.unsafeTerminalScalars(plain))")
        #expect(plain.contains("Evil"))
        // With colour, the only escapes are the reporter's own SGR sequences.
        let coloured = TextReporter(colour: true).render(report)
        let withoutSGR = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(Self.unsafeTerminalScalars(withoutSGR).isEmpty)
    }

    @Test func auditTextReportCarriesNoEscapeSequenceFromListingText() {
        let text = AuditTextReporter().render(Self.hostileAuditResult())
        #expect(
            Self.unsafeTerminalScalars(text).isEmpty, "audit text report carries \(Self.unsafeTerminalScalars(text))")
    }

    // MARK: - HTML report

    @Test func auditHTMLReportRendersMarkupInListingsAsText() throws {
        let html = AuditHTMLReporter(tool: ListingLintVersion.toolInfo).render(Self.hostileAuditResult())
        #expect(html.components(separatedBy: "<script").count == 2, "only the report's own script")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\u{1B}"))
        // Parsed as HTML, no element or attribute comes from listing text.
        let parsed = try #require(Self.htmlStructure(html))
        #expect(!parsed.tags.contains("img"))
        #expect(parsed.tags.filter { $0 == "script" }.count == 1)
        #expect(parsed.attributes.allSatisfy { !$0.hasPrefix("on") }, "event handler attribute: \(parsed.attributes)")
    }

    // MARK: - Fixtures

    static let hostileText =
        "Evil <script>alert(1)</script> \"><img src=x onerror=alert(2)> '\u{1B}[2J\u{1B}]8;;https://evil.example\u{07}x\u{1B}]8;;\u{07}\u{202E}<b>"

    static func hostileListing(_ index: Int) -> ListingReport {
        ListingReport(
            id: "id-\(index) \(hostileText)",
            source: "shop/\u{1B}[31m\"<i>\(index).json",
            format: .listingJSON,
            title: hostileText,
            seller: "Seller \(hostileText)",
            category: CategoryDecision(name: "apparel \(hostileText)", reason: "category field \"\(hostileText)\""),
            score: 40,
            grade: .d,
            fields: [FieldReport(field: "material", requirement: .required, state: .missing)],
            findings: [
                Finding(
                    rule: "claim.en.absolute.best",
                    kind: .bannedClaim,
                    severity: .error,
                    message: "message \(hostileText)",
                    evidence: hostileText,
                    location: ListingLintCore.SourceLocation(line: 3, column: 5, field: "title"),
                    suggestion: "suggestion \(hostileText)"
                )
            ]
        )
    }

    static func hostileRunReport() -> RunReport {
        let listings = (0..<2).map(hostileListing)
        var summary = CatalogueSummary(ruleSet: "test")
        listings.forEach { summary.add($0) }
        let failure = InputFailure(
            source: "bad/\(hostileText).json", rule: InputRule.malformedJSON, message: "bad \(hostileText)",
            location: ListingLintCore.SourceLocation(line: 1))
        summary.addFailure(rule: failure.finding.rule)
        return RunReport(
            tool: ListingLintVersion.toolInfo, listings: listings, inputErrors: [failure], summary: summary)
    }

    static func hostileAuditResult() -> AuditResult {
        let run = hostileRunReport()
        var previous = CatalogueSummary(ruleSet: "test")
        previous.add(hostileListing(9))
        return AuditResult(
            summary: run.summary,
            worst: run.listings,
            inputErrors: run.inputErrors,
            completed: true,
            seconds: 1,
            startedAt: "2026-11-29T00:00:00Z",
            previous: previous,
            trend: [
                TrendPoint(
                    startedAt: "2026-10-29T00:00:00Z\(hostileText)", listings: 1, meanScore: 40, transparencyShare: 0,
                    ruleSet: "test")
            ]
        )
    }

    /// Scalars a terminal would act on: C0 and C1 controls (line breaks aside), DEL, bidi controls.
    static func unsafeTerminalScalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            (value < 0x20 && value != 0x0A) || (0x7F..<0xA0).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
        }
    }

    /// The start tags and attribute names of an HTML document, as Python's HTML parser (a browser's
    /// tokenizer rules) sees them; nil when python3 is missing.
    static func htmlStructure(_ html: String) -> (tags: [String], attributes: [String])? {
        let script = """
            import sys, json
            from html.parser import HTMLParser
            class P(HTMLParser):
                tags, attributes = [], []
                def handle_starttag(self, tag, attrs):
                    self.tags.append(tag); self.attributes += [name for name, _ in attrs]
            p = P(); p.feed(sys.stdin.read()); print(json.dumps({"tags": p.tags, "attributes": p.attributes}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(html.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String]]
        else { return nil }
        return (object["tags"] ?? [], object["attributes"] ?? [])
    }
}
