/// The marks that can end a label in listing text: a colon (`:` or the full-width `：`) or the
/// opening bracket `【` of `【材质】纯棉`. A quick test on UTF-8 bytes, before the label readers look
/// at a text's characters.
package enum LabelMarks {
    /// Whether `text` holds a label mark (or, with `orLineBreak`, a line feed: a heading line).
    package static func mayHold(in text: String, orLineBreak: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: ":"): return true
                case 0x0A where orLineBreak: return true
                // "：" is EF BC 9A, "【" is E3 80 90.
                case 0x9A where index >= 2 && bytes[index - 2] == 0xEF && bytes[index - 1] == 0xBC: return true
                case 0x90 where index >= 2 && bytes[index - 2] == 0xE3 && bytes[index - 1] == 0x80: return true
                default: continue
                }
            }
            return false
        }
    }
}
