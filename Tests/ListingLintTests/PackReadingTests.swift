import Foundation
import Testing
@testable import ListingLintMatching

/// The hand-written data-file reader (`DataFileJSON`, `DataFileObject`) against `JSONDecoder` and the
/// types' `Codable` conformances, which stay the reference for the files' shape.
@Suite struct PackReadingTests {
    @Test func everyShippedFileReadsAsJSONDecoderDecodesIt() throws {
        let decoder = JSONDecoder()
        var packs = 0
        for (name, text) in EmbeddedData.files where name.hasSuffix(".json") {
            let data = Data(text.utf8)
            switch name {
            case RulePackLibrary.exceptionsFile:
                #expect(try ContextExceptionFile(dataFile: text) == decoder.decode(ContextExceptionFile.self, from: data))
            case RulePackLibrary.sensitiveContextsFile:
                #expect(try SensitiveContextFile(dataFile: text) == decoder.decode(SensitiveContextFile.self, from: data))
            default:
                #expect(try RulePack(dataFile: text) == decoder.decode(RulePack.self, from: data), "\(name)")
                packs += 1
            }
        }
        #expect(packs >= 40)
    }

    @Test func escapesAndSpacingReadAsJSONDecoderReadsThem() throws {
        let text = #"""
            { "pack" : "p", "language":"zh", "description": "tab\there \"quoted\" back\\slash \/ \u00e9 \u4E2D \ud83d\ude00 \b\f\n\r",
              "rules": [ {"id": "claim.cn.x.y", "category": "superlative", "severity": "info", "jurisdictions": ["cn"],
                "basis": "", "message": "m", "rewrite": "r", "replacement": null, "terms": ["最", "Ａ"], "appliesFrom": "2026-09-27",
                "requires": "figure", "contexts": ["title-only", "health"], "unknown": {"ignored": [1, 2.5e3, true, false, null]},
                "exceptions": [], "examples": {"flag": [], "pass": ["p"]}} ] }
            """#
        let expected = try JSONDecoder().decode(RulePack.self, from: Data(text.utf8))
        let read = try RulePack(dataFile: text)
        #expect(read == expected)
        #expect(read.description.contains("\u{1F600}"))
        #expect(read.rules[0].replacement == nil)
    }

    @Test(arguments: [
        (#"{"pack": "p", "language": "zh", "rules": []}"#, "description: missing"),
        (#"{"pack": "p", "language": "zh", "description": "d", "rules": [{"id": 7}]}"#, "rules[0].id: expected a string"),
        (#"{"pack": "p", "language": "zh", "description": "d", "rules": [{"id": "i", "category": "bestest"}]}"#,
         #"rules[0].category: "bestest" is not one of the allowed values"#),
        (#"{"pack": "p", "language": "zh", "description": "d", "rules": {}}"#, "rules: expected an array"),
        (#"{"pack": "p", "language": "zh", "description": "d", "rules": [] "#, "not valid JSON at byte"),
        (#"{"pack": "p"} trailing"#, "text after the JSON value"),
        (#"{"pack": "\ud800"}"#, "unpaired surrogate"),
        (#"{"pack": "a\qb"}"#, "unknown escape"),
        (String(repeating: "[", count: 100), "nested more than 64 deep"),
        ("", "unexpected end"),
    ])
    func malformedFilesSayWhereAndWhat(text: String, expected: String) {
        let error = #expect(throws: DataFileError.self) { try RulePack(dataFile: text) }
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    }

    @Test func aLibraryReportsAnUnreadablePackByFileAndPath() {
        var files = ClaimTestSupport.engineFiles
        files["cn-broken.json"] = #"{"pack": "cn-broken", "language": "zh", "description": "d", "rules": [{"id": "x"}]}"#
        let library = RulePackLibrary(files: files)
        #expect(library.problems == ["cn-broken.json: does not match the rule-pack format: rules[0].category: missing"])
        #expect(library.packs.count == RulePackLibrary(files: ClaimTestSupport.engineFiles).packs.count)
    }

    @Test func characterTableSkipsCommentsAndSpacesAndNamesBadLines() {
        var problems: [String] = []
        let text = "# traditional, simplified\n \t體体\u{3000} # body\n\n國国\n体体\nabc\n體x\n"
        let table = RulePackLibrary.parseCharacterTable(text, problems: &problems)
        #expect(table == [0x9AD4: 0x4F53, 0x570B: 0x56FD])
        #expect(problems.map { $0.prefix(29) } == [
            "traditional-simplified.txt:5:", "traditional-simplified.txt:6:", "traditional-simplified.txt:7:",
        ])
        #expect(problems.last?.hasSuffix("got \"體x\".") == true)
    }

    @Test func windowsMustBeWholeNumbers() {
        let text = #"{"pack": "s", "description": "d", "window": 2.5, "contexts": []}"#
        #expect(throws: DataFileError.self) { try SensitiveContextFile(dataFile: text) }
    }
}
