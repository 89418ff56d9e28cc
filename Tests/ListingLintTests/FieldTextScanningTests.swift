import Foundation
@testable import ListingLintChecks
import ListingLintCore
import ListingLintIngest
import Testing

/// The hand-written label scanner and the free-text pattern triggers: what a label line is, and that
/// a trigger never keeps a pattern from running on a text the pattern matches.
@Suite struct FieldTextScanningTests {
    static let vocabulary = FieldVocabulary(synonyms: .embedded, extra: [:])

    static func labels(_ text: String) -> [String] {
        vocabulary.labelLines.matches(in: text, limit: 64).map { "\($0.name)=\($0.value)" }
    }

    @Test func colonLabelsStartALineOrFollowASentence() {
        #expect(Self.labels("Material: 100% cotton\nSize: M") == ["Material=100% cotton", "Size=M"])
        #expect(Self.labels("材质：纯棉。尺寸：20cm") == ["材质=纯棉", "尺寸=20cm"])
        #expect(Self.labels("Soft and warm. Care instructions: hand wash") == ["Care instructions=hand wash"])
        #expect(Self.labels("[Material] : walnut") == ["Material=walnut"])
        #expect(Self.labels("• 面料：涤纶 | 尺码：XL") == ["面料=涤纶 ", "尺码=XL"])
    }

    @Test func aLabelMayBeQualifiedButNotBuriedInASentence() {
        #expect(Self.labels("Main shell material: nylon") == ["Main shell material=nylon"])
        #expect(Self.labels("商品材质：牛皮") == ["商品材质=牛皮"])
        #expect(Self.labels("Please note that the material: nylon") == [])
        #expect(Self.labels("本产品不含任何有害材质：无") == [])
        #expect(Self.labels("Colour: red") == [])
        #expect(Self.labels("Material:\nwalnut") == ["Material=walnut"])
    }

    @Test func bracketLabelsReadTheLongestNameInTheBracket() {
        #expect(Self.labels("【产品材质】实木\n【尺寸】：45×30cm") == ["材质=实木", "尺寸=45×30cm"])
        #expect(Self.labels("【温馨提示】请勿暴晒") == [])
        #expect(Self.labels("【面料成分】\n95%棉 5%氨纶") == ["面料成分=95%棉 5%氨纶"])
    }

    @Test func aHeadingLineThatIsOnlyANameTakesTheNextLine() {
        #expect(Self.labels("Care Instructions\nMachine wash cold") == ["Care Instructions=Machine wash cold"])
        #expect(Self.labels("使用说明\n\n每日两次") == [])
        #expect(Self.labels("Care Instructions for you\nMachine wash cold") == [])
    }

    @Test func valuesStopAtClauseEndsAndPositionsPointAtTheValue() throws {
        let text = "标题\n材质：纯棉；颜色：白"
        let match = try #require(Self.vocabulary.labelLines.matches(in: text, limit: 64).first)
        #expect(match.value == "纯棉")
        #expect(text[match.start...].hasPrefix("纯棉"))
    }

    /// Every text of the bundled corpus and the claims evaluation set: a trigger that is not a
    /// necessary part of its pattern would silently stop the pattern from finding a field.
    static func sampleTexts() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var texts: [String] = []
        let files = FileManager.default.enumerator(atPath: root.appendingPathComponent("corpus").path)!
        for case let path as String in files where [".html", ".json", ".jsonl"].contains(where: path.hasSuffix) {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("corpus").appendingPathComponent(path)))
            for listing in ListingReaders.read(InputDocument(source: path, bytes: bytes)).listings {
                texts += listing.segments.map(\.text) + listing.attributes.map(\.value) + listing.hiddenText.map(\.text)
                texts += listing.title.map { [$0.text] } ?? []
            }
        }
        let evaluation = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/claims-eval.jsonl"), encoding: .utf8)
        for line in evaluation.split(separator: "\n") {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let text = record?["text"] as? String { texts.append(text) }
        }
        return texts
    }

    @Test func triggersNeverStopAPatternThatWouldMatch() throws {
        let texts = try Self.sampleTexts()
        #expect(texts.count > 1000)
        var matched = 0
        for text in texts {
            let run = Self.vocabulary.triggers.patternsToRun(in: text)
            for (field, patterns) in Self.vocabulary.textPatterns {
                for spec in patterns where spec.pattern.isFound(in: text) {
                    matched += 1
                    #expect(run[spec.index], "pattern \(spec.index) of \(field) matches but was not triggered: \(text.prefix(120))")
                }
            }
        }
        #expect(matched > 200)
    }

    @Test func triggersSkipPatternsWithNothingToFind() {
        let run = Self.vocabulary.triggers.patternsToRun(in: "A lovely gift for your friends")
        let sizePatterns = Self.vocabulary.textPatterns[CoreField.size] ?? []
        #expect(!sizePatterns.isEmpty)
        #expect(sizePatterns.allSatisfy { !run[$0.index] })
        let withDigits = Self.vocabulary.triggers.patternsToRun(in: "45 x 30 CM")
        #expect(sizePatterns.contains { withDigits[$0.index] })
    }

    @Test func aWordStartTriggerInsideAWordDoesNotRunItsPattern() throws {
        let materials = Self.vocabulary.textPatterns[CoreField.material] ?? []
        let grades = try #require(materials.first { $0.pattern.expression.pattern.contains("full[- ]grain") })
        #expect(!Self.vocabulary.triggers.patternsToRun(in: "Carefully chosen, beautifully finished")[grades.index])
        #expect(Self.vocabulary.triggers.patternsToRun(in: "Full-grain leather upper")[grades.index])
        #expect(Self.vocabulary.triggers.patternsToRun(in: "上层为full-grain leather")[grades.index])
        let sizes = Self.vocabulary.textPatterns[CoreField.size] ?? []
        let units = try #require(sizes.first { $0.pattern.expression.pattern.contains("(?:wide|high|tall") })
        #expect(Self.vocabulary.triggers.patternsToRun(in: "45cm wide")[units.index], "a unit right after a digit starts a word")
    }
}
