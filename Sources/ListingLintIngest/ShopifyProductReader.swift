import ListingLintCore

/// Shopify product JSON: the Admin/Storefront `{"product": {…}}` and `{"products": […]}` shapes and
/// the Sales Channel `{"product_listings": […]}` shape, plus a bare product object.
///
/// Mapping: `title` → title; `body_html` → description (tags stripped, entities decoded; image alt
/// text kept as `image-alt`); `product_type` → category; `vendor` → a `brand` attribute (Shopify's
/// vendor is the maker or brand; the shop selling it is not in a product export, so seller stays
/// unset); `tags` → a `tags` attribute; each option
/// (`{name: "Size", values: […]}`) → an attribute named after the option whose value is its labels
/// joined by `, ` (field `option:<name>`; Shopify's placeholder option `Title: Default Title` is
/// skipped); the first variant weight above zero → `weight`; metafields → attributes named by `key`.
/// Missing fields are simply absent: the checks report what is missing.
enum ShopifyProductReader {
    /// Top-level keys that hold products, in the order they are tried.
    static let containerKeys = ["product", "products", "product_listing", "product_listings"]

    /// Whether a bare object is a Shopify product (`body_html`, or `handle` with `variants`).
    static func isProduct(_ object: JSONObject) -> Bool {
        object.contains("body_html")
            || (object.contains("handle") && (object.contains("variants") || object.contains("vendor")))
    }

    static func read(_ product: JSONObject, at pointer: String, into builder: inout JSONListingBuilder) {
        func at(_ key: String) -> String { JSONPointer.appending(key, to: pointer) }
        let origin = AttributeOrigin.exportField

        builder.setTitle(product["title"]?.scalarText, pointer: at("title"))
        builder.addHTML(
            product["body_html"]?.stringValue, role: .description, pointer: at("body_html"), field: "description")
        builder.setCategory(product["product_type"]?.scalarText, pointer: at("product_type"))
        builder.addAttribute(name: "brand", value: product["vendor"]?.scalarText, origin: origin, pointer: at("vendor"))
        builder.setURL(
            product["online_store_url"]?.scalarText ?? product["url"]?.scalarText, pointer: at("online_store_url"))
        switch product["tags"] {
        case .string(let tags)?:
            builder.addAttribute(name: "tags", value: tags, origin: origin, pointer: at("tags"))
        case .array(let tags)?:
            builder.addAttribute(
                name: "tags", value: JSONListingFormat.attributeText(.array(tags)), origin: origin, pointer: at("tags"))
        default:
            break
        }
        for (index, option) in (product["options"]?.arrayValue ?? []).enumerated() {
            guard let name = option["name"]?.scalarText else { continue }
            let values = (option["values"]?.arrayValue ?? []).compactMap(\.scalarText)
            if name == "Title" && values == ["Default Title"] { continue }
            builder.addAttribute(
                name: name,
                value: values.joined(separator: ", "),
                origin: origin,
                pointer: JSONPointer.appending("values", to: JSONPointer.appending(index, to: at("options"))),
                field: "option:\(name)"
            )
        }
        for (index, variant) in (product["variants"]?.arrayValue ?? []).enumerated() {
            guard let weight = variant["weight"]?.doubleValue, weight > 0, weight.isFinite,
                let text = variant["weight"]?.scalarText
            else { continue }
            let unit = variant["weight_unit"]?.scalarText ?? ""
            let variantPointer = JSONPointer.appending(index, to: at("variants"))
            builder.addAttribute(
                name: "weight",
                value: unit.isEmpty ? text : "\(text) \(unit)",
                origin: origin,
                pointer: JSONPointer.appending("weight", to: variantPointer)
            )
            break
        }
        for (index, metafield) in (product["metafields"]?.arrayValue ?? []).enumerated() {
            guard let key = metafield["key"]?.scalarText, let value = metafield["value"] else { continue }
            let metafieldPointer = JSONPointer.appending(index, to: at("metafields"))
            let text =
                value.stringValue.map { JSONHTMLFragment.looksLikeHTML($0) ? JSONHTMLFragment.text(from: $0).text : $0 }
                ?? JSONListingFormat.attributeText(value)
            builder.addAttribute(
                name: key, value: text, origin: origin, pointer: JSONPointer.appending("value", to: metafieldPointer))
        }
        for (index, image) in (product["images"]?.arrayValue ?? []).enumerated() {
            let imagePointer = JSONPointer.appending(index, to: at("images"))
            builder.addSegment(
                image["alt"]?.scalarText, role: .imageAlt, pointer: JSONPointer.appending("alt", to: imagePointer),
                field: "image-alt")
        }
    }

    /// The id Shopify gives the product: `id`, `product_id`, then `handle`.
    static func id(of product: JSONObject) -> String? {
        product["id"]?.scalarText ?? product["product_id"]?.scalarText ?? product["handle"]?.scalarText
    }
}
