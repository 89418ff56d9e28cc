/// What JSON's string escapes mean (RFC 8259 §7), for every reader of JSON in the project: the
/// readers' lenient `JSONParser` and the engine's strict data-file reader differ in what they do with
/// a bad escape, not in what a good one stands for.
package enum JSONEscapes {
    /// The byte a one-letter escape stands for (`n` → line feed, `/` → `/`), or nil for `u` and for
    /// letters JSON does not define.
    package static func byte(afterBackslash letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The value of one hexadecimal digit of a `\u` escape (either case), or nil.
    package static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
