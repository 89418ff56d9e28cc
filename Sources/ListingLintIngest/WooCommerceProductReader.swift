import ListingLintCore

/// WooCommerce REST API products (`GET /wp-json/wc/v3/products`, one object or an array).
///
/// Mapping: `name` → title; `description` and `short_description` (HTML) → description segments;
/// `categories[{name}]` → category (the first) and breadcrumbs (all, in order: WooCommerce has no
/// trail, but the names help the category classifier; entities such as `&amp;` decoded); `attributes[{name,
/// options}]` (or a variation's `{name, option}`) → attributes; `dimensions{length,width,height}` and
/// `weight` → attributes of those names (empty strings mean absent; WooCommerce gives no unit in the
/// product, the store setting holds it); `sku` → a `sku` attribute; `permalink` → url;
/// `tags[{name}]` → a `tags` attribute; image `alt` → `image-alt`.
enum WooCommerceProductReader {
    /// Keys only WooCommerce products carry together; two or more (with `name`) mark a product.
    static let markerKeys: Set<String> = [
        "permalink", "short_description", "regular_price", "sale_price", "stock_status", "dimensions",
        "catalog_visibility", "tax_status", "shipping_class", "date_created_gmt", "price_html",
    ]

    static func isProduct(_ object: JSONObject) -> Bool {
        object.contains("name") && object.members.filter { markerKeys.contains($0.key) }.count >= 2
    }

    static func read(_ product: JSONObject, at pointer: String, into builder: inout JSONListingBuilder) {
        func at(_ key: String) -> String { JSONPointer.appending(key, to: pointer) }
        let origin = AttributeOrigin.exportField

        builder.setTitle(product["name"]?.scalarText, pointer: at("name"))
        builder.addHTML(
            product["short_description"]?.stringValue, role: .description, pointer: at("short_description"),
            field: "short_description")
        builder.addHTML(
            product["description"]?.stringValue, role: .description, pointer: at("description"), field: "description")
        let categories = product["categories"]?.arrayValue ?? []
        for (index, category) in categories.enumerated() {
            builder.addBreadcrumb(
                category["name"]?.scalarText.map(JSONHTMLFragment.decodeEntities),
                pointer: JSONPointer.appending("name", to: JSONPointer.appending(index, to: at("categories"))))
        }
        if let first = categories.first?["name"]?.scalarText {
            builder.setCategory(JSONHTMLFragment.decodeEntities(first), pointer: at("categories") + "/0/name")
        }
        for (index, attribute) in (product["attributes"]?.arrayValue ?? []).enumerated() {
            let attributePointer = JSONPointer.appending(index, to: at("attributes"))
            guard let name = attribute["name"]?.scalarText else { continue }
            let valueKey = attribute["options"] != nil ? "options" : "option"
            builder.addAttribute(
                name: JSONHTMLFragment.decodeEntities(name),
                value: attribute[valueKey].flatMap(JSONListingFormat.attributeText).map(
                    JSONHTMLFragment.decodeEntities),
                origin: origin,
                pointer: JSONPointer.appending(valueKey, to: attributePointer)
            )
        }
        if let dimensions = product["dimensions"]?.objectValue {
            for key in ["length", "width", "height"] {
                builder.addAttribute(
                    name: key, value: dimensions[key]?.scalarText, origin: origin,
                    pointer: JSONPointer.appending(key, to: at("dimensions")))
            }
        }
        builder.addAttribute(
            name: "weight", value: product["weight"]?.scalarText, origin: origin, pointer: at("weight"))
        builder.addAttribute(name: "sku", value: product["sku"]?.scalarText, origin: origin, pointer: at("sku"))
        builder.setURL(product["permalink"]?.scalarText, pointer: at("permalink"))
        let tags = (product["tags"]?.arrayValue ?? []).compactMap { $0["name"]?.scalarText }
        if !tags.isEmpty {
            builder.addAttribute(name: "tags", value: tags.joined(separator: ", "), origin: origin, pointer: at("tags"))
        }
        for (index, image) in (product["images"]?.arrayValue ?? []).enumerated() {
            let imagePointer = JSONPointer.appending(index, to: at("images"))
            builder.addSegment(
                image["alt"]?.scalarText, role: .imageAlt, pointer: JSONPointer.appending("alt", to: imagePointer),
                field: "image-alt")
        }
    }
}
