import ListingLintCore

/// ListingLint's own listing JSON (`schemas/listing.schema.json`): one object per listing.
///
/// Canonical keys: `id`, `title`, `description`, `bullets`, `attributes` (an object name → value, or
/// an array of `{name, value}`), `category`, `breadcrumbs`, `seller`, `locale`, `url`, `images`
/// (`[{url, alt}]`), `reviews`, `sections` (`[{heading, text}]`). Read leniently, the reader also
/// takes the spellings common catalogue exports use: `name` for `title`; `body`, `summary`, `brief`
/// or an HTML `description_html`/`detail_html` for `description`; `specifications` as more
/// attributes; attribute entries keyed `attribute`, `key`, `label` or `specification` with `value`,
/// `values` or `options`. Unknown keys are ignored.
enum JSONListingFormat {
    /// Keys whose presence marks an object as a listing of this format.
    static let markerKeys: Set<String> = ["title", "name", "description", "bullets", "attributes", "sections"]

    static func isListing(_ object: JSONObject) -> Bool {
        object.members.contains { markerKeys.contains($0.key) && $0.value != .null }
    }

    /// Fills `builder` from a listing object at `pointer`.
    static func read(_ object: JSONObject, at pointer: String, into builder: inout JSONListingBuilder) {
        func at(_ key: String) -> String { JSONPointer.appending(key, to: pointer) }
        let origin = AttributeOrigin.exportField

        if let title = object["title"]?.scalarText {
            builder.setTitle(title, pointer: at("title"))
        } else {
            builder.setTitle(object["name"]?.scalarText, pointer: at("name"))
        }
        for key in ["description", "body", "summary", "brief"] {
            builder.addSegment(object[key]?.scalarText, role: .description, pointer: at(key), field: "description")
        }
        for key in ["description_html", "detail_html", "body_html"] {
            builder.addHTML(object[key]?.stringValue, role: .description, pointer: at(key), field: "description")
        }
        for key in ["bullets", "bullet_points", "features", "highlights"] {
            for (index, bullet) in (object[key]?.arrayValue ?? []).enumerated() {
                builder.addSegment(
                    bullet.scalarText, role: .bullet, pointer: JSONPointer.appending(index, to: at(key)),
                    field: "bullet")
            }
        }
        for key in ["attributes", "specifications", "specs"] {
            if let value = object[key] { readAttributes(value, at: at(key), origin: origin, into: &builder) }
        }
        switch object["category"] {
        case .array(let trail)?:
            for (index, crumb) in trail.enumerated() {
                builder.addBreadcrumb(crumb.scalarText, pointer: JSONPointer.appending(index, to: at("category")))
            }
            builder.setCategory(trail.last?.scalarText, pointer: at("category"))
        case let value?:
            builder.setCategory(value.scalarText ?? value["name"]?.scalarText, pointer: at("category"))
        case nil:
            break
        }
        for (index, crumb) in (object["breadcrumbs"]?.arrayValue ?? []).enumerated() {
            let text = crumb.scalarText ?? crumb["name"]?.scalarText
            builder.addBreadcrumb(text, pointer: JSONPointer.appending(index, to: at("breadcrumbs")))
        }
        let seller = object["seller"]
        builder.setSeller(seller?.scalarText ?? seller?["name"]?.scalarText, pointer: at("seller"))
        builder.setLocale(object["locale"]?.scalarText ?? object["language"]?.scalarText, pointer: at("locale"))
        builder.setURL(object["url"]?.scalarText, pointer: at("url"))
        for (index, image) in (object["images"]?.arrayValue ?? []).enumerated() {
            let imagePointer = JSONPointer.appending(index, to: at("images"))
            builder.addSegment(
                image["alt"]?.scalarText, role: .imageAlt, pointer: JSONPointer.appending("alt", to: imagePointer),
                field: "image-alt")
        }
        for (index, review) in (object["reviews"]?.arrayValue ?? []).enumerated() {
            let reviewPointer = JSONPointer.appending(index, to: at("reviews"))
            if let text = review.scalarText {
                builder.addSegment(text, role: .review, pointer: reviewPointer, field: "review")
            } else {
                for key in ["text", "body", "reviewBody"] {
                    builder.addSegment(
                        review[key]?.scalarText, role: .review, pointer: JSONPointer.appending(key, to: reviewPointer),
                        field: "review")
                }
            }
        }
        for (index, section) in (object["sections"]?.arrayValue ?? []).enumerated() {
            let sectionPointer = JSONPointer.appending(index, to: at("sections"))
            let heading = section["heading"]?.scalarText?.trimmingJSONWhitespace() ?? ""
            let field = heading.isEmpty ? "section" : "section:\(heading)"
            builder.addSegment(
                section["text"]?.scalarText, role: .section, pointer: JSONPointer.appending("text", to: sectionPointer),
                field: field)
        }
    }

    /// Reads `attributes` in either shape: `{"材质": "棉"}` or `[{"name": "材质", "value": "棉"}]`.
    static func readAttributes(
        _ value: JSONValue, at pointer: String, origin: AttributeOrigin, into builder: inout JSONListingBuilder
    ) {
        switch value {
        case .object(let object):
            for member in object.members {
                builder.addAttribute(
                    name: member.key,
                    value: attributeText(member.value),
                    origin: origin,
                    pointer: JSONPointer.appending(member.key, to: pointer)
                )
            }
        case .array(let entries):
            for (index, entry) in entries.enumerated() {
                let entryPointer = JSONPointer.appending(index, to: pointer)
                guard let entryObject = entry.objectValue else { continue }
                guard
                    let nameKey = ["name", "attribute", "key", "label", "specification"].first(where: {
                        entryObject[$0]?.scalarText != nil
                    }),
                    let name = entryObject[nameKey]?.scalarText,
                    let valueKey = ["value", "values", "options", "option"].first(where: { entryObject.contains($0) })
                else { continue }
                builder.addAttribute(
                    name: name,
                    value: attributeText(entryObject[valueKey] ?? .null),
                    origin: origin,
                    pointer: JSONPointer.appending(valueKey, to: entryPointer)
                )
            }
        default:
            break
        }
    }

    /// A value as attribute text: scalars as written, lists of scalars joined by `, `,
    /// `{value, unit}` as `value unit`.
    static func attributeText(_ value: JSONValue) -> String? {
        switch value {
        case .string, .number, .bool:
            return value.scalarText
        case .array(let elements):
            let parts = elements.compactMap { attributeText($0) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .object(let object):
            guard let number = object["value"]?.scalarText else { return object["name"]?.scalarText }
            let unit = object["unit"]?.scalarText ?? object["unitText"]?.scalarText ?? object["unitCode"]?.scalarText
            return unit.map { "\(number) \($0)" } ?? number
        case .null:
            return nil
        }
    }
}
