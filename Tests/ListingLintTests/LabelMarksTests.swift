import ListingLintCore
import Testing

@Suite struct LabelMarksTests {
    @Test func colonsAndTheOpeningBracketMarkALabel() {
        for text in ["Material: cotton", "材质：棉", "【材质】纯棉", ":", "：", "【"] {
            #expect(LabelMarks.mayHold(in: text), "\(text)")
        }
        // Characters whose UTF-8 differs from a mark's in the last byte only: ；(EF BC 9B), 】(E3 80 91).
        for text in ["纯棉；透气", "】", "plain text", "", "中文\n说明"] {
            #expect(!LabelMarks.mayHold(in: text), "\(text)")
        }
        #expect(LabelMarks.mayHold(in: "中文\n说明", orLineBreak: true))
        #expect(!LabelMarks.mayHold(in: "单行", orLineBreak: true))
    }
}
