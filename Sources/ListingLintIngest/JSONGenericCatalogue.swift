import ListingLintCore

/// The last resort for catalogue JSON of no known dialect (a store's item API, a custom export):
/// records are found by shape and their fields by widely used key names, never by site.
///
/// Records: the value itself, the elements of an array, or the members of an object whose every
/// member is a record (a collection keyed by id, the key becoming the listing id) — each after
/// unwrapping a response envelope (`{"code": 0, "data": {…}}`: a `data`/`result`/`item`/`payload`
/// member next to nothing but status keys). A record needs a name at its top level (`title`,
/// `name`, `goods_name`, `product_name`…).
///
/// Fields: title from that name; description from `description`/`sub_title`/`subtitle`/`brief`/
/// `summary` strings at the top level or one object down; attributes from every name/value pair
/// object inside the record (`{name|attribute|label|spec_name…: …, value|values|attr_value: …}`,
/// up to eight levels down), skipping reviews and ratings. Each listing carries an info finding
/// saying it was read generically, so nobody mistakes it for a known export format.
enum JSONGenericCatalogue {
    static let envelopeKeys = ["data", "result", "item", "payload"]
    static let statusKeys: Set<String> = [
        "code", "status", "msg", "message", "success", "errno", "errmsg", "error", "ret", "request_id", "requestId",
    ]
    static let titleKeys = [
        "title", "name", "goods_name", "product_name", "productName", "item_name", "itemName", "goodsName",
    ]
    static let descriptionKeys = ["description", "sub_title", "subtitle", "subTitle", "brief", "summary", "intro"]
    static let pairNameKeys = [
        "name", "attribute", "attr_name", "attrName", "key", "label", "spec_name", "specName", "specification",
    ]
    static let pairValueKeys = ["value", "values", "attr_value", "attrValue", "spec_value", "specValue"]
    /// Branches never searched for attributes: shoppers' words and scores, not the seller's facts.
    static let skippedKeys: Set<String> = [
        "review", "reviews", "comments", "comment", "rating", "ratings", "aggregateRating", "evaluations",
    ]
    /// How far below a record attributes are searched.
    static let maxSearchDepth = 8

    struct Record {
        var object: JSONObject
        var pointer: String
        /// The key of a keyed collection, used as the listing id.
        var key: String?
    }

    /// The records in `value`, or none when it has no generic catalogue shape either.
    static func records(in value: JSONValue) -> [Record] {
        let (unwrapped, pointer) = unwrap(value, at: JSONPointer.root)
        switch unwrapped {
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                let (inner, innerPointer) = unwrap(element, at: JSONPointer.appending(index, to: pointer))
                guard let object = inner.objectValue, isRecord(object) else { return nil }
                return Record(object: object, pointer: innerPointer, key: nil)
            }
        case .object(let object):
            if isRecord(object) { return [Record(object: object, pointer: pointer, key: nil)] }
            guard object.members.count >= 2 else { return [] }
            var found: [Record] = []
            for member in object.members {
                let (inner, innerPointer) = unwrap(member.value, at: JSONPointer.appending(member.key, to: pointer))
                guard let record = inner.objectValue, isRecord(record) else { return [] }
                found.append(Record(object: record, pointer: innerPointer, key: member.key))
            }
            return found
        default:
            return []
        }
    }

    static func isRecord(_ object: JSONObject) -> Bool {
        titleKeys.contains { object[$0]?.stringValue.map { !$0.trimmingJSONWhitespace().isEmpty } ?? false }
    }

    /// `{"code": 0, "data": X}` → X (repeatedly); anything else unchanged.
    private static func unwrap(_ value: JSONValue, at pointer: String) -> (JSONValue, String) {
        var current = value
        var currentPointer = pointer
        for _ in 0..<4 {
            guard let object = current.objectValue,
                let key = envelopeKeys.first(where: { object[$0]?.objectValue != nil || object[$0]?.arrayValue != nil }
                ),
                object.members.allSatisfy({ $0.key == key || statusKeys.contains($0.key) })
            else { break }
            current = object[key] ?? .null
            currentPointer = JSONPointer.appending(key, to: currentPointer)
        }
        return (current, currentPointer)
    }

    static func read(_ record: Record, into builder: inout JSONListingBuilder) {
        let object = record.object
        let pointer = record.pointer
        var titlePointer = pointer
        if let key = titleKeys.first(where: { object[$0]?.stringValue != nil }) {
            titlePointer = JSONPointer.appending(key, to: pointer)
            builder.setTitle(object[key]?.stringValue, pointer: titlePointer)
        }
        for (description, descriptionPointer) in descriptions(in: object, at: pointer) {
            builder.addSegment(description, role: .description, pointer: descriptionPointer, field: "description")
        }
        if let category = object["category"] ?? object["category_name"] {
            builder.setCategory(
                category.scalarText ?? category["name"]?.scalarText,
                pointer: JSONPointer.appending("category", to: pointer))
        }
        var pairs = 0
        collectPairs(in: .object(object), at: pointer, depth: 0, isRecord: true) { name, value, valuePointer in
            pairs += 1
            builder.addAttribute(name: name, value: value, origin: .exportField, pointer: valuePointer)
        }
        builder.addDiagnostic(JSONReaderMessages.readGenerically(titlePointer: titlePointer, pairs: pairs))
    }

    private static func descriptions(in object: JSONObject, at pointer: String) -> [(String, String)] {
        var found: [(String, String)] = []
        for key in descriptionKeys {
            if let text = object[key]?.stringValue { found.append((text, JSONPointer.appending(key, to: pointer))) }
        }
        for member in object.members where !skippedKeys.contains(member.key) {
            guard let child = member.value.objectValue else { continue }
            for key in descriptionKeys {
                if let text = child[key]?.stringValue {
                    found.append((text, JSONPointer.appending(key, to: JSONPointer.appending(member.key, to: pointer))))
                }
            }
        }
        return found
    }

    private static func collectPairs(
        in value: JSONValue,
        at pointer: String,
        depth: Int,
        isRecord: Bool,
        _ emit: (String, String?, String) -> Void
    ) {
        guard depth <= maxSearchDepth else { return }
        switch value {
        case .object(let object):
            if !isRecord,
                let nameKey = pairNameKeys.first(where: { object[$0]?.stringValue != nil }),
                let name = object[nameKey]?.stringValue,
                let valueKey = pairValueKeys.first(where: { key in object[key].map(isPairValue) ?? false })
            {
                emit(
                    name, object[valueKey].flatMap(JSONListingFormat.attributeText),
                    JSONPointer.appending(valueKey, to: pointer))
                return
            }
            for member in object.members where !skippedKeys.contains(member.key) {
                collectPairs(
                    in: member.value, at: JSONPointer.appending(member.key, to: pointer), depth: depth + 1,
                    isRecord: false, emit)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                collectPairs(
                    in: element, at: JSONPointer.appending(index, to: pointer), depth: depth + 1, isRecord: false, emit)
            }
        default:
            return
        }
    }

    /// A pair's value: a scalar, or a list of scalars.
    private static func isPairValue(_ value: JSONValue) -> Bool {
        switch value {
        case .string, .number, .bool: true
        case .array(let elements): !elements.isEmpty && elements.allSatisfy { $0.scalarText != nil }
        case .null, .object: false
        }
    }
}
