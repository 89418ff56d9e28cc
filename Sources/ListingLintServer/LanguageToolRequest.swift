import Hummingbird
import ListingLintCore

/// A LanguageTool `POST /v2/check` call: form fields `text` and `language` (`zh-CN`, `en-US`, `auto`).
/// Other LanguageTool fields (`enabledRules`, `level`, `motherTongue`…) are accepted and ignored.
struct LanguageToolRequest {
    var text: String
    var language: LanguageToolLanguage
    var detectedLanguage: LanguageToolLanguage

    init(request: Request, body: [UInt8]) throws(APIError) {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first.map { $0.lowercased() } ?? ""
        guard mediaType == "application/x-www-form-urlencoded" else {
            let shown = mediaType.isEmpty ? "no Content-Type" : "Content-Type \(mediaType)"
            throw APIError(.badRequest, "\(shown) is not accepted: send application/x-www-form-urlencoded with the fields text and language")
        }
        let fields = try FormFields.decode(body)
        guard let text = fields["text"] else {
            throw APIError(.badRequest, "missing form field 'text' (the text to check)")
        }
        guard let language = fields["language"] else {
            throw APIError(.badRequest, "missing form field 'language' (zh-CN, en-US or auto)")
        }
        guard let resolved = LanguageToolLanguage.resolve(language, text: text) else {
            throw APIError(.badRequest, "language '\(language)' is not supported (zh-CN, en-US or auto)")
        }
        self.text = text
        self.language = resolved.requested
        detectedLanguage = resolved.detected
    }

    /// The text as a listing with one description, located at line 1 column 1 so findings can carry
    /// the line and column of their evidence.
    var listing: Listing {
        Listing(
            id: "text",
            source: "text",
            format: .listingJSON,
            locale: detectedLanguage.code,
            segments: [TextSegment(text: text, role: .description, location: SourceLocation(line: 1, column: 1, field: "description"))]
        )
    }
}
