import ListingLintCore

/// Listing text that tries to break out of every format: workflow-command delimiters, line breaks,
/// XML markup, characters XML 1.0 cannot carry, terminal escapes.
enum EscapingFixtures {
    static let hostileID = "sku%25,a:b\r\nnext"
    static let hostileEvidence =
        "100% pure | natural, best: <script>alert(1)</script> & \"quoted\" ]]> \u{1B}[31mred\u{1B}[0m\u{0}\u{7}"

    static var hostileListing: ListingReport {
        ListingReport(
            id: hostileID,
            source: "exports/odd,name:1%.json",
            format: .listingJSON,
            title: "Title with | pipes | and <b>tags</b>\nand a second line",
            seller: "Shop, Ltd.",
            category: CategoryDecision(name: "default", reason: "no signal"),
            score: 85,
            grade: .b,
            fields: [],
            findings: [
                Finding(
                    rule: "claim.en.superlative.best", kind: .bannedClaim, severity: .error,
                    message: "“best” needs proof:\r\nline two, 50% done",
                    evidence: hostileEvidence,
                    location: SourceLocation(line: 4, column: 2, field: "title"),
                    suggestion: "say what, measured how"
                )
            ]
        )
    }
}
