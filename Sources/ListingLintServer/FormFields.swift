import Foundation

/// Decodes an `application/x-www-form-urlencoded` body (`+` is a space, `%XX` a UTF-8 byte).
enum FormFields {
    /// Field name → value; a repeated name keeps its first value. Throws a message naming the
    /// first field that is not valid percent-encoded UTF-8.
    static func decode(_ bytes: [UInt8]) throws(APIError) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in bytes.split(separator: UInt8(ascii: "&")) where !pair.isEmpty {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decodeComponent(parts[0], naming: nil)
            let value = try parts.count > 1 ? decodeComponent(parts[1], naming: name) : ""
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private static func decodeComponent(_ bytes: ArraySlice<UInt8>, naming field: String?) throws(APIError) -> String {
        let raw = String(decoding: bytes.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        guard let decoded = raw.removingPercentEncoding else {
            let which = field.map { "form field '\($0)'" } ?? "a form field name"
            throw APIError(.badRequest, "\(which) is not valid percent-encoded UTF-8")
        }
        return decoded
    }
}
