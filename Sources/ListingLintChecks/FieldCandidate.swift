import ListingLintCore

/// One place a listing states (or seems to state) a field, before its value is judged.
struct FieldCandidate: Sendable {
    /// Where a buyer can see the value.
    enum Visibility: Sendable {
        /// In the page text or its structured data shown to buyers.
        case visible
        /// Only as a word in the title: present, but weak.
        case titleOnly
        /// Only in image alt text: the information is inside images.
        case imageOnly
        /// Only in embedded script JSON or data attributes.
        case scriptOnly
    }

    /// How the value was found, from most to least explicit.
    enum Method: Sendable {
        /// A name/value attribute (spec table, structured data, export field).
        case attribute
        /// Text under a heading naming the field.
        case section
        /// A `Name: value` line in running text.
        case labelLine
        /// A phrase that states the field without a label (`made of 100% cotton`).
        case freeText

        /// Whether the listing itself labels the value as this field (so a bad value is the seller's answer).
        var isLabelled: Bool { self != .freeText }
    }

    var field: FieldName
    var value: String
    var location: SourceLocation?
    var visibility: Visibility
    var method: Method
    /// The label it was found under (`材质`, `section 使用说明`), if any.
    var label: String?
    /// `attribute 材质 (spec-table)`, `free text (description)`: reported as `FieldReport.source`.
    var source: String
    var confidence: Double
    /// Whether the label names the field as a whole (its values are compared for consistency).
    var isGeneric: Bool
}
