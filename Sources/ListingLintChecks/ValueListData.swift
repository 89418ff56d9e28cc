/// Value vocabularies as shipped in `Data/values.json` (schema: `schemas/values.schema.json`):
/// placeholders, marketing words, material names, fibre names, size labels and units.
public struct ValueListData: Codable, Sendable {
    /// A material family and the names (zh + en) that denote it.
    public struct Material: Codable, Sendable {
        public var canonical: String
        public var names: [String]
    }

    /// A fibre name GB/T 29862 or EU Regulation 1007/2011 does not accept, with the standard name.
    public struct NonStandardFibre: Codable, Sendable {
        public var term: String
        public var standard: String
        public var note: String
    }

    /// Shortest instructions that can instruct: CJK characters, or words for alphabetic text.
    public struct MinimumLength: Codable, Sendable {
        public var cjk: Int
        public var words: Int
    }

    public var version: Int
    public var placeholders: [String]
    public var marketingMaterialWords: [String]
    public var materials: [Material]
    public var nonStandardFibres: [NonStandardFibre]
    public var sizeLabels: [String]
    public var sizeSystemPrefixes: [String]
    public var units: [String]
    public var seeManualPhrases: [String]
    public var nonInstructionValues: [String]
    public var minimumInstructionLength: MinimumLength
    /// Patterns (ICU syntax) that show a manufacturer's postal or electronic address.
    public var manufacturerContactPatterns: [String]

    /// The vocabularies embedded in the binary.
    public static let embedded: ValueListData = EmbeddedJSON.decode(ValueListData.self, from: "values.json")
}
