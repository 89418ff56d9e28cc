import Foundation
import ListingLintCore
import ListingLintKit
import ListingLintReport
import Testing

@Suite struct GitHubReporterTests {
    static let reporter = GitHubReporter(workingDirectory: SampleRun.workingDirectory)

    @Test func escapesPropertiesAndMessageData() {
        #expect(GitHubReporter.escapeProperty("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf")
        #expect(GitHubReporter.escapeData("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f")
    }

    @Test func annotationOfHostileListingTextStaysOneCommand() {
        let report = SampleRun.report(listings: [EscapingFixtures.hostileListing], inputErrors: [])
        let output = Self.reporter.render(report)
        #expect(
            output.split(separator: "\n", omittingEmptySubsequences: false).count == 2,
            "one line plus the final newline")
        let expected =
            "::error file=exports/odd%2Cname%3A1%25.json,line=4,col=2,"
            + "title=claim.en.superlative.best (sku%2525%2Ca%3Ab%0D%0Anext)::"
            + "“best” needs proof:%0D%0Aline two, 50%25 done «100%25 pure | natural, best: <script>alert(1)</script> & \"quoted\" ]]> red»"
            + "%0AFix: say what, measured how\n"
        #expect(output == expected)
        #expect(!output.contains("\u{1B}"), "terminal escapes are stripped")
    }

    @Test func capsAnnotationsPerTypeAndSummarisesTheRest() {
        var listing = SampleRun.towel
        let error = Finding(
            rule: "claim.x", kind: .bannedClaim, severity: .error, message: "e", evidence: "x",
            location: SourceLocation(line: 1, column: 1))
        let warning = Finding(rule: "claim.w", kind: .bannedClaim, severity: .warning, message: "w")
        let note = Finding(rule: "claim.n", kind: .bannedClaim, severity: .evidence, message: "n")
        listing.findings =
            Array(repeating: error, count: 25) + Array(repeating: warning, count: 3) + Array(repeating: note, count: 12)
        let report = SampleRun.report(listings: [listing], inputErrors: [])
        let lines = Self.reporter.render(report).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
        #expect(
            lines.last
                == "listinglint: 17 more findings not annotated (GitHub shows 10 per type per step); see the job summary."
        )
        let summary = Self.reporter.summary(report)
        #expect(summary.contains("### 17 findings not shown as annotations"))
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| exports/shopify-products.json") }
        #expect(rows.count == 17)
        #expect(rows.filter { $0.contains("| error |") }.count == 15)
        #expect(rows.filter { $0.contains("| evidence |") }.count == 2)
    }

    @Test func summaryEscapesListingTextForMarkdown() {
        var listing = EscapingFixtures.hostileListing
        listing.findings = Array(repeating: listing.findings[0], count: 11)
        let summary = Self.reporter.summary(SampleRun.report(listings: [listing], inputErrors: []))
        let row = summary.split(separator: "\n").first { $0.hasPrefix("| exports/odd") }
        #expect(row != nil)
        #expect(!summary.contains("<script>"))
        #expect(summary.contains("&lt;script&gt;"))
        #expect(
            row.map { $0.components(separatedBy: " | ").count } == 5, "pipes in listing text do not add table cells")
        #expect(
            MarkdownText.escape("a|b *c* [d](e) <f> & `g`") == "a\\|b \\*c\\* \\[d\\]\\(e\\) &lt;f&gt; &amp; \\`g\\`")
    }
}
