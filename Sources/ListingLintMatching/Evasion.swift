/// The evasions the normaliser undoes, as flags on each normalised character.
///
/// Most describe how the character itself was written; `zeroWidth` and `spacedOut` describe what was
/// removed *before* it (so they count for a hit only when they fall inside it).
public struct Evasion: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Full-width Latin letters, digits and punctuation (`ＮＯ．１`, `１００％`).
    public static let fullWidth = Evasion(rawValue: 1 << 0)
    /// Traditional characters (`全網第一`, `頂級`).
    public static let traditional = Evasion(rawValue: 1 << 1)
    /// Other compatibility forms undone by NFKC (math letters `𝐛𝐞𝐬𝐭`, Kangxi radicals, CJK compatibility ideographs).
    public static let compatibility = Evasion(rawValue: 1 << 2)
    /// Circled, parenthesised or dingbat digits (`第①`, `❶`).
    public static let enclosedDigit = Evasion(rawValue: 1 << 3)
    /// A digit written for a Chinese numeral after 第 (`第1` read as `第一`).
    public static let digitForNumeral = Evasion(rawValue: 1 << 4)
    /// Accented Latin letters (`bést`).
    public static let diacritics = Evasion(rawValue: 1 << 5)
    /// Zero-width or other invisible characters removed before this character.
    public static let zeroWidth = Evasion(rawValue: 1 << 6)
    /// Spaces or symbols between CJK characters skipped before this character (`最 好`, `最*好`).
    public static let spacedOut = Evasion(rawValue: 1 << 7)
    /// Pinyin written for a character next to Chinese text (`zui好` read as `最好`).
    public static let pinyin = Evasion(rawValue: 1 << 8)

    /// The flags that describe a gap before a character rather than the character itself.
    static let gapFlags: Evasion = [.zeroWidth, .spacedOut]

    /// Names for people, in a fixed order: `spaces or symbols between characters, traditional characters`.
    public var names: [String] {
        let all: [(Evasion, String)] = [
            (.spacedOut, "spaces or symbols between characters"),
            (.zeroWidth, "zero-width characters"),
            (.traditional, "traditional characters"),
            (.fullWidth, "full-width forms"),
            (.enclosedDigit, "circled or enclosed digits"),
            (.digitForNumeral, "digit for a Chinese numeral"),
            (.pinyin, "pinyin for a character"),
            (.diacritics, "accented letters"),
            (.compatibility, "compatibility forms"),
        ]
        return all.filter { contains($0.0) }.map(\.1)
    }
}
