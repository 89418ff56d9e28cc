/// Tests on eight bytes at once (one `UInt64`): each answers with the high bit of every byte that
/// passes, exactly (no carries between bytes), so scans of page bytes need no branch per byte. Load the
/// word little-endian when a mask's bit positions must map to byte positions.
enum ByteMasks {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The bytes below 0x20.
    @inline(__always)
    static func belowSpace(_ word: UInt64) -> UInt64 {
        ~(((word & lowSevenBits) &+ 0x6060_6060_6060_6060) | word) & highBits
    }

    /// The bytes equal to `byte`.
    @inline(__always)
    static func equal(_ byte: UInt8, _ word: UInt64) -> UInt64 {
        let spread = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((spread & lowSevenBits) &+ lowSevenBits) | spread) & highBits
    }

    /// How many bytes a mask marks.
    @inline(__always)
    static func count(_ mask: UInt64) -> Int {
        // Each byte of `mask >> 7` is 0 or 1; one multiplication sums them into the top byte.
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }
}
