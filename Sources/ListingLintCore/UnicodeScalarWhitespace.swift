extension Unicode.Scalar {
    /// White space by Unicode's definition (`properties.isWhitespace`), answered without a property
    /// lookup for ASCII and for everything above U+3000, the last White_Space character (so CJK text
    /// never reaches the lookup, which showed in profiles of every page).
    package var isWhitespaceFast: Bool {
        if value < 0x80 { return isASCIIWhitespace || value == 0x0B }
        return value <= 0x3000 && properties.isWhitespace
    }

    /// Space, tab, line feed, carriage return and form feed: HTML's ASCII white space.
    package var isASCIIWhitespace: Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode `White_Space`, as Foundation's
    /// `.whitespacesAndNewlines`, without the `NSString` round trip).
    package var trimmingSpaces: String {
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceFast })!
        // Sliced by scalars (a character-wise slice could take in a space a combining mark follows).
        return String(Substring(scalars[first...last]))
    }
}
