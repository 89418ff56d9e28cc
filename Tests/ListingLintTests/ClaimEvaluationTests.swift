import Foundation
import Testing
import ListingLintCore
import ListingLintChecks
import ListingLintMatching

/// The evaluation scorer counts true/false positives and negatives per category.
@Suite struct ClaimEvaluationTests {
    static let evaluation = ClaimEvaluation(
        judge: ClaimJudge(configuration: LintConfiguration(asOf: "2026-12-01"), library: ClaimTestSupport.engineLibrary)
    )

    @Test func scoresTheSampleSet() throws {
        let url = ClaimTestSupport.packageRoot.appending(path: "Tests/Fixtures/claims-eval-sample.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = Self.evaluation.evaluate(jsonLines: text, source: "sample")
        #expect(result.cases == 10)
        #expect(result.errors.isEmpty)
        #expect(result.total == ClaimEvaluation.Tally(truePositives: 8, falsePositives: 0, falseNegatives: 0))
        #expect(result.tallies["superlative"]?.truePositives == 2)
    }

    @Test func countsMissesAndExtrasAndSurvivesBadLines() {
        let lines = """
            {"text": "最佳选择", "field": "description", "expect": []}
            {"text": "普通的杯子", "field": "description", "expect": [{"category": "ranking", "evidence": "第一"}]}
            not json
            """
        let result = Self.evaluation.evaluate(jsonLines: lines, source: "x.jsonl")
        #expect(result.tallies["absolute-term"] == ClaimEvaluation.Tally(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(result.tallies["ranking"] == ClaimEvaluation.Tally(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(result.errors == ["x.jsonl:3: not an evaluation case (text, expect[])."])
        #expect(result.tallies["ranking"]?.recall == 0)
        #expect(result.tallies["absolute-term"]?.precision == 0)
        #expect(ClaimEvaluation.render(result).contains("all (micro)"))
    }

    @Test func aReviewIsTheBuyersWordsNotTheSellersClaim() {
        let lines = """
            {"text": "最佳选择，买过最好的", "field": "review", "expect": []}
            {"text": "最佳选择，买过最好的", "field": "description", "expect": []}
            """
        let result = Self.evaluation.evaluate(jsonLines: lines, source: "x.jsonl")
        #expect(result.total.falsePositives > 0)
        #expect(result.misses.count == 1)
        #expect(result.misses.first?.hasPrefix("line 2:") == true, "\(result.misses)")
    }
}
