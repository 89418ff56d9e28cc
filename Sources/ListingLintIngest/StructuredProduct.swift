import ListingLintCore

/// What a page's structured data (JSON-LD, microdata, RDFa, Open Graph) says about its product,
/// before the readers turn it into a `Listing`. Shared by the HTML reader (blocks inside a page)
/// and the JSON reader (schema.org JSON-LD files).
struct StructuredProduct: Sendable, Hashable {
    var name: String?
    var description: String?
    var category: String?
    var brand: String?
    var seller: String?
    var sku: String?
    var url: String?
    /// Named properties (`material`, `size`, `color`, `width`, additionalProperty name/value…).
    var properties: [(name: String, value: String)] = []
    /// Review bodies: shoppers' words, never the seller's claims.
    var reviews: [String] = []

    static func == (lhs: StructuredProduct, rhs: StructuredProduct) -> Bool {
        lhs.name == rhs.name && lhs.description == rhs.description && lhs.sku == rhs.sku
            && lhs.properties.map(\.name) == rhs.properties.map(\.name) && lhs.properties.map(\.value) == rhs.properties.map(\.value)
            && lhs.reviews == rhs.reviews
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(sku)
    }
}

/// Finds schema.org `Product` (and `ProductModel`, `IndividualProduct`) nodes in JSON-LD text,
/// leniently: HTML-escaped quotes, comments, arrays, `@graph`, trailing junk.
enum JSONLDProducts {
    /// (Skeleton: the JSON reader work implements it; the HTML reader calls it for each
    /// `<script type="application/ld+json">` block.)
    static func products(in text: String) -> [StructuredProduct] { [] }
}
