import ListingLintCore

/// Microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa Lite (`typeof`/`property`) items met during
/// the page walk, resolved into what they say about the page's product.
struct HTMLItemScopes {
    /// One open item.
    struct Scope {
        var type: String
        /// The property this item is the value of in its parent item (`brand`, `additionalProperty`).
        var propertyName: String?
        var origin: AttributeOrigin
        var properties: [Property] = []
    }

    /// A property of an item; `location` is filled when its text is located.
    struct Property {
        var name: String
        var value: String
        var location: SourceLocation?
    }

    /// What the product items of a page state.
    struct ProductFacts {
        var name: (String, SourceLocation?)?
        var description: (String, SourceLocation?)?
        var category: String?
        var brand: String?
        var seller: String?
        var sku: String?
        var productID: String?
        var url: String?
        var attributes: [Attribute] = []
    }

    private(set) var open: [Scope] = []
    private(set) var facts = ProductFacts()

    var isEmpty: Bool { open.isEmpty }

    mutating func openScope(type: String, propertyName: String?, origin: AttributeOrigin) {
        open.append(Scope(type: type, propertyName: propertyName, origin: origin))
    }

    /// Adds a property to the innermost open item; returns its index there.
    mutating func addProperty(_ name: String, value: String, location: SourceLocation?) -> Int? {
        guard !open.isEmpty, !name.isEmpty else { return nil }
        open[open.count - 1].properties.append(Property(name: name, value: value, location: location))
        return open[open.count - 1].properties.count - 1
    }

    /// Sets the location of a property added without one (its text was located later in the walk).
    mutating func setLocation(_ location: SourceLocation, scope: Int, property: Int) {
        guard scope < open.count, property < open[scope].properties.count,
            open[scope].properties[property].location == nil
        else { return }
        open[scope].properties[property].location = location
    }

    /// Closes the innermost item: a nested item becomes a property of its parent, a product item's
    /// properties become the page's product facts.
    mutating func closeScope() {
        guard let scope = open.popLast() else { return }
        if let propertyName = scope.propertyName, !open.isEmpty {
            if let nested = Self.nestedValue(of: scope, as: propertyName) {
                open[open.count - 1].properties.append(nested)
            }
            return
        }
        guard Self.isProductType(scope.type) else { return }
        absorb(scope)
    }

    static func isProductType(_ type: String) -> Bool {
        let last =
            type.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" || $0 == " " }).last.map(String.init)
            ?? type
        return ["Product", "ProductModel", "IndividualProduct", "SomeProducts", "ProductGroup"].contains(last)
    }

    /// The local name of a property (`schema:material`, `http://schema.org/material` → `material`).
    static func localName(_ property: String) -> String {
        let first = property.split(separator: " ").first.map(String.init) ?? property
        return first.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? first
    }

    /// How a nested item reads as one property of its parent: a PropertyValue as its own name/value,
    /// a brand or seller by its name, a size or measurement by its value and unit.
    private static func nestedValue(of scope: Scope, as propertyName: String) -> Property? {
        func value(_ name: String) -> Property? { scope.properties.first { $0.name == name } }
        switch propertyName {
        case "additionalProperty", "additionalproperty":
            guard let name = value("name"), let propertyValue = value("value") ?? value("description") else {
                return nil
            }
            let unit = value("unitText").map { " " + $0.value } ?? ""
            return Property(name: name.value, value: propertyValue.value + unit, location: propertyValue.location)
        case "review", "reviews", "aggregateRating", "offers", "image", "video":
            return nil
        default:
            if let name = value("name") {
                return Property(name: propertyName, value: name.value, location: name.location)
            }
            if let measured = value("value") {
                let unit = value("unitText") ?? value("unitCode")
                return Property(
                    name: propertyName, value: measured.value + (unit.map { " " + $0.value } ?? ""),
                    location: measured.location)
            }
            return nil
        }
    }

    /// Properties that identify or describe the product rather than state one of its attributes.
    private static let nonAttributeProperties: Set<String> = [
        "name", "description", "image", "url", "offers", "review", "reviews", "aggregateRating", "sku", "productID",
        "gtin", "gtin8", "gtin12", "gtin13", "gtin14", "mpn", "logo", "identifier", "sameAs", "potentialAction",
    ]

    private mutating func absorb(_ scope: Scope) {
        for property in scope.properties {
            let location = property.location
            switch property.name {
            case "name":
                if facts.name == nil { facts.name = (property.value, location) }
            case "description":
                if facts.description == nil { facts.description = (property.value, location) }
            case "category":
                if facts.category == nil { facts.category = property.value }
            case "brand", "manufacturer":
                if facts.brand == nil { facts.brand = property.value }
            case "seller":
                if facts.seller == nil { facts.seller = property.value }
            case "sku":
                if facts.sku == nil { facts.sku = property.value }
            case "productID", "productid":
                if facts.productID == nil { facts.productID = property.value }
            case "url":
                if facts.url == nil { facts.url = property.value }
            default:
                break
            }
            guard !Self.nonAttributeProperties.contains(property.name), !property.value.isEmpty else { continue }
            facts.attributes.append(
                Attribute(
                    name: property.name,
                    value: property.value,
                    origin: scope.origin,
                    location: (location ?? SourceLocation()).with(field: "attribute:\(property.name)")
                ))
        }
    }
}
