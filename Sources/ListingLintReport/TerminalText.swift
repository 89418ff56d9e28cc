/// Makes listing text safe to print on a terminal: control characters and escape sequences are
/// removed, so a listing cannot move the cursor, recolour the screen or rewrite a line.
public enum TerminalText {
    /// The text without control characters, escape sequences and bidirectional overrides, cut at
    /// `limit` Unicode scalars (with `…`). Tabs and line breaks become spaces unless `keepLineBreaks`
    /// (for formats that escape them themselves, such as GitHub workflow commands).
    public static func sanitize(_ text: String, limit: Int = 160, keepLineBreaks: Bool = false) -> String {
        var output = ""
        var count = 0
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B, 0x9B:
                // ESC [ … final byte, or ESC followed by one character: drop the whole sequence.
                if let next = scalars.next(), next == "[" || scalar.value == 0x9B {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                }
            case 0x09, 0x0A, 0x0D:
                output.unicodeScalars.append(keepLineBreaks && scalar.value != 0x09 ? scalar : " ")
                count += 1
            case 0x00..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.unicodeScalars.append(scalar)
                count += 1
            }
            if count >= limit {
                if scalars.next() != nil { output += "…" }
                break
            }
        }
        return output
    }
}
