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
        // ASCII and CJK unified ideographs are already in NFKC: skip Foundation's normalisation,
        // which is most of the cost of folding a short value.
        let isStable = text.unicodeScalars.allSatisfy { $0.isASCII || (0x4E00...0x9FFF).contains($0.value) }
        return (isStable ? text : text.precomposedStringWithCompatibilityMapping).lowercased()
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
