/// Where a piece of listing text or a finding sits in its input.
///
/// HTML inputs carry `line` and `column`; JSON inputs carry `pointer`. Both may carry `field`, the
/// listing field the text belongs to (`title`, `description`, `attribute:材质`, …).
public struct SourceLocation: Codable, Sendable, Hashable {
    /// 1-based line in the decoded source text.
    public var line: Int?
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int?
    /// RFC 6901 JSON pointer to the value inside a JSON input (`/products/0/body_html`).
    public var pointer: String?
    /// The listing field the text belongs to.
    public var field: String?

    public init(line: Int? = nil, column: Int? = nil, pointer: String? = nil, field: String? = nil) {
        self.line = line
        self.column = column
        self.pointer = pointer
        self.field = field
    }

    /// The same location with another listing field.
    public func with(field: String?) -> SourceLocation {
        var copy = self
        copy.field = field
        return copy
    }

    /// `12:5`, `/products/0/title` or empty, for people.
    public var positionDescription: String {
        if let line {
            return column.map { "\(line):\($0)" } ?? "\(line)"
        }
        return pointer ?? ""
    }
}
