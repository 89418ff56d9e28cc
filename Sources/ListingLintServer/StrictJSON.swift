import Foundation

/// Checks that an API body is well-formed JSON (RFC 8259) or JSON Lines before it is read.
///
/// Files on disk go to the lenient JSON reader, which repairs what it can; a program calling the API
/// is told exactly what is wrong instead, so it can fix the call.
enum StrictJSON {
    /// Nil when `bytes` is one JSON object or array, or JSON Lines (one per non-blank line);
    /// otherwise what is wrong and where. `lines` says the body is JSON Lines; otherwise it is taken
    /// as JSON Lines only when it does not parse whole and its first record parses on its own.
    static func problem(in bytes: [UInt8], lines declaredLines: Bool = false) -> String? {
        let whole = declaredLines ? nil : parseError(bytes[...])
        if !declaredLines, whole == nil { return nil }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let records = lines.enumerated().filter { !isBlank($0.element) }
        if declaredLines || (records.count > 1 && parseError(records[0].element) == nil) {
            for (index, line) in records {
                if let error = parseError(line) { return "malformed JSON Lines: line \(index + 1): \(error)" }
            }
            return nil
        }
        return "malformed JSON: \(whole ?? "no record")"
    }

    private static func parseError(_ bytes: ArraySlice<UInt8>) -> String? {
        do {
            let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            if value is [String: Any] || value is [Any] { return nil }
            return "the body must be a JSON object or array, not a bare value"
        } catch let error as NSError {
            let detail = error.userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            return located(detail, in: bytes)
        }
    }

    /// Foundation says `… around character N.` (N a byte offset); people want a line and column.
    private static func located(_ detail: String, in bytes: ArraySlice<UInt8>) -> String {
        guard let match = detail.firstMatch(of: /^(.*?)\s+around character (\d+)\.?$/), let offset = Int(match.2),
              offset <= bytes.count else { return detail }
        let prefix = bytes.prefix(offset)
        let line = prefix.filter { $0 == 0x0A }.count + 1
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return "line \(line), column \(column): \(match.1)"
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
