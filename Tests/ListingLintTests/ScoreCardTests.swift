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
        #expect(ScoreCard.fieldShares(fields) == ["material": 80, "warnings": 20])
        #expect(score == 100 - 20)
        #expect(findings[0].cost == 20)
    }

    @Test func requiredAndRecommendedFieldsArePooledSeparately() {
        let fields = [
            FieldReport(field: "material", requirement: .required, state: .present),
            FieldReport(field: "size", requirement: .required, state: .vague),
            FieldReport(field: "instructions", requirement: .required, state: .present),
            FieldReport(field: "manufacturer", requirement: .recommended, state: .missing),
            FieldReport(field: "after-sales", requirement: .recommended, state: .present),
            FieldReport(field: "shipping-time", requirement: .recommended, state: .present),
        ]
        let shares = ScoreCard.fieldShares(fields)
        #expect(shares == ["material": 27, "size": 27, "instructions": 26, "manufacturer": 7, "after-sales": 7, "shipping-time": 6])
        var findings = [
            Finding(rule: "field.size.vague", kind: .vagueField, field: "size", severity: .warning, message: "x"),
            Finding(rule: "field.size.invalid", kind: .invalidField, field: "size", severity: .warning, message: "x"),
            Finding(rule: "field.manufacturer.missing", kind: .missingField, field: "manufacturer", severity: .info, message: "x"),
            Finding(rule: "field.material.inconsistent", kind: .inconsistentField, field: "material", severity: .warning, message: "x"),
        ]
        #expect(ScoreCard.score(fields: fields, findings: &findings) == 100 - 27 - 7 - 8)
        #expect(findings.map(\.cost) == [27, 0, 7, 8])
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
