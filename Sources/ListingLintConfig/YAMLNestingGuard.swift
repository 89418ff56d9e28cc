/// Refuses configuration text nested deeper than any real configuration is, before the YAML parser
/// sees it: Yams parses recursively, and a file of a few thousand `{` would overflow the stack.
enum YAMLNestingGuard {
    /// Deepest flow nesting (`{`, `[`) accepted.
    static let maxFlowDepth = 64
    /// Widest indentation accepted, in columns (block nesting).
    static let maxIndentation = 256

    /// The 1-based line of the first place nested too deeply, if any.
    static func firstTooDeepLine(in text: String) -> Int? {
        var depth = 0
        var line = 1
        var indentation = 0
        var atLineStart = true
        var quote: UInt8?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                indentation = 0
                atLineStart = true
                quote = nil  // a quote left open must not hide the brackets of later lines
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indentation += 1
                    if indentation > maxIndentation { return line }
                    continue
                }
                atLineStart = false
            }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > maxFlowDepth { return line }
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
