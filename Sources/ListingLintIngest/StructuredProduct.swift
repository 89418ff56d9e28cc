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

    /// The schema.org type the node declared (`Product`, `ProductModel`, `IndividualProduct`, `ProductGroup`).
    var type: String = "Product"
    /// JSON pointer of the product node inside its JSON-LD value ("" for microdata and Open Graph).
    var pointer: String = ""
    /// Which value of its JSON-LD block the product is in (0-based), for blocks holding several
    /// values one after another; pointers are relative to that value.
    var valueIndex: Int = 0
    /// JSON pointers of the scalar fields, keyed `name`, `description`, `category`, `brand`, `seller`,
    /// `sku`, `url` (JSON-LD only).
    var fieldPointers: [String: String] = [:]
    /// JSON pointer of each entry of `properties`, same order (JSON-LD only; empty otherwise).
    var propertyPointers: [String] = []
    /// JSON pointer of each entry of `reviews`, same order (JSON-LD only; empty otherwise).
    var reviewPointers: [String] = []
    /// A `BreadcrumbList` found next to the product in the same JSON-LD value, outermost first.
    var breadcrumbs: [String] = []
    /// What the lenient JSON parser repaired in the block (`&quot;` quotes, trailing junk…), for people.
    var parseNotes: [String] = []

    static func == (lhs: StructuredProduct, rhs: StructuredProduct) -> Bool {
        lhs.name == rhs.name && lhs.description == rhs.description && lhs.sku == rhs.sku
            && lhs.properties.map(\.name) == rhs.properties.map(\.name)
            && lhs.properties.map(\.value) == rhs.properties.map(\.value)
            && lhs.reviews == rhs.reviews && lhs.type == rhs.type && lhs.pointer == rhs.pointer
            && lhs.category == rhs.category && lhs.brand == rhs.brand && lhs.seller == rhs.seller && lhs.url == rhs.url
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(sku)
    }

    mutating func addProperty(_ name: String, _ value: String?, pointer: String) {
        guard let value = value?.trimmingJSONWhitespace(), !value.isEmpty else { return }
        properties.append((name: name, value: value))
        propertyPointers.append(pointer)
    }
}

/// Finds schema.org `Product` (and `ProductModel`, `IndividualProduct`, `ProductGroup`) nodes in
/// JSON-LD, leniently: HTML-escaped quotes, comments, arrays, `@graph`, nodes nested in other nodes
/// (`mainEntity`, `itemOffered`), several values in one block, trailing junk.
///
/// Mapped: `name`, `description`, `category`, `brand`, `offers.seller` (first offer with one),
/// `sku` (else `productID`, `gtin*`, `mpn`), `url`; properties `material`, `size` (text,
/// `QuantitativeValue`, `SizeSpecification`), `width`/`height`/`depth`/`weight` (value with
/// `unitText` or `unitCode`), `color`, `additionalProperty[{name, value}]`, `hasMeasurement`; a
/// `ProductGroup` also takes what its `hasVariant` products state and it does not (sizes, colours);
/// `review[].reviewBody` → `reviews`. Rating objects (`aggregateRating`, `reviewRating`,
/// `bestRating`…) are never read as text.
enum JSONLDProducts {
    /// Product types read; other `@type`s are walked through, not read.
    static let productTypes: Set<String> = [
        "Product", "ProductModel", "IndividualProduct", "ProductGroup", "SomeProducts",
    ]

    /// Every product in one JSON-LD block (the text of a `<script type="application/ld+json">`).
    /// A block that does not parse even leniently gives no products.
    static func products(in text: String) -> [StructuredProduct] {
        let (documents, _) = JSONParser(mode: .lenient).parseAll(text)
        return documents.enumerated().flatMap { index, document in
            var found = products(in: document.value)
            let notes = document.notes.map { "\($0.message) at \($0.position.description)" }
            for slot in found.indices {
                found[slot].parseNotes = notes
                found[slot].valueIndex = index
            }
            return found
        }
    }

    /// Every product in a parsed JSON-LD value, pointers relative to `value`.
    static func products(in value: JSONValue) -> [StructuredProduct] {
        var found: [StructuredProduct] = []
        var breadcrumbs: [String] = []
        collect(value, pointer: "", products: &found, breadcrumbs: &breadcrumbs)
        if !breadcrumbs.isEmpty {
            for slot in found.indices where found[slot].breadcrumbs.isEmpty { found[slot].breadcrumbs = breadcrumbs }
        }
        return found
    }

    /// Whether a JSON value is schema.org JSON-LD (an `@context` naming schema.org, or a node typed
    /// as a product, at the top or in its first array element).
    static func isJSONLD(_ value: JSONValue) -> Bool {
        guard let object = value.objectValue ?? value[0]?.objectValue else { return false }
        if let context = object["@context"], mentionsSchemaOrg(context) { return true }
        if object.contains("@graph") { return true }
        return object["@type"].map(types(of:))?.contains(where: productTypes.contains) ?? false
    }

    /// `"https://schema.org"`, `["https://schema.org", {…}]`, `{"@vocab": "http://schema.org/"}`.
    private static func mentionsSchemaOrg(_ context: JSONValue) -> Bool {
        switch context {
        case .string(let text): text.lowercased().contains("schema.org")
        case .array(let elements): elements.contains { $0.stringValue?.lowercased().contains("schema.org") ?? false }
        case .object(let object):
            object.members.contains { $0.value.stringValue?.lowercased().contains("schema.org") ?? false }
        default: false
        }
    }

    private static func collect(
        _ value: JSONValue, pointer: String, products: inout [StructuredProduct], breadcrumbs: inout [String]
    ) {
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                collect(
                    element, pointer: JSONPointer.appending(index, to: pointer), products: &products,
                    breadcrumbs: &breadcrumbs)
            }
        case .object(let object):
            let nodeTypes = object["@type"].map(types(of:)) ?? []
            if let type = nodeTypes.first(where: productTypes.contains) {
                products.append(product(object, type: type, pointer: pointer))
                return
            }
            if nodeTypes.contains("BreadcrumbList"), breadcrumbs.isEmpty {
                breadcrumbs = trail(object)
                return
            }
            for member in object.members where !member.key.hasPrefix("@context") {
                collect(
                    member.value, pointer: JSONPointer.appending(member.key, to: pointer), products: &products,
                    breadcrumbs: &breadcrumbs)
            }
        default:
            break
        }
    }

    /// `@type` as bare type names: `"Product"`, `["Product", "Car"]`, `"http://schema.org/Product"`,
    /// `"schema:Product"` all give `Product`.
    static func types(of value: JSONValue) -> [String] {
        let raw = value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
        return raw.map { name in
            let trimmed = name.trimmingJSONWhitespace()
            if let cut = trimmed.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "#" }) {
                return String(trimmed[trimmed.index(after: cut)...])
            }
            return trimmed
        }
    }

    private static func product(_ node: JSONObject, type: String, pointer: String) -> StructuredProduct {
        func at(_ key: String) -> String { JSONPointer.appending(key, to: pointer) }
        var product = StructuredProduct(type: type, pointer: pointer)

        func set(_ keyPath: WritableKeyPath<StructuredProduct, String?>, _ field: String, from keys: [String]) {
            for key in keys {
                guard let (text, textPointer) = text(of: node[key], at: at(key)) else { continue }
                product[keyPath: keyPath] = text
                product.fieldPointers[field] = textPointer
                return
            }
        }
        set(\.name, "name", from: ["name"])
        set(\.description, "description", from: ["description"])
        set(\.category, "category", from: ["category"])
        set(\.brand, "brand", from: ["brand", "manufacturer"])
        set(\.sku, "sku", from: ["sku", "productID", "gtin", "gtin13", "gtin14", "gtin12", "gtin8", "mpn"])
        set(\.url, "url", from: ["url"])
        let offers = node["offers"].map { $0.arrayValue ?? [$0] } ?? []
        for (index, offer) in offers.enumerated() {
            let offerPointer =
                node["offers"]?.arrayValue == nil ? at("offers") : JSONPointer.appending(index, to: at("offers"))
            if let (seller, sellerPointer) = text(
                of: offer["seller"], at: JSONPointer.appending("seller", to: offerPointer))
            {
                product.seller = seller
                product.fieldPointers["seller"] = sellerPointer
                break
            }
        }
        for property in properties(of: node, at: pointer) {
            product.addProperty(property.name, property.value, pointer: property.pointer)
        }
        // A ProductGroup states what varies (size, colour…) on its variants: one property per
        // name, the variants' distinct values joined, located at the first variant stating it.
        let variants = node["hasVariant"].map { $0.arrayValue ?? [$0] } ?? []
        var variantValues: [(name: String, values: [String], pointer: String)] = []
        for (index, variant) in variants.enumerated() {
            guard let variantNode = variant.objectValue else { continue }
            let variantPointer =
                node["hasVariant"]?.arrayValue == nil
                ? at("hasVariant") : JSONPointer.appending(index, to: at("hasVariant"))
            for property in properties(of: variantNode, at: variantPointer) {
                if let slot = variantValues.firstIndex(where: { $0.name == property.name }) {
                    if !variantValues[slot].values.contains(property.value) {
                        variantValues[slot].values.append(property.value)
                    }
                } else {
                    variantValues.append((property.name, [property.value], property.pointer))
                }
            }
        }
        for entry in variantValues where !product.properties.contains(where: { $0.name == entry.name }) {
            product.addProperty(entry.name, entry.values.joined(separator: ", "), pointer: entry.pointer)
        }
        let reviews = node["review"] ?? node["reviews"]
        let reviewKey = node["review"] == nil ? "reviews" : "review"
        let reviewList = reviews.map { $0.arrayValue ?? [$0] } ?? []
        for (index, review) in reviewList.enumerated() {
            let reviewPointer =
                reviews?.arrayValue == nil ? at(reviewKey) : JSONPointer.appending(index, to: at(reviewKey))
            guard let body = review["reviewBody"]?.scalarText?.trimmingJSONWhitespace(), !body.isEmpty else {
                continue
            }
            product.reviews.append(body)
            product.reviewPointers.append(JSONPointer.appending("reviewBody", to: reviewPointer))
        }
        return product
    }

    /// The properties a product node states itself: the named schema.org properties, then
    /// `additionalProperty` and `hasMeasurement` entries.
    private static func properties(of node: JSONObject, at pointer: String) -> [(
        name: String, value: String, pointer: String
    )] {
        func at(_ key: String) -> String { JSONPointer.appending(key, to: pointer) }
        var found: [(name: String, value: String, pointer: String)] = []
        for key in ["material", "color", "pattern", "size", "width", "height", "depth", "weight"] {
            guard let value = node[key] else { continue }
            for (index, entry) in (value.arrayValue ?? [value]).enumerated() {
                let entryPointer = value.arrayValue == nil ? at(key) : JSONPointer.appending(index, to: at(key))
                if let text = quantityText(entry)?.trimmingJSONWhitespace(), !text.isEmpty {
                    found.append((key, text, entryPointer))
                }
            }
        }
        for key in ["additionalProperty", "hasMeasurement"] {
            guard let value = node[key] else { continue }
            for (index, entry) in (value.arrayValue ?? [value]).enumerated() {
                let entryPointer = value.arrayValue == nil ? at(key) : JSONPointer.appending(index, to: at(key))
                guard let entryObject = entry.objectValue else { continue }
                let name =
                    entryObject["name"]?.scalarText ?? entryObject["propertyID"]?.scalarText
                    ?? entryObject["measuredProperty"].flatMap { text(of: $0, at: "")?.text }
                    ?? (key == "hasMeasurement" ? "measurement" : nil)
                guard let name else { continue }
                if let text = quantityText(entry)?.trimmingJSONWhitespace(), !text.isEmpty {
                    found.append((name, text, JSONPointer.appending("value", to: entryPointer)))
                }
            }
        }
        return found
    }

    /// A name-like value as text: a string, a number, a node's `name`, or the first of an array.
    private static func text(of value: JSONValue?, at pointer: String) -> (text: String, pointer: String)? {
        switch value {
        case .string(let text)?:
            let trimmed = text.trimmingJSONWhitespace()
            return trimmed.isEmpty ? nil : (trimmed, pointer)
        case .number(let text)?:
            return (text, pointer)
        case .object(let object)?:
            return text(of: object["name"], at: JSONPointer.appending("name", to: pointer))
        case .array(let elements)?:
            let parts = elements.enumerated().compactMap { index, element in
                text(of: element, at: JSONPointer.appending(index, to: pointer))
            }
            guard let first = parts.first else { return nil }
            return (parts.map(\.text).joined(separator: ", "), first.pointer)
        default:
            return nil
        }
    }

    /// Text of a property value: plain text; a `QuantitativeValue` as `value unit` (or
    /// `min–max unit`); a `SizeSpecification` as its `name` (with `sizeSystem`); a
    /// `PropertyValue` as its `value` (with unit).
    static func quantityText(_ value: JSONValue) -> String? {
        switch value {
        case .string, .number, .bool:
            return value.scalarText
        case .object(let object):
            let unit = object["unitText"]?.scalarText ?? object["unitCode"]?.scalarText.map(unitSymbol)
            var amount = object["value"].flatMap { $0.scalarText ?? quantityText($0) }
            if amount == nil, let low = object["minValue"]?.scalarText, let high = object["maxValue"]?.scalarText {
                amount = "\(low)–\(high)"
            }
            if let amount {
                return unit.map { "\(amount) \($0)" } ?? amount
            }
            guard let name = object["name"]?.scalarText else { return nil }
            let system = object["sizeSystem"]?.scalarText.map(typeName)
            return system.map { "\(name) (\($0))" } ?? name
        case .array(let elements):
            let parts = elements.compactMap(quantityText)
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .null:
            return nil
        }
    }

    /// UN/CEFACT common codes schema.org uses in `unitCode`, as the symbols buyers read.
    private static let unitCodes: [String: String] = [
        "MMT": "mm", "CMT": "cm", "MTR": "m", "INH": "in", "FOT": "ft", "YRD": "yd", "GRM": "g", "KGM": "kg",
        "LBR": "lb", "ONZ": "oz", "MLT": "ml", "LTR": "l", "CMQ": "cm³", "MTQ": "m³", "FTQ": "ft³", "INQ": "in³",
        "MTK": "m²", "CMK": "cm²", "GLL": "gal", "WTT": "W", "VLT": "V", "AMP": "A", "MAH": "mAh",
    ]

    private static func unitSymbol(_ code: String) -> String { unitCodes[code.uppercased()] ?? code }

    private static func typeName(_ iri: String) -> String {
        guard let cut = iri.lastIndex(where: { $0 == "/" || $0 == "#" || $0 == ":" }) else { return iri }
        return String(iri[iri.index(after: cut)...])
    }

    private static func trail(_ list: JSONObject) -> [String] {
        let items = list["itemListElement"]?.arrayValue ?? []
        let ordered = items.sorted { ($0["position"]?.doubleValue ?? 0) < ($1["position"]?.doubleValue ?? 0) }
        return ordered.compactMap { item in
            (item["name"]?.scalarText ?? item["item"]?["name"]?.scalarText)?.trimmingJSONWhitespace()
        }.filter { !$0.isEmpty }
    }
}
