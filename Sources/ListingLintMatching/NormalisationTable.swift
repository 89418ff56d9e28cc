import Foundation

/// Per-character mappings of the normaliser, computed once: what each Unicode scalar becomes
/// (NFKC, lower case, diacritics dropped for Latin letters, traditional → simplified, invisible
/// characters removed), which evasion that undoes, and the class of each resulting character.
///
/// The Basic Multilingual Plane is a flat table (one array load per character on the hot path);
/// characters beyond it (emoji, math letters, CJK extension B) take `slowMapping`.
struct NormalisationTable: Sendable {
    /// Character classes of a normalised character, as bits.
    struct CharacterClass: OptionSet, Sendable {
        let rawValue: UInt8
        /// A Han ideograph: CJK terms never need word boundaries; fillers between two are skipped.
        static let ideograph = CharacterClass(rawValue: 1 << 0)
        /// A letter or digit of an alphabetic script: Latin terms need a non-word character around them.
        static let word = CharacterClass(rawValue: 1 << 1)
        /// A space or symbol that may be inserted between CJK characters to break a term (`最 好`, `最*好`).
        static let filler = CharacterClass(rawValue: 1 << 2)
        /// Ends a sentence: cue and quantity windows do not cross it.
        static let sentenceBreak = CharacterClass(rawValue: 1 << 3)
        /// A decimal digit 0–9.
        static let digit = CharacterClass(rawValue: 1 << 4)
        /// A space or newline: runs of the same one collapse to one.
        static let space = CharacterClass(rawValue: 1 << 5)
    }

    /// `bmp[c]`: the single scalar `c` maps to, `deleted`, or `multiMarker | index` into `multi`.
    let bmp: [UInt32]
    let bmpEvasion: [UInt8]
    /// Class of every BMP scalar as a normalised character.
    let bmpClass: [UInt8]
    let multi: [[UInt32]]
    let traditionalToSimplified: [UInt32: UInt32]

    /// The table of the shipped traditional → simplified character list, built once, on first use.
    static let shipped: NormalisationTable = {
        var problems: [String] = []
        let pairs = EmbeddedData.files[RulePackLibrary.characterTableFile]
            .map { RulePackLibrary.parseCharacterTable($0, problems: &problems) } ?? [:]
        return NormalisationTable(traditionalToSimplified: pairs)
    }()

    static let deleted: UInt32 = 0xFFFF_FFFF
    static let multiMarker: UInt32 = 0x8000_0000

    init(traditionalToSimplified: [UInt32: UInt32]) {
        self.traditionalToSimplified = traditionalToSimplified
        var bmp = [UInt32](repeating: 0, count: 0x10000)
        var evasion = [UInt8](repeating: 0, count: 0x10000)
        var classes = [UInt8](repeating: 0, count: 0x10000)
        var multi: [[UInt32]] = []
        for value in 0..<UInt32(0x10000) {
            bmp[Int(value)] = value
            if let known = Self.uniformClass(of: value) {
                classes[Int(value)] = known.rawValue
                continue
            }
            guard let scalar = Unicode.Scalar(value) else { continue }
            classes[Int(value)] = Self.classify(scalar).rawValue
            guard let (mapped, flags) = Self.mapping(of: scalar, traditionalToSimplified) else { continue }
            evasion[Int(value)] = UInt8(flags.rawValue)  // the table's flags all fit in the low byte
            if mapped.isEmpty {
                bmp[Int(value)] = Self.deleted
            } else if mapped.count == 1 {
                bmp[Int(value)] = mapped[0]
            } else {
                bmp[Int(value)] = Self.multiMarker | UInt32(multi.count)
                multi.append(mapped)
            }
        }
        // The uniform blocks change only by the traditional → simplified list: its few hundred pairs,
        // rather than a lookup for each of the blocks' 45,156 scalars.
        for (source, target) in traditionalToSimplified where source < 0x10000 && Self.uniformClass(of: source) != nil {
            bmp[Int(source)] = target
            evasion[Int(source)] = UInt8(Evasion.traditional.rawValue)
        }
        self.bmp = bmp
        self.bmpEvasion = evasion
        self.bmpClass = classes
        self.multi = multi
    }

    /// The class of every scalar in the large blocks whose scalars all classify alike and change only
    /// by the traditional → simplified list: CJK ideographs (Extension A and the unified block),
    /// Hangul syllables, the private use area. Nil elsewhere.
    ///
    /// Building the table asked Unicode's properties and NFKC about each of the 65,536 scalars, most of
    /// start-up's time; these blocks are two thirds of them. `NormaliserTests` checks every scalar of
    /// them against ``classify(_:)`` and ``mapping(of:_:)``.
    static func uniformClass(of value: UInt32) -> CharacterClass? {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: .ideograph
        case 0xAC00...0xD7A3, 0xE000...0xF8FF: []
        default: nil
        }
    }

    /// The mapping of a scalar beyond the BMP (rare: computed each time, not cached).
    func slowMapping(of value: UInt32) -> (scalars: [UInt32], evasion: Evasion) {
        if Self.isEmoji(value) { return ([value], []) }
        guard let scalar = Unicode.Scalar(value),
              let (mapped, flags) = Self.mapping(of: scalar, traditionalToSimplified)
        else { return ([value], []) }
        return (mapped, flags)
    }

    /// The class of a normalised character.
    @inline(__always)
    func characterClass(_ value: UInt32) -> CharacterClass {
        if value < 0x10000 { return CharacterClass(rawValue: bmpClass[Int(value)]) }
        if Self.isEmoji(value) { return .filler }
        return Unicode.Scalar(value).map(Self.classify) ?? []
    }

    /// Pictographs, emoji and their modifiers (U+1F000–U+1FAFF): the common characters beyond the BMP
    /// in listings, answered without a Unicode property lookup (they map to themselves and are symbols).
    @inline(__always)
    static func isEmoji(_ value: UInt32) -> Bool { (0x1F000...0x1FAFF).contains(value) }

    /// What a scalar becomes, or nil when it stays itself.
    static func mapping(of scalar: Unicode.Scalar, _ simplified: [UInt32: UInt32]) -> ([UInt32], Evasion)? {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return ([value + 0x20], [])
            case 0x09: return ([0x20], [])
            case 0x0D: return ([0x0A], [])
            default: return nil
            }
        }
        // Trademark, registered, copyright and service marks stay symbols: NFKC would turn ™ into
        // letters glued to the word before it, and the marks are what the trademark exception looks for.
        if [0x2122, 0x00AE, 0x00A9, 0x2120].contains(value) { return nil }
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint { return ([], .zeroWidth) }
        if let target = simplified[value] { return ([target], .traditional) }
        let latin = (0x00C0...0x024F).contains(value) || (0x1E00...0x1EFF).contains(value)
        guard properties.changesWhenNFKCCaseFolded || latin else { return nil }
        let text = String(Character(scalar))
        var mapped: [UInt32]
        if latin {
            mapped = text.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }.map(\.value)
        } else {
            mapped = text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.map(\.value)
        }
        mapped = mapped.map { simplified[$0] ?? $0 }
        if mapped == [value] { return nil }
        return (mapped, evasion(of: value, mapped: mapped, text: text))
    }

    /// Which evasion a mapping undoes, judged by where the source scalar lives.
    static func evasion(of value: UInt32, mapped: [UInt32], text: String) -> Evasion {
        switch value {
        case 0xFF01...0xFF5E, 0xFFE0...0xFFE6, 0x3000: return .fullWidth
        case 0x2460...0x24FF, 0x2776...0x2793, 0x3220...0x3229, 0x3251...0x325F, 0x3280...0x3289, 0x32B1...0x32BF:
            return .enclosedDigit
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            return text.lowercased().unicodeScalars.map(\.value) == mapped ? [] : .diacritics
        default:
            return text.lowercased().unicodeScalars.map(\.value) == mapped ? [] : .compatibility
        }
    }

    /// Sentence-ending marks after normalisation (full-width forms are already half-width).
    private static let sentenceBreaks: Set<UInt32> = [0x0A, 0x21, 0x3F, 0x3B, 0x3002, 0xFF61]
    /// Punctuation that separates clauses or marks quantities, and the trademark marks (® ™ © ℠, which
    /// the trademark exception looks for): never skipped as a filler.
    private static let notFillers: Set<UInt32> = [
        0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0x25, 0x3002, 0x3001, 0xFF61, 0xFF64, 0x2026, 0x0A,
        0x00AE, 0x2122, 0x00A9, 0x2120,
    ]

    static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return [.word, .digit]
            case 0x61...0x7A, 0x41...0x5A: return .word
            case 0x20: return [.space, .filler]
            case 0x0A: return [.space, .sentenceBreak]
            default: break
            }
        }
        let properties = scalar.properties
        var result: CharacterClass = []
        if sentenceBreaks.contains(value) { result.insert(.sentenceBreak) }
        if properties.isIdeographic {
            result.insert(.ideograph)
            return result
        }
        let kanaOrHangul = (0x3040...0x30FF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0x1100...0x11FF).contains(value)
        if !kanaOrHangul && (properties.isAlphabetic || properties.numericType == .decimal) {
            result.insert(.word)
            if properties.numericType == .decimal { result.insert(.digit) }
            return result
        }
        if notFillers.contains(value) { return result }
        switch properties.generalCategory {
        case .spaceSeparator, .dashPunctuation, .connectorPunctuation, .otherPunctuation, .mathSymbol,
             .modifierSymbol, .otherSymbol:
            result.insert(.filler)
        default:
            break
        }
        return result
    }
}
