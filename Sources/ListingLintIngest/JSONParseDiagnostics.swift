import ListingLintCore

/// A position in JSON source bytes, for people and for tools.
public struct JSONTextPosition: Sendable, Hashable {
    /// Byte offset from the start of the parsed bytes, 0-based.
    public var offset: Int
    /// 1-based line; lines end at LF (a CR before it belongs to the line).
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `3:14 (byte 52)`.
    public var description: String { "\(line):\(column) (byte \(offset))" }

    /// Positions of `offsets` in `bytes`, in one pass over the bytes (offsets in any order).
    static func locate(_ offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [JSONTextPosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var positions = [JSONTextPosition](
            repeating: JSONTextPosition(offset: 0, line: 1, column: 1), count: offsets.count)
        var line = 1
        var column = 1
        var cursor = 0
        for slot in order {
            let target = min(max(offsets[slot], 0), bytes.count)
            while cursor < target {
                let byte = bytes[cursor]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                cursor += 1
            }
            positions[slot] = JSONTextPosition(offset: offsets[slot], line: line, column: column)
        }
        return positions
    }
}

/// Something the lenient parser accepted that strict JSON forbids (a comment, a trailing comma,
/// a duplicate key…). The value was still read; readers report notes as `input.recovered` warnings.
public struct JSONParseNote: Sendable, Hashable {
    public var message: String
    public var position: JSONTextPosition
    /// Pointer to the value being read when the parser noticed.
    public var pointer: String

    public init(message: String, position: JSONTextPosition, pointer: String) {
        self.message = message
        self.position = position
        self.pointer = pointer
    }
}

/// Why JSON text could not be parsed.
public struct JSONParseError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Not JSON, even leniently: a missing bracket, an unterminated string, garbage.
        case malformed
        /// Nested deeper than `InputLimits.maxDepth`.
        case tooDeep
        /// No value at all: empty input, or only whitespace and comments.
        case empty
    }

    public var kind: Kind
    public var message: String
    public var position: JSONTextPosition
    /// Pointer to the value being read when parsing stopped.
    public var pointer: String
    /// Where the array or object that the input ended inside opened (unterminated input only).
    public var opening: JSONTextPosition?

    public init(kind: Kind, message: String, position: JSONTextPosition, pointer: String, opening: JSONTextPosition? = nil) {
        self.kind = kind
        self.message = message
        self.position = position
        self.pointer = pointer
        self.opening = opening
    }

    /// The input rule id this error is reported under.
    public var rule: String {
        switch kind {
        case .malformed: InputRule.malformedJSON
        case .tooDeep: InputRule.tooDeep
        case .empty: InputRule.emptyInput
        }
    }

    /// `malformed JSON at 3:14 (byte 52), in /products/0: expected ':' after an object key`.
    public var description: String {
        let opened = opening.map { " (opened at \($0.line):\($0.column))" } ?? ""
        let place = pointer.isEmpty ? "" : ", in \(JSONPointer.abbreviated(pointer))"
        return "\(message)\(opened) at \(position.description)\(place)"
    }
}

/// A parsed JSON value with what the parser had to forgive to read it.
public struct JSONDocument: Sendable, Hashable {
    public var value: JSONValue
    public var notes: [JSONParseNote]
    /// Byte offset just past the value (and any whitespace or comments after it).
    public var end: Int
    /// Whether non-blank bytes follow the value (lenient mode ignores them, with a note).
    public var hasTrailingContent: Bool
}
