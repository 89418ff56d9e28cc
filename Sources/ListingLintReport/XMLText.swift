/// Escapes text for XML 1.0 character data and attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become entities; characters XML 1.0 forbids outright (C0 controls
/// other than tab, newline and carriage return, U+FFFE, U+FFFF) become U+FFFD, because no escape can
/// represent them. In attributes, tab, newline and carriage return become character references so
/// attribute-value normalisation does not turn them into spaces.
public enum XMLText {
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += attribute ? "&quot;" : "\""
            case 0x27: out += attribute ? "&apos;" : "'"
            case 0x09: out += attribute ? "&#9;" : "\t"
            case 0x0A: out += attribute ? "&#10;" : "\n"
            case 0x0D: out += "&#13;"
            case 0x00..<0x20, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
