import Foundation
import Hummingbird
import HummingbirdTesting
import ListingLintCore
@testable import ListingLintServer
import Testing

@Suite("POST /v2/check (LanguageTool)")
struct LanguageToolTests {
    static func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }

    @Test("answers LanguageTool's shape for zh-CN, en-US and auto")
    func shape() async throws {
        try await withServer { client in
            for (language, text, code) in [("zh-CN", "全网最好的T恤 👕", "zh-CN"), ("en-US", "The best shirt", "en-US"), ("auto", "最好的", "zh-CN")] {
                let body = Self.form([("text", text), ("language", language), ("enabledOnly", "false")])
                let answer = try await client.send(.post, "/v2/check", contentType: "application/x-www-form-urlencoded", body: body).exchange
                #expect(answer.status == 200)
                let object = try jsonObject(answer)
                #expect((object["software"] as? [String: Any])?["name"] as? String == "ListingLint")
                let detected = (object["language"] as? [String: Any])?["detectedLanguage"] as? [String: Any]
                #expect(detected?["code"] as? String == code)
                #expect(object["matches"] is [Any])
            }
        }
    }

    @Test("bad calls answer 400 naming what is wrong", arguments: [
        ("application/x-www-form-urlencoded", "language=zh-CN", "missing form field 'text'"),
        ("application/x-www-form-urlencoded", "text=abc", "missing form field 'language'"),
        ("application/x-www-form-urlencoded", "text=abc&language=de-DE", "language 'de-DE' is not supported"),
        ("application/x-www-form-urlencoded", "text=%E4%B8&language=zh-CN", "form field 'text' is not valid"),
        ("application/json", #"{"text": "abc", "language": "en-US"}"#, "application/json is not accepted"),
    ])
    func badCalls(contentType: String, body: String, expected: String) async throws {
        try await withServer { client in
            let answer = try await client.send(.post, "/v2/check", contentType: contentType, body: body).exchange
            #expect(answer.status == 400)
            #expect(try errorMessage(answer).contains(expected))
        }
    }

    @Test("over the body limit answers 413")
    func tooLarge() async throws {
        try await withServer(ServerConfiguration(maxBodyBytes: 32)) { client in
            let body = Self.form([("text", String(repeating: "最", count: 20)), ("language", "zh-CN")])
            let answer = try await client.send(.post, "/v2/check", contentType: "application/x-www-form-urlencoded", body: body).exchange
            #expect(answer.status == 413)
        }
    }

    @Test("form decoding: + is a space, %XX is UTF-8, the first of a repeated field wins")
    func formFields() throws {
        let fields = try FormFields.decode(Array("text=a+b%2Bc%20%E6%9C%80&language=zh-CN&text=second&empty=".utf8))
        #expect(fields == ["text": "a b+c 最", "language": "zh-CN", "empty": ""])
    }

    // Text mixing CJK (1 UTF-16 unit each), emoji outside the BMP (2 units each) and ASCII.
    static let text = "👕新款T恤🔥全网最好！\n第二行：💯最佳品质 best ever"

    @Test("offsets and lengths are UTF-16 code units (CJK 1, emoji 2)")
    func utf16Offsets() {
        let spans = UTF16Span.locate([("最好", nil, nil), ("最佳", nil, nil), ("best", nil, nil), ("缺席", nil, nil), (nil, nil, nil)], in: Self.text)
        // 👕(2) 新款T恤(4) 🔥(2) 全网(2) → 最好 at 10
        #expect(spans[0] == UTF16Span(offset: 10, length: 2))
        // … 最好！(3) \n(1) 第二行：(4) 💯(2) → 最佳 at 20; 最佳品质 (4) and a space → best at 25
        #expect(spans[1] == UTF16Span(offset: 20, length: 2))
        #expect(spans[2] == UTF16Span(offset: 25, length: 4))
        #expect(spans[3] == nil)
        #expect(spans[4] == nil)
        let units = Array(Self.text.utf16)
        #expect(String(decoding: units[20..<22], as: UTF16.self) == "最佳")
    }

    @Test("a line and column (scalars) place a finding at that occurrence of its evidence")
    func lineColumn() {
        let text = "最好😀最好\n🔥最好"
        // line 2, column 2 is the 最好 after 🔥: offsets 最好(2) 😀(2) 最好(2) \n(1) 🔥(2) → 9
        #expect(UTF16Span.offset(line: 2, column: 2, in: text) == 9)
        #expect(UTF16Span.offset(line: 1, column: 4, in: text) == 4)
        #expect(UTF16Span.offset(line: 3, column: 1, in: text) == nil)
        let spans = UTF16Span.locate([("最好", 2, 2), ("最好", nil, nil), ("最好", nil, nil), ("最好", nil, nil)], in: text)
        #expect(spans == [UTF16Span(offset: 9, length: 2), UTF16Span(offset: 0, length: 2), UTF16Span(offset: 4, length: 2), nil])
    }

    @Test("matches carry UTF-16 offsets, context, sentence and the rule")
    func matches() throws {
        let findings = [
            Finding(rule: "claim.cn.absolute.zuihao", kind: .bannedClaim, severity: .error, message: "absolute term", evidence: "最好",
                    category: "absolute-term", basis: "广告法 第九条第（三）项", suggestion: "state a verifiable fact"),
            Finding(rule: "claim.en.superlative.best", kind: .bannedClaim, severity: .warning, message: "unsubstantiated superlative", evidence: "best"),
            Finding(rule: "field.size.missing", kind: .missingField, field: "size", severity: .error, message: "no size is stated"),
        ]
        let response = LanguageToolResponse(text: Self.text, findings: findings, requested: .chinese, detected: .chinese, version: "test")
        #expect(response.matches.count == 2, "the missing field has no place in the text")
        let first = response.matches[0]
        #expect(first.offset == 10 && first.length == 2)
        #expect(first.rule.id == "claim.cn.absolute.zuihao")
        #expect(first.rule.category.name == "absolute-term")
        #expect(first.rule.description.contains("广告法"))
        #expect(first.message.contains("state a verifiable fact"))
        #expect(first.sentence == "👕新款T恤🔥全网最好！")
        let contextUnits = Array(first.context.text.utf16)
        #expect(String(decoding: contextUnits[first.context.offset..<(first.context.offset + first.context.length)], as: UTF16.self) == "最好")
        let second = response.matches[1]
        #expect(second.offset == 25 && second.length == 4)
        #expect(second.sentence == "第二行：💯最佳品质 best ever")
    }

    @Test("context never cuts an emoji in half")
    func contextBoundaries() throws {
        // 40 units either side of 最好 falls on the second half of an emoji at both ends.
        let text = String(repeating: "😀", count: 30) + "x最好y" + String(repeating: "😀", count: 30)
        let finding = Finding(rule: "r", kind: .bannedClaim, severity: .error, message: "m", evidence: "最好")
        let match = try #require(LanguageToolResponse(text: text, findings: [finding], requested: .chinese, detected: .chinese, version: "t").matches.first)
        #expect(match.offset == 61)
        #expect(!match.context.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(match.context.text.hasPrefix("😀") && match.context.text.hasSuffix("😀"))
        let units = Array(match.context.text.utf16)
        #expect(String(decoding: units[match.context.offset..<(match.context.offset + 2)], as: UTF16.self) == "最好")
    }
}
