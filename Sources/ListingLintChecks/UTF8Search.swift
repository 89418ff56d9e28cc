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

    /// Whether `needle` occurs in `haystack` (byte arrays or UTF-8 buffers).
    static func contains<Needle: RandomAccessCollection<UInt8>, Haystack: RandomAccessCollection<UInt8>>(
        _ needle: Needle, in haystack: Haystack
    ) -> Bool where Needle.Index == Int, Haystack.Index == Int {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let first = needle[0]
        for index in 0...(haystack.count - needle.count) where haystack[index] == first && matches(needle, in: haystack, at: index) {
            return true
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` at byte offset `index`.
    static func matches<Needle: RandomAccessCollection<UInt8>, Haystack: RandomAccessCollection<UInt8>>(
        _ needle: Needle, in haystack: Haystack, at index: Int
    ) -> Bool where Needle.Index == Int, Haystack.Index == Int {
        guard !needle.isEmpty, index >= 0, index + needle.count <= haystack.count else { return false }
        var offset = 0
        while offset < needle.count {
            if haystack[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}

extension String {
    /// Whether `other` occurs in the string, compared byte for byte as UTF-8 (no locale, no case
    /// folding): for text already normalised or folded. Foundation's `contains(_:)` on strings is an
    /// `NSString` search that costs tens of times more.
    func containsBytes(of other: String) -> Bool {
        var needle = other
        var haystack = self
        return needle.withUTF8 { needle in haystack.withUTF8 { haystack in UTF8Search.contains(needle, in: haystack) } }
    }
}
