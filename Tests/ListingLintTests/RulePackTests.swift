import Foundation
import Testing
@testable import ListingLintMatching

/// The shipped packs load cleanly, validate against their schemas, and every rule's examples hold.
@Suite struct RulePackTests {
    static let library = RulePackLibrary.shared
    /// Every shipped pack, all jurisdictions, dated so that date-gated rules apply.
    static let matcher = ClaimMatcher(library: .shared, asOf: "2099-12-31")
    /// Prefix with CJK and emoji (a multi-scalar grapheme too), so byte/scalar/character offset bugs show.
    static let prefix = "测试🙂👍🏽文字："

    @Test func shippedPacksHaveNoProblems() {
        #expect(Self.library.problems == [])
        #expect(!Self.library.rules.isEmpty)
        #expect(Self.library.traditionalToSimplified.count > 300)
    }

    /// The exceptions each rule gets are those whose `covers` name it (looked up, not compared pairwise).
    @Test func eachRuleGetsExactlyTheExceptionsThatCoverIt() {
        let library = Self.library
        let expected = library.rules.map { rule in library.exceptions.indices.filter { library.exceptions[$0].covers(rule) } }
        #expect(ClaimMatcher.exceptionsByRule(library) == expected)
        #expect(expected.contains { !$0.isEmpty })
        #expect(Set(library.exceptions.flatMap(\.covers)).contains { $0.hasSuffix(".") || $0 == "*" || ClaimCategory(rawValue: $0) != nil })
    }

    @Test func vaguePraiseIsOnlyEverInfo() {
        let praise = Self.library.rules.filter { $0.category == .vaguePraise }
        #expect(praise.count >= 10)
        #expect(praise.allSatisfy { $0.severity == .info })
    }

    @Test func duplicateRuleIDsAcrossPacksAreDetected() {
        let rule = ClaimTestSupport.rule("claim.cn.absolute.core-zuijia", "absolute-term", ["最佳"])
        let library = ClaimTestSupport.library(extraRules: rule)
        #expect(library.problems.contains { $0.contains("duplicate rule id claim.cn.absolute.core-zuijia") })
    }

    @Test func ruleWithoutBothExamplesIsAProblem() {
        let rule = """
            {"id": "claim.cn.test.noexamples", "category": "superlative", "severity": "warning", "jurisdictions": ["cn"],
             "basis": "b", "message": "m", "rewrite": "r", "terms": ["最牛"], "examples": {"flag": ["最牛"], "pass": []}}
            """
        let library = ClaimTestSupport.library(extraRules: rule)
        #expect(library.problems.contains { $0.contains("claim.cn.test.noexamples needs at least one flag and one pass") })
    }

    @Test func versionIsAStableHashThatChangesWithThePacks() {
        #expect(Self.library.version.count == 16)
        #expect(RulePackLibrary(files: EmbeddedData.files).version == Self.library.version)
        var changed = EmbeddedData.files
        changed["cn-absolute.json"]! += " "
        #expect(RulePackLibrary(files: changed).version != Self.library.version)
    }

    @Test(arguments: RulePackLibrary.shared.rules.map(\.id))
    func examples(ruleID: String) throws {
        let rule = try #require(Self.library.rule(id: ruleID))
        #expect(!rule.examples.flag.isEmpty, "\(ruleID) has no flag example")
        #expect(!rule.examples.pass.isEmpty, "\(ruleID) has no pass example")
        let field: FieldClass = rule.isTitleOnly ? .title : .copy
        let matcher = Self.matcher
        for example in rule.examples.flag {
            let plain = matcher.scan(example, field: field).hits.filter { $0.rule.id == ruleID }
            #expect(!plain.isEmpty, "\(ruleID) must flag: \(example)")
            let text = Self.prefix + example
            let prefixed = matcher.scan(text, field: field).hits.filter { $0.rule.id == ruleID }
            #expect(prefixed.map(\.evidence) == plain.map(\.evidence), "\(ruleID) evidence moved with a prefix: \(example)")
            for hit in prefixed {
                #expect(hit.evidence == ClaimTestSupport.slice(text, hit.sourceRange))
                #expect(hit.sourceRange.lowerBound >= Self.prefix.utf8.count)
            }
        }
        for example in rule.examples.pass {
            let hits = matcher.scan(example, field: field).hits.filter { $0.rule.id == ruleID }
            #expect(hits.isEmpty, "\(ruleID) must not flag: \(example) (got \(hits.map(\.evidence)))")
        }
    }

    @Test func packFilesValidateAgainstTheirSchemas() throws {
        let script = """
            import glob, json, jsonschema, sys
            def schema(name): return json.load(open('schemas/' + name + '.schema.json'))
            special = {'exceptions.json': 'claim-exceptions', 'sensitive-contexts.json': 'sensitive-contexts'}
            for path in sorted(glob.glob('Sources/ListingLintMatching/Packs/*.json') + glob.glob('Tests/Fixtures/packs/*.json')):
                name = path.rsplit('/', 1)[1]
                jsonschema.validate(json.load(open(path)), schema(special.get(name, 'rule-pack')),
                                    cls=jsonschema.Draft202012Validator)
            jsonschema.validate(json.load(sys.stdin), schema('rule-list'), cls=jsonschema.Draft202012Validator)
            print('ok')
            """
        guard let result = ClaimTestSupport.python(script, input: RuleCatalogue.json(Self.library)) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func explanationShowsBasisRewriteExamplesAndExceptions() throws {
        let library = ClaimTestSupport.engineLibrary
        let rule = try #require(library.rule(id: "claim.cn.superlative.core-zuihao"))
        let text = RuleCatalogue.explanation(of: rule, in: library)
        #expect(text.contains(rule.basis))
        #expect(text.contains(rule.rewrite))
        #expect(text.contains("✗ 市面上最好的蓝牙耳机"))
        #expect(text.contains("exception.service-philosophy"))
        let list = RuleCatalogue.text(Self.library)
        #expect(list.split(separator: "\n").count == Self.library.rules.count + 1)
        #expect(Self.library.rule(id: rule.id) == nil, "the engine's fixture packs are not shipped")
    }

    @Test func aRulesRequirementIsExplainedAndListed() throws {
        let figure = try #require(Self.library.rules.first { $0.requires == .figure })
        #expect(RuleCatalogue.explanation(of: figure, in: Self.library).contains("requires:      a figure"))
        let entries = RuleCatalogue.document(Self.library).rules
        #expect(entries.first { $0.id == figure.id }?.requires == "figure")
        #expect(entries.contains { $0.requires == "free-in-sentence" })
        #expect(entries.first { $0.id == "claim.cn.absolute.zuihao" }?.requires == nil)
    }
}
