/// One product listing as the readers understood it: the seller's text with where each piece came
/// from, the attribute pairs, and what is known about category, seller and locale.
///
/// Readers fill it; checks only read it. Nothing in it points back into a parser.
public struct Listing: Sendable, Hashable {
    /// The listing's id: from the input if it has one, otherwise derived from the file (and index).
    public var id: String
    /// The input file path as given (`-` for standard input).
    public var source: String
    /// Which reader produced it.
    public var format: InputFormat
    public var title: TextSegment?
    /// Explicit category from the input (`category`, `product_type`, schema.org `category`).
    public var category: String?
    /// Breadcrumb trail, outermost first.
    public var breadcrumbs: [String]
    public var seller: String?
    /// BCP 47 locale when the input says (`zh-CN`, `en`).
    public var locale: String?
    public var url: String?
    /// Name/value pairs: spec tables, JSON attributes, structured data properties.
    public var attributes: [Attribute]
    /// The seller's own text, in reading order: title, description, bullets, sections, alt text…
    public var segments: [TextSegment]
    /// Text the buyer cannot read: embedded script JSON, data attributes. Not advertising copy.
    public var hiddenText: [TextSegment]
    /// Things the reader noticed about the input itself (charset mismatch, recovered JSON).
    public var diagnostics: [Finding]

    public init(
        id: String,
        source: String,
        format: InputFormat,
        title: TextSegment? = nil,
        category: String? = nil,
        breadcrumbs: [String] = [],
        seller: String? = nil,
        locale: String? = nil,
        url: String? = nil,
        attributes: [Attribute] = [],
        segments: [TextSegment] = [],
        hiddenText: [TextSegment] = [],
        diagnostics: [Finding] = []
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.title = title
        self.category = category
        self.breadcrumbs = breadcrumbs
        self.seller = seller
        self.locale = locale
        self.url = url
        self.attributes = attributes
        self.segments = segments
        self.hiddenText = hiddenText
        self.diagnostics = diagnostics
    }
}

/// A run of text with its role on the page and where it starts in the source.
public struct TextSegment: Sendable, Hashable {
    public var text: String
    public var role: TextRole
    /// Where the first character of `text` is. For HTML, a character at offset *k* of `text` is
    /// located by advancing from here through `text` itself (entities make this approximate).
    public var location: SourceLocation

    public init(text: String, role: TextRole, location: SourceLocation) {
        self.text = text
        self.role = role
        self.location = location
    }
}

/// What part of the listing a text segment is. Checks scope themselves by role: titles are held
/// to stricter claim rules, spec values are not advertising copy, reviews are not the seller's words.
public enum TextRole: String, Codable, Sendable, Hashable, CaseIterable {
    case title
    case description
    case bullet
    /// Text under a heading such as 使用说明 or Care instructions.
    case section
    /// The value half of a name/value pair.
    case specValue = "spec-value"
    /// The name half of a name/value pair.
    case specName = "spec-name"
    case imageAlt = "image-alt"
    case breadcrumb
    /// Shopper reviews and Q&A: shown for information, never the seller's claim.
    case review
    /// Site navigation, footers, cookie banners: the platform's words, not this listing's.
    case boilerplate
    /// Anything else the seller wrote.
    case other
}

/// A name/value pair as the input states it, e.g. 材质 → 100%棉 or Material → Walnut.
public struct Attribute: Sendable, Hashable {
    public var name: String
    public var value: String
    /// Where the pair came from: its origin decides how much a check trusts it.
    public var origin: AttributeOrigin
    /// Where the value is.
    public var location: SourceLocation

    public init(name: String, value: String, origin: AttributeOrigin, location: SourceLocation) {
        self.name = name
        self.value = value
        self.origin = origin
        self.location = location
    }
}

/// The markup or export structure an attribute was read from.
public enum AttributeOrigin: String, Codable, Sendable, Hashable {
    case jsonLD = "json-ld"
    case microdata
    case rdfa
    case openGraph = "open-graph"
    case specTable = "spec-table"
    /// A `【材质】…` or `Material: …` line in running text.
    case labelLine = "label-line"
    /// An attribute of a JSON export (our format, Shopify options, WooCommerce attributes…).
    case exportField = "export-field"
    /// Only in an embedded script's JSON: not visible to the buyer.
    case hiddenScript = "hidden-script"
}

/// Which input format a listing came from.
public enum InputFormat: String, Codable, Sendable, Hashable, CaseIterable {
    case html
    /// ListingLint's own listing JSON (`schemas/listing.schema.json`): object, array or JSON Lines.
    case listingJSON = "listing-json"
    case shopify
    case woocommerce
    case jsonLD = "json-ld"
}
