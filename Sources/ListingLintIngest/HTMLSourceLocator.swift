#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds where text from the parsed tree starts in the decoded source, with a cursor that only moves
/// forward.
///
/// libxml2 gives element lines (capped at 65535) and no columns, so positions are found by searching
/// the decoded UTF-8 source for the text itself, in document order: each search starts at the cursor
/// (or at the start of the element's line, when that is further on) and a hit moves the cursor past
/// it, so a page costs one pass however many texts it has. A text is matched by a *probe*, its first
/// bytes up to a character that the source may have written as an entity (`&`, `<`, `>`, quotes, no-break
/// space); text must follow a `>` (the end of a tag) and an attribute value a quote or `=`, so words in
/// attribute values and scripts are not mistaken for visible text. Text that starts with such a
/// character is matched less strictly, and text not found within ``searchWindow`` bytes gets the
/// cursor's position (positions are then approximate).
///
/// Lines are 1-based and count LF (the decoder turned CR and CRLF into LF); columns are 1-based and
/// count Unicode scalars from the start of the line.
struct HTMLSourceLocator {
    /// How far a search looks ahead of the cursor, in bytes.
    static let searchWindow = 256 * 1024
    /// Longest probe, in bytes.
    static let probeLength = 48

    private let source: [UInt8]
    /// Byte offset of the start of each line; `lineStarts[0]` is 0 (line 1).
    private let lineStarts: [Int]
    /// The cursor, a byte offset into `source`.
    private var offset = 0
    /// The last column computed, and the byte offset it is for: columns are counted on from there
    /// (the cursor only moves forward), so a long minified line is counted once, not once per text.
    private var columnMark = (offset: 0, column: 1)

    init(source: [UInt8]) {
        self.source = source
        var starts = [0]
        starts.reserveCapacity(source.count / 64 + 1)
        source.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x0A, bytes.count - from) {
                let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                starts.append(index + 1)
                from = index + 1
            }
        }
        lineStarts = starts
    }

    /// The line and column of the cursor.
    private mutating func cursorPosition() -> (line: Int, column: Int) {
        // The last line start at or before the cursor, by binary search.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        var from = lineStart
        var column = 1
        if columnMark.offset >= lineStart, columnMark.offset <= offset {
            from = columnMark.offset
            column = columnMark.column
        }
        column += Self.scalarCount(source, from: from, to: offset)
        columnMark = (offset, column)
        return (low + 1, column)
    }

    /// The number of Unicode scalars in well-formed UTF-8 bytes `from..<to` (bytes that are not
    /// continuation bytes), eight bytes at a time.
    private static func scalarCount(_ source: [UInt8], from: Int, to: Int) -> Int {
        source.withUnsafeBufferPointer { bytes -> Int in
            guard let base = bytes.baseAddress, to > from else { return 0 }
            var index = from
            var count = 0
            while index + 8 <= to {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                count += 8 - continuation.nonzeroBitCount
                index += 8
            }
            while index < to {
                if bytes[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// What precedes a match.
    enum Context {
        /// Text between tags: preceded by `>` (after whitespace).
        case text
        /// An attribute value: preceded by a quote or `=`.
        case attributeValue
    }

    /// The position where `text` (a text node's or attribute's value, whitespace as in the source)
    /// starts, at or after the cursor and the start of line `atLeastLine`, and before the end of line
    /// `atMostLine` (0: no line known). Moves the cursor past the match.
    mutating func locate(
        _ text: String, context: Context, atLeastLine: Int, atMostLine: Int = 0
    ) -> (line: Int, column: Int) {
        jump(toLine: atLeastLine)
        guard let (probe, strict) = Self.probe(of: text),
            let match = find(probe, context: strict ? context : nil, before: limit(atMostLine: atMostLine))
        else { return cursorPosition() }
        offset = match
        let position = cursorPosition()
        offset = match + probe.count
        return position
    }

    /// The position where raw text (the content of a `<script>` or `<style>`, verbatim in the source)
    /// starts; moves the cursor past all of it, so that words inside it are not matched by later
    /// searches.
    @discardableResult
    mutating func skip(rawText text: String, atLeastLine: Int) -> (line: Int, column: Int) {
        jump(toLine: atLeastLine)
        guard let (probe, _) = Self.probe(of: text), let match = find(probe, context: .text, before: source.count)
        else {
            return cursorPosition()
        }
        var text = text
        let end = text.withUTF8 { utf8 -> Int in
            var start = 0
            while start < utf8.count,
                utf8[start] == 0x20 || utf8[start] == 0x0A || utf8[start] == 0x09 || utf8[start] == 0x0C
            {
                start += 1
            }
            let length = utf8.count - start
            guard match + length <= source.count else { return match + probe.count }
            let same = source.withUnsafeBufferPointer { bytes in
                memcmp(bytes.baseAddress! + match, utf8.baseAddress! + start, length) == 0
            }
            return same ? match + length : match + probe.count
        }
        offset = match
        let position = cursorPosition()
        offset = min(end, source.count)
        return position
    }

    /// ``skip(rawText:atLeastLine:)`` for raw text that is `range` of the source itself (a script or
    /// style content libxml2 never parsed), without building or comparing its text: the same position,
    /// found only where the content starts. Nil when that search would not find the content there
    /// (text that starts with a character pages write as an entity, or its first bytes earlier on the
    /// line): the caller then skips by text.
    mutating func skip(rawTextAt range: Range<Int>, atLeastLine: Int) -> (line: Int, column: Int)? {
        jump(toLine: atLeastLine)
        let found: (start: Int, probe: [UInt8])? = source.withUnsafeBufferPointer { bytes in
            let content = UnsafeBufferPointer(rebasing: bytes[range])
            guard let (probe, strict) = Self.probe(of: content), strict else { return nil }
            var leading = 0
            while leading < content.count, Self.isSpace(content[leading]) { leading += 1 }
            return (range.lowerBound + leading, probe)
        }
        guard let found, find(found.probe, context: .text, before: found.start + found.probe.count) == found.start
        else { return nil }
        offset = found.start
        let position = cursorPosition()
        offset = range.upperBound
        return position
    }

    private mutating func jump(toLine target: Int) {
        guard target > 1, target <= lineStarts.count, lineStarts[target - 1] > offset else { return }
        offset = lineStarts[target - 1]
    }

    /// The first offset at or after the cursor, before `limit`, where `probe` occurs in `context`
    /// (nil: anywhere).
    private func find(_ probe: [UInt8], context: Context?, before limit: Int) -> Int? {
        source.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            let end = min(bytes.count, limit, offset + Self.searchWindow)
            var from = offset
            let first = Int32(probe[0])
            while from + probe.count <= end {
                guard let hit = memchr(base + from, first, end - from - probe.count + 1) else { return nil }
                let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                var matched = 1
                while matched < probe.count, bytes[index + matched] == probe[matched] { matched += 1 }
                if matched == probe.count, Self.precededCorrectly(bytes, at: index, context: context) { return index }
                from = index + 1
            }
            return nil
        }
    }

    /// The byte offset where the search for a text must end: the end of line `atMostLine` (0: no bound).
    private func limit(atMostLine: Int) -> Int {
        guard atMostLine > 0, atMostLine < lineStarts.count else { return source.count }
        return lineStarts[atMostLine]
    }

    private static func precededCorrectly(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, context: Context?) -> Bool
    {
        guard let context else { return true }
        var before = index - 1
        switch context {
        case .text:
            while before >= 0, isSpace(bytes[before]) { before -= 1 }
            return before < 0 || bytes[before] == UInt8(ascii: ">")
        case .attributeValue:
            guard before >= 0 else { return false }
            let byte = bytes[before]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "=") { return true }
            while before >= 0, isSpace(bytes[before]) { before -= 1 }
            return before >= 0 && (bytes[before] == UInt8(ascii: "\"") || bytes[before] == UInt8(ascii: "'"))
        }
    }

    /// The bytes searched for: the text's first bytes after leading whitespace, up to a character the
    /// source may spell as an entity. `strict` is false when such characters had to be skipped first.
    static func probe(of text: String) -> (bytes: [UInt8], strict: Bool)? {
        var text = text
        return text.withUTF8 { probe(of: $0) }
    }

    private static func probe(of bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], strict: Bool)? {
        var index = 0
        var strict = true
        // Skip leading white space and entity-prone characters (the latter make the match loose).
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D {
                index += 1
            } else if isEntityProne(bytes, at: index) {
                strict = false
                index += byte == 0xC2 ? 2 : 1
            } else {
                break
            }
        }
        let start = index
        while index < bytes.count, index - start < probeLength, !isEntityProne(bytes, at: index) { index += 1 }
        // Never end inside a multi-byte character.
        while index > start, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        guard index > start else { return nil }
        return (Array(bytes[start..<index]), strict)
    }

    /// Whether the byte at `index` starts a character that pages often write as an entity (`&amp;`,
    /// `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&nbsp;`).
    private static func isEntityProne(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0xC2: index + 1 < bytes.count && bytes[index + 1] == 0xA0
        default: false
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C
    }
}
