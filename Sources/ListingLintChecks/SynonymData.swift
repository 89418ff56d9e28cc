public import ListingLintCore

/// Field-name synonyms and free-text patterns as shipped in `Data/synonyms.json`
/// (schema: `schemas/synonyms.schema.json`).
public struct SynonymData: Codable, Sendable {
    /// Names per language.
    public struct Names: Codable, Sendable {
        public var zh: [String]
        public var en: [String]
        public var all: [String] { zh + en }
    }

    /// A regular expression (ICU syntax) that finds a field stated in running text. The named group
    /// `value` (or the whole match) is the value.
    public struct TextPattern: Codable, Sendable {
        public var pattern: String
        /// Trigger words: the pattern only runs on a text containing one of them (ASCII case-folded).
        /// Each must be a necessary part of any match.
        public var anyOf: [String]?
        /// A trigger word that starts with an ASCII letter counts only at the start of a word (`full`
        /// in `full-grain`, not in `carefully`): the pattern puts a word boundary, a space or a digit
        /// before each of them.
        public var wordStart: Bool?
        /// The pattern only runs on a text containing a digit.
        public var needsDigit: Bool?
        /// The value must name a recognisable material (`values.json` `materials`).
        public var needsMaterial: Bool?
        /// The value must carry a unit of measure.
        public var needsUnit: Bool?
    }

    /// How one field is named and stated.
    public struct FieldSynonyms: Codable, Sendable {
        public var names: Names
        /// Names that label the field as a whole (not a part such as lining or sole); only values under
        /// these names are compared for consistency.
        public var genericNames: [String]
        public var textPatterns: [TextPattern]
    }

    public var version: Int
    /// Names that are never a field even when they contain a synonym (包装尺寸 is not the product's size).
    public var excludedNames: [String]
    public var fields: [FieldName: FieldSynonyms]

    /// The synonyms embedded in the binary.
    public static let embedded: SynonymData = EmbeddedJSON.decode(SynonymData.self, from: "synonyms.json")
}
