import ListingLintCore

/// A byte-level JSON parser, iterative (nesting costs heap, never stack) and depth-limited.
///
/// In `.lenient` mode it reads what real pages and exports contain, noting each repair: `//` and
/// `/* */` comments, `<!-- -->` and `<![CDATA[ ]]>` wrappers, trailing commas, a missing comma between members,
/// HTML-escaped quotes (`&quot;name&quot;`), single-quoted strings and unquoted keys, duplicate keys
/// (the last value wins), trailing content after the value, NUL bytes, raw control characters in
/// strings, lone surrogates (`\ud800` → U+FFFD), invalid UTF-8 (→ U+FFFD), `NaN`/`Infinity`, and
/// numbers such as `+1` or `.5`. Numbers keep their text, so `1e400` never traps.
/// In `.strict` mode each of those is an error (a BOM at the start is skipped in both modes).
public struct JSONParser: Sendable {
    public enum Mode: Sendable, Hashable {
        case strict
        case lenient
    }

    public var mode: Mode
    /// Deepest nesting of arrays and objects accepted (`InputLimits.maxDepth`).
    public var maxDepth: Int
    /// Most notes kept per parse; further repairs are counted in one last note.
    public var maxNotes: Int

    public init(mode: Mode = .lenient, maxDepth: Int = 512, maxNotes: Int = 32) {
        self.mode = mode
        self.maxDepth = max(1, maxDepth)
        self.maxNotes = max(1, maxNotes)
    }

    /// Parses one JSON value from `bytes`. Content after the value is an error in strict mode and
    /// a note in lenient mode (`JSONDocument.end` says where the value ended).
    public func parse(_ bytes: [UInt8]) -> Result<JSONDocument, JSONParseError> {
        bytes.withUnsafeBufferPointer { parse(buffer: $0) }
    }

    /// Parses one JSON value from a slice (offsets in results are relative to the slice start).
    public func parse(_ bytes: ArraySlice<UInt8>) -> Result<JSONDocument, JSONParseError> {
        bytes.withUnsafeBufferPointer { parse(buffer: $0) }
    }

    /// Parses one JSON value from text.
    public func parse(_ text: String) -> Result<JSONDocument, JSONParseError> {
        var text = text
        return text.withUTF8 { parse(buffer: $0) }
    }

    /// Parses every JSON value in `text`, one after another (`{…}{…}` or `[…] […]`, as some pages
    /// put several values in one JSON-LD block). Stops at the first value that does not parse.
    public func parseAll(_ text: String) -> (documents: [JSONDocument], error: JSONParseError?) {
        var text = text
        return text.withUTF8 { buffer in
            var documents: [JSONDocument] = []
            var start = 0
            while start < buffer.count {
                let rest = UnsafeBufferPointer(rebasing: buffer[start...])
                switch parse(buffer: rest, allowTrailing: true) {
                case .success(var document):
                    let offsets = document.notes.map { $0.position.offset + start }
                    for (slot, position) in JSONTextPosition.locate(offsets, in: buffer).enumerated() {
                        document.notes[slot].position = position
                    }
                    document.end += start
                    documents.append(document)
                    guard document.hasTrailingContent, document.end > start else { return (documents, nil) }
                    start = document.end
                case .failure(let error):
                    let position = JSONTextPosition.locate([start + error.position.offset], in: buffer)[0]
                    if error.kind == .empty { return (documents, nil) }
                    if error.kind == .malformed, !documents.isEmpty {
                        let skipped = buffer.count - start
                        documents[documents.count - 1].notes.append(
                            JSONParseNote(
                                message: "ignored \(skipped) bytes of trailing content after the JSON value",
                                position: JSONTextPosition.locate([start], in: buffer)[0],
                                pointer: ""
                            ))
                        return (documents, nil)
                    }
                    var located = error
                    located.position = position
                    return (documents, located)
                }
            }
            return (documents, nil)
        }
    }

    func parse(buffer: UnsafeBufferPointer<UInt8>, allowTrailing: Bool = false) -> Result<JSONDocument, JSONParseError>
    {
        var scanner = JSONScanner(bytes: buffer, parser: self)
        return scanner.run(allowTrailing: allowTrailing)
    }
}

/// The parser's working state over one buffer. Not `Sendable`: lives inside one parse call.
struct JSONScanner {
    private enum Container {
        case array([JSONValue])
        /// `keyIndex` (key → member index) is built once an object has more than `linearKeyLimit` members.
        case object(members: [JSONMember], keyIndex: [String: Int]?, pendingKey: String?)
    }

    private struct Frame {
        var container: Container
        /// Where the container opened, for "unterminated" messages.
        var start: Int
    }

    private enum Quote {
        case double
        case single
        /// `&quot;` — JSON-LD that went through an HTML escaper.
        case htmlEntity

        var name: String {
            switch self {
            case .double: "\""
            case .single: "'"
            case .htmlEntity: "&quot;"
            }
        }
    }

    /// Objects up to this many members find duplicate keys by a linear scan (no dictionary).
    private static let linearKeyLimit = 16

    private let bytes: UnsafeBufferPointer<UInt8>
    private let lenient: Bool
    private let maxDepth: Int
    private let maxNotes: Int
    private var index = 0
    private var stack: [Frame] = []
    private var notes: [(message: String, offset: Int, pointer: String)] = []
    private var droppedNotes = 0

    init(bytes: UnsafeBufferPointer<UInt8>, parser: JSONParser) {
        self.bytes = bytes
        lenient = parser.mode == .lenient
        maxDepth = parser.maxDepth
        maxNotes = parser.maxNotes
    }

    // MARK: - Driver

    mutating func run(allowTrailing: Bool) -> Result<JSONDocument, JSONParseError> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        do throws(ParseFailure) {
            try skipBlank()
            guard index < bytes.count else {
                throw failure(.empty, "no JSON value (the input is empty or only whitespace)", at: index)
            }
            let value = try readDocumentValue()
            try skipBlank()
            let valueEnd = index
            let trailing = index < bytes.count
            if trailing && !allowTrailing {
                guard lenient else {
                    throw failure(.malformed, "unexpected content after the JSON value", at: index)
                }
                note(
                    "ignored \(bytes.count - index) bytes of trailing content after the JSON value", at: index,
                    pointer: "")
            }
            return .success(
                JSONDocument(value: value, notes: finishedNotes(), end: valueEnd, hasTrailingContent: trailing))
        } catch {
            let positions = JSONTextPosition.locate([error.offset] + (error.opening.map { [$0] } ?? []), in: bytes)
            var parseError = JSONParseError(
                kind: error.kind, message: error.message, position: positions[0], pointer: error.pointer)
            parseError.opening = positions.count > 1 ? positions[1] : nil
            return .failure(parseError)
        }
    }

    /// Reads one complete value, iteratively: containers live on `stack`, not on the call stack.
    private mutating func readDocumentValue() throws(ParseFailure) -> JSONValue {
        var value: JSONValue
        valueLoop: while true {
            // Read a value start: a scalar completes at once; a container is pushed.
            try skipBlank()
            guard index < bytes.count else { throw unterminated() }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                try push(.object(members: [], keyIndex: nil, pendingKey: nil))
                try skipBlank()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    stack.removeLast()
                    value = .object(JSONObject())
                } else {
                    try readKey()
                    continue valueLoop
                }
            case UInt8(ascii: "["):
                try push(.array([]))
                try skipBlank()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    stack.removeLast()
                    value = .array([])
                } else {
                    continue valueLoop
                }
            default:
                value = try readScalar()
            }
            // Hand the finished value to its container; close containers that end here.
            while true {
                guard var frame = stack.popLast() else { return value }
                switch frame.container {
                case .array(var elements):
                    frame.container = .array([])
                    elements.append(value)
                    try skipBlank()
                    guard index < bytes.count else {
                        stack.append(Frame(container: .array(elements), start: frame.start))
                        throw unterminated()
                    }
                    let next = bytes[index]
                    if next == UInt8(ascii: ",") {
                        index += 1
                        try skipBlank()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                            stack.append(Frame(container: .array(elements), start: frame.start))
                            try lenientOrFail("a trailing comma before ']'", at: index - 1)
                            stack.removeLast()
                            index += 1
                            value = .array(elements)
                            continue
                        }
                        frame.container = .array(elements)
                        stack.append(frame)
                        continue valueLoop
                    } else if next == UInt8(ascii: "]") {
                        index += 1
                        value = .array(elements)
                        continue
                    } else if lenient,
                        next == UInt8(ascii: "{") || next == UInt8(ascii: "[") || next == UInt8(ascii: "\"")
                    {
                        frame.container = .array(elements)
                        stack.append(frame)
                        note("a missing ',' between array elements", at: index)
                        continue valueLoop
                    } else {
                        stack.append(Frame(container: .array(elements), start: frame.start))
                        throw failure(
                            .malformed, "expected ',' or ']' after an array element, found \(describe(at: index))",
                            at: index)
                    }
                case .object(var members, var keyIndex, let pendingKey):
                    frame.container = .array([])
                    let key = pendingKey ?? ""
                    let existing = keyIndex.map { $0[key] } ?? members.firstIndex { $0.key == key }
                    if let existing {
                        stack.append(
                            Frame(container: .object(members: [], keyIndex: nil, pendingKey: key), start: frame.start))
                        note("duplicate key \"\(key)\": the last value is used", at: index)
                        stack.removeLast()
                        members[existing].value = value
                    } else {
                        keyIndex?[key] = members.count
                        members.append(JSONMember(key: key, value: value))
                        if keyIndex == nil, members.count > Self.linearKeyLimit {
                            keyIndex = Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { $1 })
                        }
                    }
                    frame.container = .object(members: members, keyIndex: keyIndex, pendingKey: nil)
                    try skipBlank()
                    guard index < bytes.count else {
                        stack.append(frame)
                        throw unterminated()
                    }
                    let next = bytes[index]
                    if next == UInt8(ascii: ",") {
                        index += 1
                        try skipBlank()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                            stack.append(frame)
                            try lenientOrFail("a trailing comma before '}'", at: index - 1)
                            stack.removeLast()
                            index += 1
                            value = .object(JSONObject(members: members))
                            continue
                        }
                        stack.append(frame)
                        try readKey()
                        continue valueLoop
                    } else if next == UInt8(ascii: "}") {
                        index += 1
                        value = .object(JSONObject(members: members))
                        continue
                    } else if lenient, startsKey(at: index) {
                        stack.append(frame)
                        note("a missing ',' between object members", at: index)
                        try readKey()
                        continue valueLoop
                    } else {
                        stack.append(frame)
                        throw failure(
                            .malformed, "expected ',' or '}' after an object member, found \(describe(at: index))",
                            at: index)
                    }
                }
            }
        }
    }

    private mutating func push(_ container: Container) throws(ParseFailure) {
        guard stack.count < maxDepth else {
            throw failure(
                .tooDeep, "JSON nested deeper than the limit of \(maxDepth) levels (input limit maxDepth)", at: index)
        }
        stack.append(Frame(container: container, start: index))
        index += 1
    }

    /// Reads `"key":` (or a lenient variant) into the top object frame's pending key.
    private mutating func readKey() throws(ParseFailure) {
        try skipBlank()
        guard index < bytes.count else { throw unterminated() }
        let key: String
        if let quote = quote(at: index) {
            key = try readString(quote)
        } else if lenient, isIdentifierStart(bytes[index]) {
            let start = index
            while index < bytes.count, isIdentifierPart(bytes[index]) { index += 1 }
            key = String(decoding: span(start, index), as: UTF8.self)
            note("an unquoted object key", at: start)
        } else {
            throw failure(
                .malformed, "expected an object key in double quotes, found \(describe(at: index))", at: index)
        }
        try skipBlank()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw failure(
                .malformed, "expected ':' after the object key \"\(key)\", found \(describe(at: index))", at: index)
        }
        index += 1
        guard case .object(let members, let keyIndex, _) = stack[stack.count - 1].container else {
            preconditionFailure("readKey outside an object")
        }
        stack[stack.count - 1].container = .object(members: members, keyIndex: keyIndex, pendingKey: key)
    }

    private func startsKey(at offset: Int) -> Bool {
        quote(at: offset) != nil || isIdentifierStart(bytes[offset])
    }

    // MARK: - Scalars

    private mutating func readScalar() throws(ParseFailure) -> JSONValue {
        let byte = bytes[index]
        if let quote = quote(at: index) { return .string(try readString(quote)) }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        default:
            break
        }
        if matches("true") {
            index += 4
            return .bool(true)
        }
        if matches("false") {
            index += 5
            return .bool(false)
        }
        if matches("null") {
            index += 4
            return .null
        }
        if lenient {
            for (word, value) in [
                ("NaN", JSONValue.number("NaN")), ("Infinity", .number("Infinity")), ("undefined", .null),
            ]
            where matches(word) {
                note("the non-JSON literal \(word)", at: index)
                index += word.utf8.count
                return value
            }
        }
        throw failure(.malformed, "expected a JSON value, found \(describe(at: index))", at: index)
    }

    private mutating func readNumber() throws(ParseFailure) -> JSONValue {
        let start = index
        if lenient, matches("-Infinity") {
            note("the non-JSON literal -Infinity", at: index)
            index += 9
            return .number("-Infinity")
        }
        var cursor = index
        var strict = true
        var sawExponent = false
        if bytes[cursor] == UInt8(ascii: "+") {
            strict = false
            cursor += 1
        } else if bytes[cursor] == UInt8(ascii: "-") {
            cursor += 1
        }
        let integerStart = cursor
        while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
        let integerDigits = cursor - integerStart
        if integerDigits == 0 || (integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) { strict = false }
        var fractionDigits = 0
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            let fractionStart = cursor
            while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
            fractionDigits = cursor - fractionStart
            if fractionDigits == 0 { strict = false }
        }
        if integerDigits == 0 && fractionDigits == 0 {
            throw failure(.malformed, "expected a number, found \(describe(at: start))", at: start)
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "e") || bytes[cursor] == UInt8(ascii: "E") {
            sawExponent = true
            var exponentCursor = cursor + 1
            if exponentCursor < bytes.count,
                bytes[exponentCursor] == UInt8(ascii: "+") || bytes[exponentCursor] == UInt8(ascii: "-")
            {
                exponentCursor += 1
            }
            let exponentStart = exponentCursor
            while exponentCursor < bytes.count, isDigit(bytes[exponentCursor]) { exponentCursor += 1 }
            guard exponentCursor > exponentStart else {
                throw failure(.malformed, "a number's exponent has no digits", at: exponentCursor)
            }
            cursor = exponentCursor
        }
        index = cursor
        let text = String(decoding: span(start, cursor), as: UTF8.self)
        if !strict {
            try lenientOrFail("the non-standard number \(text)", at: start)
        }
        if sawExponent || cursor - start > 300, let number = Double(text), !number.isFinite {
            note("the number \(text) is beyond the range of a double; its text is kept", at: start)
        }
        return .number(text)
    }

    private func quote(at offset: Int) -> Quote? {
        switch bytes[offset] {
        case UInt8(ascii: "\""): return .double
        case UInt8(ascii: "'") where lenient: return .single
        case UInt8(ascii: "&") where lenient && matches("&quot;", at: offset): return .htmlEntity
        default: return nil
        }
    }

    /// Reads a string starting at its opening quote; leaves `index` after the closing quote.
    private mutating func readString(_ quote: Quote) throws(ParseFailure) -> String {
        let opening = index
        switch quote {
        case .double: index += 1
        case .single:
            note("a single-quoted string", at: index)
            index += 1
        case .htmlEntity:
            note("HTML-escaped quotes (&quot;) around a string", at: index)
            index += 6
        }
        let closing: UInt8 =
            switch quote {
            case .double: UInt8(ascii: "\"")
            case .single: UInt8(ascii: "'")
            case .htmlEntity: UInt8(ascii: "&")
            }
        // Fast path: no escapes, no control bytes, no entities.
        let start = index
        var cursor = index
        var sawNonASCII = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == closing || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte >= 0x80 { sawNonASCII = true }
            cursor += 1
        }
        if cursor < bytes.count, bytes[cursor] == closing, quote != .htmlEntity {
            index = cursor + 1
            let raw = span(start, cursor)
            return sawNonASCII ? decodeUTF8(raw, at: start) : String(decoding: raw, as: UTF8.self)
        }
        // Slow path: build the UTF-8 bytes.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(cursor - start + 16)
        buffer.append(contentsOf: span(start, cursor))
        index = cursor
        var reportedControl = false
        while true {
            guard index < bytes.count else {
                throw failure(.malformed, "unterminated string (opened with \(quote.name))", at: opening)
            }
            let byte = bytes[index]
            if byte == closing {
                if quote != .htmlEntity {
                    index += 1
                    break
                }
                if matches("&quot;", at: index) {
                    index += 6
                    break
                }
                if let (decoded, length) = htmlEntity(at: index) {
                    buffer.append(contentsOf: decoded)
                    index += length
                } else {
                    buffer.append(byte)
                    index += 1
                }
                continue
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape(into: &buffer)
                continue
            }
            if byte < 0x20 {
                guard lenient else {
                    throw failure(.malformed, "a raw control character (U+\(hex(byte))) inside a string", at: index)
                }
                if byte == 0 {
                    note("a NUL byte inside a string, replaced by U+FFFD", at: index)
                    buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
                } else {
                    if !reportedControl {
                        note("a raw control character (U+\(hex(byte))) inside a string", at: index)
                        reportedControl = true
                    }
                    buffer.append(byte)
                }
                index += 1
                continue
            }
            buffer.append(byte)
            index += 1
        }
        return buffer.withUnsafeBufferPointer { decodeUTF8($0, at: start) }
    }

    /// Reads one backslash escape at `index`, appending its UTF-8 to `buffer`.
    private mutating func readEscape(into buffer: inout [UInt8]) throws(ParseFailure) {
        let escapeStart = index
        guard index + 1 < bytes.count else {
            throw failure(.malformed, "unterminated string (a backslash at the end of the input)", at: index)
        }
        let code = bytes[index + 1]
        index += 2
        if let byte = JSONEscapes.byte(afterBackslash: code) {
            buffer.append(byte)
            return
        }
        switch code {
        case UInt8(ascii: "u"):
            guard let unit = hexUnit(at: index) else {
                try lenientOrFail("a \\u escape without four hex digits", at: escapeStart)
                buffer.append(contentsOf: Array("\\u".utf8))
                return
            }
            index += 4
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                if matches("\\u", at: index), let low = hexUnit(at: index + 2), (0xDC00...0xDFFF).contains(low) {
                    index += 6
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else {
                    try lenientOrFail("a lone surrogate \\u\(hex16(unit)), replaced by U+FFFD", at: escapeStart)
                    scalarValue = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(unit) {
                try lenientOrFail("a lone surrogate \\u\(hex16(unit)), replaced by U+FFFD", at: escapeStart)
                scalarValue = 0xFFFD
            } else if unit == 0 {
                try lenientOrFail("an escaped NUL (\\u0000), replaced by U+FFFD", at: escapeStart)
                scalarValue = 0xFFFD
            }
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            buffer.append(contentsOf: Array(String(scalar).utf8))
        default:
            try lenientOrFail(
                "an unknown escape \\\(Character(Unicode.Scalar(code))) (kept as written)", at: escapeStart)
            if code == UInt8(ascii: "'") {
                buffer.append(code)
            } else {
                index -= 1
                buffer.append(UInt8(ascii: "\\"))
            }
        }
    }

    private func hexUnit(at offset: Int) -> UInt16? {
        guard offset + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for byte in span(offset, (offset + 4)) {
            guard let digit = JSONEscapes.hexDigit(byte) else { return nil }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    /// HTML entities that an escaper writes inside `&quot;`-quoted JSON.
    private func htmlEntity(at offset: Int) -> ([UInt8], Int)? {
        for (entity, decoded) in [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&#39;", "'"), ("&apos;", "'"), ("&#34;", "\""),
        ]
        where matches(entity, at: offset) {
            return (Array(decoded.utf8), entity.utf8.count)
        }
        return nil
    }

    /// Decodes UTF-8, replacing invalid sequences with U+FFFD (with a note).
    private mutating func decodeUTF8(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        if !Self.isValidUTF8(raw) {
            note("invalid UTF-8 inside a string, replaced by U+FFFD", at: offset)
        }
        // Repairs (maximal invalid subparts → U+FFFD) as it decodes.
        return String(decoding: raw, as: UTF8.self)
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode Table 3-7: no overlongs, surrogates or
    /// scalars above U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            offset < count && bytes[offset] >= low && bytes[offset] <= high
        }
        while index < count {
            let lead = bytes[index]
            switch lead {
            case 0x00...0x7F:
                index += 1
            case 0xC2...0xDF:
                guard continuation(index + 1) else { return false }
                index += 2
            case 0xE0...0xEF:
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard continuation(index + 1, low, high), continuation(index + 2) else { return false }
                index += 3
            case 0xF0...0xF4:
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard continuation(index + 1, low, high), continuation(index + 2), continuation(index + 3) else {
                    return false
                }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    // MARK: - Whitespace and comments

    /// Skips whitespace, and in lenient mode comments, NUL bytes and `<!-- -->` wrappers.
    private mutating func skipBlank() throws(ParseFailure) {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
                continue
            }
            guard lenient,
                byte == 0x00 || byte == 0x0C || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "]") || byte == 0xEF
            else { return }
            switch byte {
            case 0x0C where lenient:
                index += 1
            case 0x00 where lenient:
                note("a NUL byte between JSON tokens (ignored)", at: index)
                while index < bytes.count, bytes[index] == 0 { index += 1 }
            case UInt8(ascii: "/") where lenient && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                note("a // comment", at: index)
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where lenient && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                let start = index
                note("a /* */ comment", at: index)
                index += 2
                while index + 1 < bytes.count,
                    !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/"))
                {
                    index += 1
                }
                guard index + 1 < bytes.count else {
                    throw failure(.malformed, "unterminated /* comment", at: start)
                }
                index += 2
            case UInt8(ascii: "<") where lenient && matches("<!--", at: index):
                // `<!-- {…} -->` wraps the JSON; `<!-- words -->` is a comment to skip.
                note("an HTML comment marker <!--", at: index)
                index += 4
                var lookahead = index
                while lookahead < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[lookahead]) { lookahead += 1 }
                if lookahead < bytes.count, bytes[lookahead] != UInt8(ascii: "{"), bytes[lookahead] != UInt8(ascii: "[")
                {
                    while index < bytes.count, !matches("-->", at: index) { index += 1 }
                    index = min(index + 3, bytes.count)
                }
            case UInt8(ascii: "-") where lenient && matches("-->", at: index):
                note("an HTML comment marker -->", at: index)
                index += 3
            case UInt8(ascii: "<") where lenient && matches("<![CDATA[", at: index):
                note("a CDATA marker <![CDATA[", at: index)
                index += 9
            case UInt8(ascii: "]") where lenient && stack.isEmpty && matches("]]>", at: index):
                note("a CDATA marker ]]>", at: index)
                index += 3
            case 0xEF where lenient && matches("\u{FEFF}", at: index):
                note("a byte order mark inside the JSON", at: index)
                index += 3
            default:
                return
            }
        }
    }

    // MARK: - Helpers

    /// The bytes `start..<end` without going through `Slice` (no generic metadata in the hot path).
    private func span(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes.baseAddress.map { $0 + start }, count: end - start)
    }

    private func matches(_ word: String) -> Bool { matches(word, at: index) }

    private func matches(_ word: String, at offset: Int) -> Bool {
        var cursor = offset
        for byte in word.utf8 {
            guard cursor < bytes.count, bytes[cursor] == byte else { return false }
            cursor += 1
        }
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "@")
    }

    private func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-")
    }

    /// `'x'`, `end of input` or `byte 0xC3`, for messages.
    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the input" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    private func hex16(_ unit: UInt16) -> String {
        hex(UInt8(unit >> 8)).lowercased() + hex(UInt8(unit & 0xFF)).lowercased()
    }

    /// The pointer of the value being read, from the container stack.
    private func currentPointer() -> String {
        var pointer = ""
        for frame in stack {
            switch frame.container {
            case .array(let elements): pointer = JSONPointer.appending(elements.count, to: pointer)
            case .object(_, _, let key?): pointer = JSONPointer.appending(key, to: pointer)
            case .object(_, _, nil): break
            }
        }
        return pointer
    }

    private mutating func note(_ message: String, at offset: Int, pointer: String? = nil) {
        guard notes.count < maxNotes else {
            droppedNotes += 1
            return
        }
        notes.append((message, offset, pointer ?? currentPointer()))
    }

    /// A repair: a note in lenient mode, an error in strict mode.
    private mutating func lenientOrFail(_ what: String, at offset: Int) throws(ParseFailure) {
        guard lenient else { throw failure(.malformed, "\(what) is not allowed in strict JSON", at: offset) }
        note(what, at: offset)
    }

    private func finishedNotes() -> [JSONParseNote] {
        let positions = JSONTextPosition.locate(notes.map(\.offset), in: bytes)
        var finished = zip(notes, positions).map {
            JSONParseNote(message: $0.message, position: $1, pointer: $0.pointer)
        }
        if droppedNotes > 0, let last = finished.last {
            finished.append(
                JSONParseNote(message: "and \(droppedNotes) more repairs", position: last.position, pointer: ""))
        }
        return finished
    }

    private func failure(_ kind: JSONParseError.Kind, _ message: String, at offset: Int) -> ParseFailure {
        ParseFailure(kind: kind, message: message, offset: offset, pointer: currentPointer())
    }

    private func unterminated() -> ParseFailure {
        let opening = stack.last.map { bytes[$0.start] == UInt8(ascii: "[") ? "an array" : "an object" } ?? "a value"
        var failure = failure(.malformed, "the input ends inside \(opening)", at: bytes.count)
        failure.opening = stack.last?.start
        return failure
    }
}

/// A parse failure before its offsets are turned into lines and columns.
struct ParseFailure: Error {
    var kind: JSONParseError.Kind
    var message: String
    var offset: Int
    var pointer: String
    /// Where the unterminated container opened.
    var opening: Int?
}
