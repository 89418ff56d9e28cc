/// Escapes text for one line of GitHub-flavoured Markdown, e.g. a table cell: markup characters are
/// backslash-escaped, `&`, `<` and `>` become entities (so listing text can never become HTML), line
/// breaks become spaces and control characters are dropped.
public enum MarkdownText {
    public static func escape(_ text: String, limit: Int = 300) -> String {
        var out = ""
        for character in TerminalText.sanitize(text, limit: limit) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!", "(", ")", "{", "}", "@":
                out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
