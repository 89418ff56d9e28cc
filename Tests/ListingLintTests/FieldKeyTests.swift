import Foundation
@testable import ListingLintChecks
import Testing

/// Field-name and value keys: what a key keeps, and that the byte-level path for ASCII and CJK text
/// gives exactly the key of the general Unicode path.
@Suite struct FieldKeyTests {
    @Test func keysFoldCaseWidthAndDropPunctuationAndSpaces() {
        #expect(FieldKey.normalise("Material:") == "material")
        #expect(FieldKey.normalise("材 质") == "材质")
        #expect(FieldKey.normalise("尺寸(cm)") == "尺寸cm")
        #expect(FieldKey.normalise("ＭＡＴＥＲＩＡＬ") == "material")
        #expect(FieldKey.normalise("Größe / Size") == "größesize")
    }

    @Test func theByteLevelPathAgreesWithTheUnicodePath() {
        var samples = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        samples += ["Care Instructions:", "【材质】100%棉", "尺码：S/M/L", "一丁丂", "龥鿿", "Size-Chart_2024!",
                    "洗涤说明\t(手洗)", "ＡＢＣ１２３", "材質", "㐀", "é", "成分: 棉 95%、氨纶 5%", ""]
        for sample in samples {
            #expect(FieldKey.normalise(sample) == FieldKey.normaliseByUnicodeProperties(sample), "\(sample.debugDescription)")
        }
    }

    /// The scalar-by-scalar fold must be Foundation's NFKC and lower-casing on every scalar it takes,
    /// and on mixed text; any other scalar sends the text down the Foundation path.
    @Test func theQuickFoldAgreesWithFoundation() {
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x3000...0x3002, 0x3008...0x3011, 0x4E00...0x4E40, 0x9FC0...0x9FFF, 0xFF01...0xFF5E]
        var samples = ranges.flatMap { $0.compactMap(Unicode.Scalar.init).map { String($0) } }
        samples += ["这款产品采用精选材料制作，做工细致。", "Ｓｉｚｅ：ＸＬ　（胸围）", "【材质】100%棉", "Made With COTTON!", ""]
        for sample in samples {
            guard let quick = FieldKey.quickFold(sample) else {
                Issue.record("no quick fold for \(sample.debugDescription)")
                continue
            }
            #expect(quick == sample.precomposedStringWithCompatibilityMapping.lowercased(), "\(sample.debugDescription)")
        }
        #expect(FieldKey.quickFold("温度30℃") == nil)
        #expect(FieldKey.quickFold("Größe") == nil)
        #expect(FieldKey.fold("Größe") == "größe")
    }
}
