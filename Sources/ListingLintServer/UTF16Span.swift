/// A span of text in UTF-16 code units, as LanguageTool's Java strings count offsets and lengths
/// (an emoji outside the Basic Multilingual Plane counts 2; a CJK ideograph counts 1).
struct UTF16Span: Equatable {
    var offset: Int
    var length: Int

    /// Locates findings' evidence in `text`. A finding whose 1-based `line`/`column` (columns in
    /// Unicode scalars, lines split at LF) point at its evidence is placed there; otherwise the
    /// evidence is searched for, each finding taking the next occurrence not yet taken by an earlier
    /// finding with the same evidence. Nil for a finding whose evidence is absent from `text`.
    static func locate(_ items: [(evidence: String?, line: Int?, column: Int?)], in text: String) -> [UTF16Span?] {
        let units = Array(text.utf16)
        var taken: Set<Int> = []
        return items.map { item in
            guard let evidence = item.evidence, !evidence.isEmpty else { return nil }
            let needle = Array(evidence.utf16)
            if let line = item.line, let column = item.column,
               let start = offset(line: line, column: column, in: text), matches(needle, in: units, at: start) {
                taken.insert(start)
                return UTF16Span(offset: start, length: needle.count)
            }
            var from = 0
            while let start = firstIndex(of: needle, in: units, from: from) {
                if !taken.contains(start) {
                    taken.insert(start)
                    return UTF16Span(offset: start, length: needle.count)
                }
                from = start + 1
            }
            return nil
        }
    }

    /// The UTF-16 offset of a 1-based line and scalar column, if they are inside `text`.
    static func offset(line: Int, column: Int, in text: String) -> Int? {
        var currentLine = 1
        var currentColumn = 1
        var utf16Offset = 0
        for scalar in text.unicodeScalars {
            if currentLine == line, currentColumn == column { return utf16Offset }
            if scalar == "\n" {
                currentLine += 1
                currentColumn = 1
            } else {
                currentColumn += 1
            }
            utf16Offset += scalar.utf16.count
        }
        return currentLine == line && currentColumn == column ? utf16Offset : nil
    }

    private static func matches(_ needle: [UInt16], in units: [UInt16], at start: Int) -> Bool {
        start + needle.count <= units.count && units[start..<(start + needle.count)].elementsEqual(needle)
    }

    private static func firstIndex(of needle: [UInt16], in units: [UInt16], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= units.count else { return nil }
        var start = from
        while start + needle.count <= units.count {
            if units[start] == needle[0], matches(needle, in: units, at: start) { return start }
            start += 1
        }
        return nil
    }
}
