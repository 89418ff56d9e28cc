/// A parsed JSON value, as the lenient parser (`JSONParser`) produced it.
///
/// Numbers keep their source text, so `1e400` or a 30-digit id survive unchanged; `doubleValue`
/// converts when a reader needs arithmetic (out-of-range numbers become `±Double.infinity`).
/// Objects keep their members in source order, one member per key: a duplicated key keeps the
/// first key's position and the last value (the parser reports the duplicate).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written in the source (`12`, `-0.5`, `1e400`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The member `key` of an object; nil for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at `index` of an array; nil for other values or an index out of range.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The string of a `.string` value; nil for every other value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A scalar as text: strings as they are, numbers as written, booleans as `true`/`false`.
    /// Nil for null, arrays and objects.
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    /// A number (or a string holding one) as a `Double`; `1e400` gives `Double.infinity`.
    public var doubleValue: Double? {
        switch self {
        case .number(let text), .string(let text):
            return Double(text.trimmingJSONWhitespace())
        default:
            return nil
        }
    }
}

/// A JSON object: members in source order, looked up by key.
public struct JSONObject: Sendable, Hashable {
    public var members: [JSONMember]

    public init(members: [JSONMember] = []) {
        self.members = members
    }

    /// The value of `key`, or nil. Keys are unique after parsing (the last duplicate won).
    public subscript(key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    public var keys: [String] { members.map(\.key) }

    public func contains(_ key: String) -> Bool { members.contains { $0.key == key } }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    func trimmingJSONWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, !isJSONWhitespaceByte(first), !isJSONWhitespaceByte(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isJSONWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isJSONWhitespace }) ?? first
        return String(scalars[first...last])
    }
}

private func isJSONWhitespaceByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
}

extension Unicode.Scalar {
    var isJSONWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || value == 0x0C }
}
