import ListingLintCore

/// schema.org `Product` JSON-LD files (`.jsonld`, or JSON whose `@context` names schema.org): each
/// product node (`JSONLDProducts`) becomes one listing.
///
/// Mapping: `name` → title; `description` → description; `category` → category; a sibling
/// `BreadcrumbList` → breadcrumbs; `offers.seller` → seller (a brand is not a seller); `brand` →
/// a `brand` attribute; properties (`material`, `size`, `width`, additionalProperty names…) → `json-ld`
/// attributes; `review[].reviewBody` → `review` segments (shown, never judged as the seller's text).
enum SchemaOrgProductReader {
    /// Fills `builder` from one product found at `base` (the pointer of the value it was found in).
    static func read(_ product: StructuredProduct, base: String, into builder: inout JSONListingBuilder) {
        func pointer(_ field: String) -> String { base + (product.fieldPointers[field] ?? product.pointer) }
        builder.setTitle(product.name, pointer: pointer("name"))
        builder.addSegment(
            product.description, role: .description, pointer: pointer("description"), field: "description")
        builder.setCategory(product.category, pointer: pointer("category"))
        for crumb in product.breadcrumbs { builder.addBreadcrumb(crumb, pointer: base + product.pointer) }
        builder.setSeller(product.seller, pointer: pointer("seller"))
        builder.addAttribute(name: "brand", value: product.brand, origin: .jsonLD, pointer: pointer("brand"))
        builder.setURL(product.url, pointer: pointer("url"))
        for (index, property) in product.properties.enumerated() {
            let propertyPointer =
                product.propertyPointers.indices.contains(index) ? product.propertyPointers[index] : product.pointer
            builder.addAttribute(
                name: property.name, value: property.value, origin: .jsonLD, pointer: base + propertyPointer)
        }
        for (index, review) in product.reviews.enumerated() {
            let reviewPointer =
                product.reviewPointers.indices.contains(index) ? product.reviewPointers[index] : product.pointer
            builder.addSegment(review, role: .review, pointer: base + reviewPointer, field: "review")
        }
    }
}
