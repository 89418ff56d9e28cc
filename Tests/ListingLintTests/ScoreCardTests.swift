import Testing
import ListingLintCore

@Suite struct ScoreCardTests {
    @Test func sharesAddUpToExactlyHundred() {
        let fields = [
            FieldReport(field: "material", requirement: .required, state: .present),
            FieldReport(field: "size", requirement: .required, state: .missing),
            FieldReport(field: "instructions", requirement: .required, state: .missing),
        ]
        let shares = ScoreCard.fieldShares(fields)
        #expect(shares.values.reduce(0, +) == 100)
        #expect(shares["material"] == 34)
        #expect(shares["size"] == 33)
    }

    @Test func notApplicableFieldsAreLeftOutOfBothSides() {
        let fields = [
            FieldReport(field: "material", requirement: .required, state: .present),
            FieldReport(field: "size", requirement: .required, state: .notApplicable),
            FieldReport(field: "warnings", requirement: .recommended, state: .missing),
        ]
        var findings = [Finding(rule: "field.warnings.missing", kind: .missingField, field: "warnings", severity: .info, message: "x")]
        let score = ScoreCard.score(fields: fields, findings: &findings)
        #expect(score == 100 - 33)
        #expect(findings[0].cost == 33)
    }

    @Test func claimsCostBySeverityAndScoreFloorsAtZero() {
        let fields = [FieldReport(field: "material", requirement: .required, state: .missing)]
        var findings = [
            Finding(rule: "field.material.missing", kind: .missingField, field: "material", severity: .error, message: "x"),
            Finding(rule: "claim.x", kind: .bannedClaim, severity: .error, message: "x"),
        ]
        #expect(ScoreCard.score(fields: fields, findings: &findings) == 0)
        #expect(findings.map(\.cost) == [100, 15])
    }
}
