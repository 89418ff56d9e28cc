/// Substring search on UTF-8 bytes: Foundation's `String.contains` goes through `NSString` and
/// case-folding tables, which costs far more than comparing bytes of already-normalised text.
enum UTF8Search {
    /// Offsets (in bytes) of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, matches(needle, in: haystack, at: index) { found.append(index) }
            index += 1
        }
        return found
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let first = needle[0]
        for index in 0...(haystack.count - needle.count) where haystack[index] == first && matches(needle, in: haystack, at: index) {
            return true
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` at byte offset `index`.
    static func matches(_ needle: [UInt8], in haystack: [UInt8], at index: Int) -> Bool {
        guard !needle.isEmpty, index >= 0, index + needle.count <= haystack.count else { return false }
        var offset = 0
        while offset < needle.count {
            if haystack[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}
