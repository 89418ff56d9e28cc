/// RFC 6901 JSON pointers (`/products/0/body_html`), built while walking a `JSONValue`.
public enum JSONPointer {
    /// The pointer to the whole document.
    public static let root = ""

    /// `pointer` extended by an object key, with `~` written `~0` and `/` written `~1`.
    public static func appending(_ key: String, to pointer: String) -> String {
        pointer + "/" + escape(key)
    }

    /// `pointer` extended by an array index.
    public static func appending(_ index: Int, to pointer: String) -> String {
        pointer + "/" + String(index)
    }

    /// One reference token, escaped: `~` → `~0`, then `/` → `~1`.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var escaped = ""
        for character in token.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// One reference token as written before escaping: `~1` → `/`, then `~0` → `~` (so `~01` is `~1`).
    private static func unescape(_ token: Substring.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        var scalars = token.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "~", let next = scalars.next() else {
                result.append(scalar)
                continue
            }
            switch next {
            case "1": result.append("/")
            case "0": result.append("~")
            default: result.append(contentsOf: [scalar, next])
            }
        }
        return String(result)
    }

    /// The pointer shortened for a message (`/a/b/…/y/z`) when it is longer than `limit` characters;
    /// locations keep the full pointer.
    public static func abbreviated(_ pointer: String, limit: Int = 120) -> String {
        guard pointer.count > limit else { return pointer }
        return String(pointer.prefix(limit / 2)) + "…" + String(pointer.suffix(limit / 2))
    }

    /// The value `pointer` points to inside `value`, or nil when a token does not resolve.
    ///
    /// Read scalar by scalar, as ``escape(_:)`` writes it: a key may start with a combining mark,
    /// which would make `/` and the mark one character.
    public static func resolve(_ pointer: String, in value: JSONValue) -> JSONValue? {
        guard !pointer.isEmpty else { return value }
        let scalars = pointer.unicodeScalars
        guard scalars.first == "/" else { return nil }
        var current = value
        for rawToken in scalars.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = unescape(rawToken)
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
