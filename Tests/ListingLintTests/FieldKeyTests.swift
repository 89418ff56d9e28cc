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
}
