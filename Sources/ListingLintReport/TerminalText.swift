/// Makes listing text safe to print on a terminal: control characters and escape sequences are
/// removed, so a listing cannot move the cursor, recolour the screen, rewrite a line, set the window
/// title, plant a hyperlink (OSC 8) or reorder what follows it.
///
/// Sequences follow ECMA-48: CSI (`ESC [` or C1 `0x9B`) runs to its final byte 0x40–0x7E; OSC
/// (`ESC ]` or `0x9D`) and the string controls DCS, SOS, PM, APC (`ESC P`/`X`/`^`/`_` or C1) run to
/// BEL, `ESC \` or C1 ST (`0x9C`); `ESC` with intermediate bytes 0x20–0x2F runs to its final byte;
/// any other `ESC x` is two characters. An unterminated sequence swallows the rest of the text.
public enum TerminalText {
    /// The text without control characters, escape sequences, bidirectional controls and
    /// zero-width characters, cut at `limit` Unicode scalars (with `…`). Tabs and line breaks (also
    /// U+2028, U+2029) become spaces unless `keepLineBreaks` (for formats that escape them themselves,
    /// such as GitHub workflow commands).
    public static func sanitize(_ text: String, limit: Int = 160, keepLineBreaks: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = ""
        var count = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x1B:
                index = skipEscape(scalars, after: index)
                continue
            case 0x9B:
                index = skipControlSequence(scalars, from: index)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = skipControlString(scalars, from: index)
                continue
            case 0x0A, 0x0D:
                output.unicodeScalars.append(keepLineBreaks ? scalar : " ")
            case 0x09, 0x2028, 0x2029:
                output.unicodeScalars.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
                continue
            default:
                output.unicodeScalars.append(scalar)
            }
            count += 1
            if count >= limit {
                if index < scalars.count { output += "…" }
                break
            }
        }
        return output
    }

    /// The index after the escape sequence whose `ESC` ends just before `index`.
    private static func skipEscape(_ scalars: [Unicode.Scalar], after index: Int) -> Int {
        guard index < scalars.count else { return index }
        switch scalars[index] {
        case "[": return skipControlSequence(scalars, from: index + 1)
        case "]", "P", "X", "^", "_": return skipControlString(scalars, from: index + 1)
        default:
            var cursor = index
            while cursor < scalars.count, (0x20...0x2F).contains(scalars[cursor].value) { cursor += 1 }
            return min(cursor + 1, scalars.count)
        }
    }

    /// Past a CSI's parameter and intermediate bytes and its final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count {
            let value = scalars[cursor].value
            cursor += 1
            if (0x40...0x7E).contains(value) { break }
        }
        return cursor
    }

    /// Past an OSC / DCS / SOS / PM / APC string and its terminator: BEL, `ESC \` or ST (0x9C).
    private static func skipControlString(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count {
            let value = scalars[cursor].value
            cursor += 1
            if value == 0x07 || value == 0x9C { break }
            if value == 0x1B {
                if cursor < scalars.count, scalars[cursor] == "\\" { cursor += 1 }
                break
            }
        }
        return cursor
    }
}
