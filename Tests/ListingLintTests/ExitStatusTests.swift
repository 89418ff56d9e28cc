import ListingLintCore
import ListingLintKit
import Testing

@Suite struct ExitStatusTests {
    static let clean = SampleRun.report(inputErrors: [])

    @Test func failLevelDecidesWhichFindingsFail() {
        #expect(ExitStatus.evaluate(Self.clean, thresholds: Thresholds(failLevel: .error)).code == ExitStatus.findings)
        let noErrors = SampleRun.report(listings: [SampleRun.towel, SampleRun.mug], inputErrors: [])
        #expect(
            ExitStatus.evaluate(noErrors, thresholds: Thresholds(failLevel: .error)) == Verdict(code: 0, reasons: []))
        #expect(
            ExitStatus.evaluate(noErrors, thresholds: Thresholds(failLevel: .warning)).reasons == [
                "1 finding at or above --fail-level warning"
            ])
        #expect(ExitStatus.evaluate(noErrors, thresholds: Thresholds(failLevel: .evidence)).code == ExitStatus.findings)
    }

    @Test func inputWarningsNeverFail() {
        var towel = SampleRun.towel
        towel.findings = towel.findings.filter { $0.kind == .inputWarning }
        let report = SampleRun.report(listings: [towel], inputErrors: [])
        #expect(ExitStatus.evaluate(report, thresholds: Thresholds(failLevel: .info)).code == ExitStatus.clean)
    }

    @Test func minScoreJudgesTheMeanOfTheSet() {
        // Mean of 18, 89 and 100 is 69.
        let set = SampleRun.report(listings: [SampleRun.dress, SampleRun.towel, SampleRun.mug], inputErrors: [])
        let lenient = Thresholds(failLevel: .error, minScore: 69)
        var strict = lenient
        strict.minScore = 69.5
        var onlyScore = Thresholds(failLevel: .error, minScore: 85)
        #expect(!ExitStatus.evaluate(set, thresholds: lenient).reasons.contains { $0.contains("--min-score") })
        #expect(
            ExitStatus.evaluate(set, thresholds: strict).reasons.contains(
                "mean score 69.0 of 3 listings is below --min-score 69.5"))
        let good = SampleRun.report(listings: [SampleRun.towel, SampleRun.mug], inputErrors: [])
        #expect(ExitStatus.evaluate(good, thresholds: onlyScore).code == ExitStatus.clean)
        onlyScore.minScore = 95
        #expect(
            ExitStatus.evaluate(good, thresholds: onlyScore)
                == Verdict(code: 1, reasons: ["mean score 94.5 of 2 listings is below --min-score 95"]))
        let empty = SampleRun.report(listings: [], inputErrors: [])
        #expect(
            ExitStatus.evaluate(empty, thresholds: onlyScore).code == ExitStatus.clean, "no listings: nothing to score")
    }

    @Test func maxWarningsCountsWarningsOnly() {
        let report = SampleRun.report(listings: [SampleRun.dress, SampleRun.towel], inputErrors: [])
        #expect(
            !ExitStatus.evaluate(report, thresholds: Thresholds(failLevel: .error, maxWarnings: 2)).reasons.contains {
                $0.contains("warnings")
            })
        #expect(
            ExitStatus.evaluate(report, thresholds: Thresholds(failLevel: .error, maxWarnings: 1)).reasons.contains(
                "2 warnings, more than --max-warnings 1"))
        let towel = SampleRun.report(listings: [SampleRun.towel], inputErrors: [])
        #expect(
            ExitStatus.evaluate(towel, thresholds: Thresholds(failLevel: .error, maxWarnings: 0)).code
                == ExitStatus.findings)
    }

    @Test func inputErrorsWinOverFindings() {
        let verdict = ExitStatus.evaluate(SampleRun.report(), thresholds: Thresholds())
        #expect(verdict.code == ExitStatus.inputError)
        #expect(
            verdict.reasons == [
                "3 findings at or above --fail-level error",
                "2 inputs could not be read (see the input errors in the report)",
            ])
    }
}
