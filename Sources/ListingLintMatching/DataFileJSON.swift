import ListingLintCore

/// A JSON value read from one of the data files compiled into this module (rule packs, exceptions,
/// sensitive contexts).
///
/// Written by hand rather than decoded with `JSONDecoder`: the packs are a megabyte of JSON read at
/// every start, and `JSONDecoder` took about 133 million instructions (some 10 ms) for them, the
/// longest step before an audit can check its first listing. This reader and the field access of
/// `DataFileObject` take about a third of that. The `Codable` conformances of the pack types stay the
/// reference: `PackReadingTests` requires both readings of every shipped file to be equal.
///
/// It is not the JSON parser of the readers (`ListingLintIngest.JSONParser`), on purpose: that one reads
/// hostile exports leniently, with limits and diagnostics for the user, and belongs to the reader
/// layer; these files are the engine's own, and any flaw in them must fail loudly in the tests.
enum DataFileJSON: Sendable {
    case object([(key: String, value: DataFileJSON)])
    case array([DataFileJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// The value of a whole JSON text.
    /// - Throws: `DataFileError` naming the byte offset of the first thing that is not JSON.
    static func parse(_ text: String) throws(DataFileError) -> DataFileJSON {
        var text = text
        let result: Result<DataFileJSON, DataFileError> = text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes)
            do throws(DataFileError) {
                let value = try parser.value(depth: 0)
                parser.skipSpace()
                guard parser.position == bytes.count else { throw parser.failure("text after the JSON value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// A recursive-descent reader over UTF-8 bytes.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// Nesting deeper than any data file needs: bounds the recursion.
        static let maxDepth = 64

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        func failure(_ what: String) -> DataFileError {
            DataFileError(path: "", message: "not valid JSON at byte \(position): \(what)")
        }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(DataFileError) -> DataFileJSON {
            guard depth < Self.maxDepth else { throw failure("nested more than \(Self.maxDepth) deep") }
            skipSpace()
            guard position < bytes.count else { throw failure("unexpected end") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func object(depth: Int) throws(DataFileError) -> DataFileJSON {
            position += 1
            var entries: [(key: String, value: DataFileJSON)] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(entries)
            }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try string()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                position += 1
                entries.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard position < bytes.count else { throw failure("unexpected end in an object") }
                position += 1
                switch bytes[position - 1] {
                case UInt8(ascii: ","): continue
                case UInt8(ascii: "}"): return .object(entries)
                default: position -= 1; throw failure("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(DataFileError) -> DataFileJSON {
            position += 1
            var elements: [DataFileJSON] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            }
            while true {
                elements.append(try value(depth: depth + 1))
                skipSpace()
                guard position < bytes.count else { throw failure("unexpected end in an array") }
                position += 1
                switch bytes[position - 1] {
                case UInt8(ascii: ","): continue
                case UInt8(ascii: "]"): return .array(elements)
                default: position -= 1; throw failure("expected ',' or ']'")
                }
            }
        }

        /// A string literal; `position` is at its opening quote. The text is valid UTF-8 already (it
        /// came from a `String`), so runs without escapes are taken as they are.
        mutating func string() throws(DataFileError) -> String {
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
                guard bytes[position] >= 0x20 else { throw failure("control character in a string") }
                position += 1
            }
            guard position < bytes.count else { throw failure("unterminated string") }
            if bytes[position] == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
            }
            var decoded = Array(bytes[start..<position])
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: decoded, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    try escape(into: &decoded)
                case ..<0x20:
                    position -= 1
                    throw failure("control character in a string")
                default:
                    decoded.append(byte)
                }
            }
            throw failure("unterminated string")
        }

        /// One escape sequence after its backslash, appended as UTF-8.
        mutating func escape(into decoded: inout [UInt8]) throws(DataFileError) {
            guard position < bytes.count else { throw failure("unterminated escape") }
            let letter = bytes[position]
            position += 1
            if let byte = JSONEscapes.byte(afterBackslash: letter) {
                decoded.append(byte)
                return
            }
            guard letter == UInt8(ascii: "u") else {
                position -= 1
                throw failure("unknown escape")
            }
            var value = try hexQuad()
            if (0xD800..<0xDC00).contains(value) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                      bytes[position + 1] == UInt8(ascii: "u")
                else { throw failure("unpaired surrogate") }
                position += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("unpaired surrogate") }
            decoded.append(contentsOf: UTF8.encode(scalar)!)
        }

        mutating func hexQuad() throws(DataFileError) -> UInt32 {
            guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = JSONEscapes.hexDigit(bytes[position]) else { throw failure("bad \\u escape") }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }

        mutating func number() throws(DataFileError) -> Double {
            let start = position
            while position < bytes.count, "+-.0123456789eE".utf8.contains(bytes[position]) { position += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard !text.isEmpty, let number = Double(text), number.isFinite else {
                throw failure(text.isEmpty ? "expected a value" : "bad number \(text)")
            }
            return number
        }

        mutating func literal(_ word: StaticString) throws(DataFileError) {
            let length = word.utf8CodeUnitCount
            guard position + length <= bytes.count,
                  UnsafeBufferPointer(start: word.utf8Start, count: length).elementsEqual(bytes[position..<position + length])
            else { throw failure("expected a value") }
            position += length
        }
    }
}

/// Why a data file does not have the shape its type needs: where (a JSON path such as
/// `rules[3].severity`, empty for the whole text) and what.
struct DataFileError: Error, CustomStringConvertible {
    var path: String
    var message: String

    var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
