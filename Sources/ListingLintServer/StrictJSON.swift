import Foundation

/// Checks that an API body is well-formed JSON (RFC 8259) or JSON Lines before it is read.
///
/// Files on disk go to the lenient JSON reader, which repairs what it can; a program calling the API
/// is told exactly what is wrong instead, so it can fix the call.
enum StrictJSON {
    /// Nil when `bytes` is one JSON object or array, or JSON Lines (one per non-blank line);
    /// otherwise what is wrong and where.
    static func problem(in bytes: [UInt8]) -> String? {
        guard let whole = parseError(bytes[...]) else { return nil }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let records = lines.enumerated().filter { !isBlank($0.element) }
        if records.count > 1 {
            for (index, line) in records {
                if let error = parseError(line) { return "malformed JSON Lines: line \(index + 1): \(error)" }
            }
            return nil
        }
        return "malformed JSON: \(whole)"
    }

    private static func parseError(_ bytes: ArraySlice<UInt8>) -> String? {
        do {
            let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
            if value is [String: Any] || value is [Any] { return nil }
            return "the body must be a JSON object or array, not a bare value"
        } catch let error as NSError {
            let detail = error.userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            return detail
        }
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
