import Foundation

/// Normalises field names and short values for comparison: NFKC, case-folded, with punctuation,
/// symbols and white space removed, so `Material:`, `ＭＡＴＥＲＩＡＬ` and `材 质` compare as one name.
enum FieldKey {
    static func normalise(_ text: String) -> String {
        let folded = fold(text)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !isDropped(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
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
