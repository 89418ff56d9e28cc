import Foundation

/// Normalises field names and short values for comparison: NFKC, case-folded, with punctuation,
/// symbols and white space removed, so `Material:`, `ＭＡＴＥＲＩＡＬ` and `材 质` compare as one name.
enum FieldKey {
    static func normalise(_ text: String) -> String {
        asciiOrIdeographKey(text) ?? normaliseByUnicodeProperties(text)
    }

    /// `normalise` for any text: NFKC and case folding, then dropping by general category.
    static func normaliseByUnicodeProperties(_ text: String) -> String {
        let folded = fold(text)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !isDropped(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `normalise` for text of ASCII and CJK unified ideographs only, byte by byte: such text is already
    /// NFKC, ideographs have no case and are kept, and of ASCII only letters (lower-cased) and digits are
    /// kept, which is what the general-category test drops. Field keys and values are nearly always such
    /// text, and this path costs a fraction of the Unicode-property lookups. Nil for any other text.
    private static func asciiOrIdeographKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var key = [UInt8]()
            key.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte | 0x20)
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
                    default: break
                    }
                    index += 1
                    continue
                }
                // U+4E00...U+9FFF is E4 B8 80 ... E9 BF BF in UTF-8: a lead byte E4...E9, and any
                // continuation bytes, except that E4 needs a second byte of B8 or more.
                guard (0xE4...0xE9).contains(byte), index + 2 < bytes.count,
                      byte != 0xE4 || bytes[index + 1] >= 0xB8 else { return nil }
                key.append(contentsOf: bytes[index..<(index + 3)])
                index += 3
            }
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// NFKC and case folding only, keeping spaces and punctuation (for word-boundary matching).
    static func fold(_ text: String) -> String {
        quickFold(text) ?? text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// `fold` for text of ASCII, CJK unified ideographs, the CJK punctuation NFKC leaves alone (、。
    /// and the brackets 〈〉《》「」『』【】) and the forms NFKC maps to ASCII (full-width ASCII, the
    /// ideographic space), scalar by scalar: most listing text, which Foundation's normalisation and
    /// `lowercased()` spent most of the time of folding on. Nil for any other text.
    ///
    /// Works on the UTF-8 bytes (every scalar it takes is one byte or three) and writes the folded
    /// bytes straight into the result, which is never longer than the text.
    static func quickFold(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { source -> String? in
            var unfoldable = false
            let folded = String(unsafeUninitializedCapacity: source.count) { output in
                var written = 0
                var index = 0
                while index < source.count {
                    let lead = source[index]
                    var value: UInt32
                    if lead < 0x80 {
                        value = UInt32(lead)
                        index += 1
                    } else if lead >= 0xE0, lead < 0xF0 {
                        // A Swift string is valid UTF-8: the two continuation bytes are there.
                        value = UInt32(lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
                            | UInt32(source[index + 2] & 0x3F)
                        index += 3
                    } else {
                        unfoldable = true
                        return 0
                    }
                    switch value {
                    case 0xFF01...0xFF5E: value -= 0xFEE0
                    case 0x3000: value = 0x20
                    default: break
                    }
                    switch value {
                    case 0x41...0x5A:
                        output[written] = UInt8(value + 0x20)
                        written += 1
                    case 0...0x7F:
                        output[written] = UInt8(value)
                        written += 1
                    case 0x3001...0x3002, 0x3008...0x3011, 0x4E00...0x9FFF:
                        output[written] = UInt8(0xE0 | (value >> 12))
                        output[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                        output[written + 2] = UInt8(0x80 | (value & 0x3F))
                        written += 3
                    default:
                        unfoldable = true
                        return 0
                    }
                }
                return written
            }
            return unfoldable ? nil : folded
        }
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
            true
        default:
            false
        }
    }

    /// Whether a scalar is a CJK ideograph (so its text has no spaces between words).
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic
    }
}
