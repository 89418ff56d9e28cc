import ListingLintCore

/// Assembles one `Listing` from a JSON record, for every JSON dialect: each text and attribute gets
/// its JSON pointer and listing field, blank values are left out, and text longer than
/// `InputLimits.maxFieldScalars` is cut with an `input.limit.text` warning.
struct JSONListingBuilder {
    private(set) var listing: Listing
    private let limits: InputLimits
    /// The record's line for JSON Lines input (pointers are then relative to that line's value).
    private let line: Int?

    init(id: String, source: String, format: InputFormat, limits: InputLimits, line: Int?) {
        listing = Listing(id: id, source: source, format: format)
        self.limits = limits
        self.line = line
    }

    /// Where a value is: its pointer, the record's line (JSON Lines) and the listing field.
    /// Pointers are taken as autoclosures throughout, so absent values cost no string building.
    func location(_ pointer: String, field: String?) -> SourceLocation {
        SourceLocation(line: line, pointer: pointer, field: field)
    }

    mutating func setTitle(_ text: String?, pointer: @autoclosure () -> String) {
        guard let text = kept(text, pointer: pointer, field: "title") else { return }
        listing.title = TextSegment(text: text, role: .title, location: location(pointer(), field: "title"))
    }

    /// Adds seller text (or a review, by role) to the listing's segments.
    mutating func addSegment(_ text: String?, role: TextRole, pointer: @autoclosure () -> String, field: String) {
        guard let text = kept(text, pointer: pointer, field: field) else { return }
        listing.segments.append(TextSegment(text: text, role: role, location: location(pointer(), field: field)))
    }

    /// Adds an HTML fragment's visible text as a segment and its image alt text as `image-alt` segments.
    mutating func addHTML(_ html: String?, role: TextRole, pointer: @autoclosure () -> String, field: String) {
        guard let html else { return }
        guard JSONHTMLFragment.looksLikeHTML(html) else {
            addSegment(html, role: role, pointer: pointer(), field: field)
            return
        }
        let fragment = JSONHTMLFragment.text(from: html)
        addSegment(fragment.text, role: role, pointer: pointer(), field: field)
        for alt in fragment.imageAlts {
            addSegment(alt, role: .imageAlt, pointer: pointer(), field: "image-alt")
        }
    }

    mutating func addAttribute(
        name: String, value: String?, origin: AttributeOrigin, pointer: @autoclosure () -> String, field: String? = nil
    ) {
        let name = name.trimmingJSONWhitespace()
        let field = field ?? "attribute:\(name)"
        guard !name.isEmpty, let value = kept(value, pointer: pointer, field: field) else { return }
        listing.attributes.append(
            Attribute(name: name, value: value, origin: origin, location: location(pointer(), field: field)))
    }

    mutating func setCategory(_ text: String?, pointer: @autoclosure () -> String) {
        listing.category = kept(text, pointer: pointer, field: "category") ?? listing.category
    }

    mutating func setSeller(_ text: String?, pointer: @autoclosure () -> String) {
        listing.seller = kept(text, pointer: pointer, field: "seller") ?? listing.seller
    }

    mutating func setURL(_ text: String?, pointer: @autoclosure () -> String) {
        listing.url = kept(text, pointer: pointer, field: "url") ?? listing.url
    }

    mutating func setLocale(_ text: String?, pointer: @autoclosure () -> String) {
        listing.locale = kept(text, pointer: pointer, field: "locale") ?? listing.locale
    }

    mutating func addBreadcrumb(_ text: String?, pointer: @autoclosure () -> String) {
        guard let text = kept(text, pointer: pointer, field: "breadcrumb") else { return }
        listing.breadcrumbs.append(text)
    }

    mutating func addDiagnostic(_ finding: Finding) {
        listing.diagnostics.append(finding)
    }

    /// The text trimmed, nil when blank, cut to the scalar limit (with a warning) when too long.
    private mutating func kept(_ text: String?, pointer: () -> String, field: String) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingJSONWhitespace()
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.utf8.count > limits.maxFieldScalars, trimmed.unicodeScalars.count > limits.maxFieldScalars else {
            return trimmed
        }
        let scalarCount = trimmed.unicodeScalars.count
        listing.diagnostics.append(
            JSONReaderMessages.textTooLong(
                field: field, scalars: scalarCount, limit: limits.maxFieldScalars,
                location: location(pointer(), field: field)
            ))
        return String(String.UnicodeScalarView(trimmed.unicodeScalars.prefix(limits.maxFieldScalars)))
    }
}
