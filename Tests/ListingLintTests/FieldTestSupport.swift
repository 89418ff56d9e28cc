import ListingLintChecks
import ListingLintCore

/// A listing written in a test: only the parts an example needs.
struct ListingSketch: Sendable {
    var title: String?
    /// Spec-table (or other origin) attributes, name → value.
    var attributes: [AttributeSketch] = []
    var description: String?
    /// Sections under headings: heading → text.
    var sections: [SectionSketch] = []
    var imageAlt: String?
    var hiddenText: String?
    var category: String?
    var breadcrumbs: [String] = []

    struct AttributeSketch: Sendable {
        var name: String
        var value: String
        var origin: AttributeOrigin = .specTable
    }

    struct SectionSketch: Sendable {
        var heading: String
        var text: String
    }

    var listing: Listing {
        var line = 1
        func next() -> SourceLocation {
            line += 1
            return SourceLocation(line: line, column: 1)
        }
        var segments: [TextSegment] = []
        if let description { segments.append(TextSegment(text: description, role: .description, location: next().with(field: "description"))) }
        for section in sections {
            segments.append(TextSegment(text: section.text, role: .section, location: next().with(field: "section:\(section.heading)")))
        }
        if let imageAlt { segments.append(TextSegment(text: imageAlt, role: .imageAlt, location: next())) }
        return Listing(
            id: "sketch", source: "sketch.html", format: .html,
            title: title.map { TextSegment(text: $0, role: .title, location: SourceLocation(line: 1, column: 1, field: "title")) },
            category: category, breadcrumbs: breadcrumbs,
            attributes: attributes.map { Attribute(name: $0.name, value: $0.value, origin: $0.origin, location: next().with(field: "attribute:\($0.name)")) },
            segments: segments,
            hiddenText: hiddenText.map { [TextSegment(text: $0, role: .other, location: next())] } ?? []
        )
    }
}

extension ListingSketch.AttributeSketch {
    init(_ name: String, _ value: String, origin: AttributeOrigin = .specTable) {
        self.name = name
        self.value = value
        self.origin = origin
    }
}

extension ListingSketch.SectionSketch {
    init(_ heading: String, _ text: String) {
        self.heading = heading
        self.text = text
    }
}

/// Runs the field judge on a sketch in a category.
func judgeFields(
    _ sketch: ListingSketch, category: String, configuration: LintConfiguration = LintConfiguration()
) -> (fields: [FieldReport], findings: [Finding]) {
    FieldJudge(configuration: configuration).judge(sketch.listing, category: CategoryDecision(name: category, reason: "test"))
}
