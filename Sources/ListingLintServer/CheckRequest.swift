import Foundation
import Hummingbird
import ListingLintCore
import ListingLintIngest

/// A `POST /v1/check` call understood: the body as an input document and the jurisdictions to judge
/// it by. Everything the client got wrong becomes a 400 naming the parameter or header.
struct CheckRequest {
    var document: InputDocument
    var jurisdictions: Set<String>

    /// Jurisdictions with claim rules (`?jurisdiction=cn,eu`); all of them by default.
    static let knownJurisdictions: Set<String> = ["cn", "eu", "us"]
    static let queryParameters: Set<String> = ["format", "jurisdiction"]

    init(request: Request, body: [UInt8]) throws(APIError) {
        let query = request.uri.queryParameters
        for name in query.map({ String($0.key) }) where !Self.queryParameters.contains(name) {
            throw APIError(.badRequest, "unknown query parameter '\(name)' (known: format, jurisdiction)")
        }
        jurisdictions = try Self.jurisdictions(query[values: "jurisdiction"].map(String.init))
        guard !body.isEmpty else {
            throw APIError(.badRequest, "the request body is empty: send a listing JSON, a product export or an HTML page")
        }
        var format: InputFormat?
        if let value = query["format"] { format = try Self.format(String(value)) }
        let family = try Self.bodyKind(contentType: request.headers[.contentType], body: body)
        var document = InputDocument(source: family.source, bytes: body, format: format ?? family.format)
        if document.format == .html {
            document.source = BodyKind.html.source
        } else if document.format != nil || family != .html {
            if let problem = StrictJSON.problem(in: body, lines: document.source.hasSuffix(".jsonl")) { throw APIError(.badRequest, problem) }
            if family == .html { document.source = BodyKind.json.source }
        }
        self.document = document
    }

    private static func jurisdictions(_ values: [String]) throws(APIError) -> Set<String> {
        let names = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !values.isEmpty else { return knownJurisdictions }
        guard !names.isEmpty, !names.contains("") else {
            throw APIError(.badRequest, "jurisdiction is empty: give one or more of cn, eu, us, separated by commas")
        }
        for name in names where !knownJurisdictions.contains(name) {
            throw APIError(.badRequest, "unknown jurisdiction '\(name)' (known: cn, eu, us)")
        }
        return Set(names)
    }

    private static func format(_ value: String) throws(APIError) -> InputFormat {
        guard let format = InputFormat(rawValue: value) else {
            let known = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, "unknown format '\(value)' (known: \(known))")
        }
        return format
    }

    /// What the body is, from its `Content-Type` (sniffed from the bytes when there is none).
    enum BodyKind {
        case html, json, jsonLines, jsonLD

        var source: String {
            switch self {
            case .html: "request.html"
            case .json, .jsonLD: "request.json"
            case .jsonLines: "request.jsonl"
            }
        }

        /// The reader forced by the kind; nil lets the JSON reader tell its dialects apart.
        var format: InputFormat? {
            switch self {
            case .html: .html
            case .jsonLD: .jsonLD
            case .json, .jsonLines: nil
            }
        }
    }

    static let acceptedTypes = "application/json, application/ld+json, application/x-ndjson, text/html"

    private static func bodyKind(contentType: String?, body: [UInt8]) throws(APIError) -> BodyKind {
        let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        switch mediaType {
        case "application/json", "text/json": return .json
        case "application/ld+json": return .jsonLD
        case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines": return .jsonLines
        case "text/html", "application/xhtml+xml": return .html
        case "", "text/plain", "application/octet-stream":
            return FormatDetector.detect(InputDocument(source: "request", bytes: body)) == .html ? .html : .json
        default:
            var message = "Content-Type \(mediaType) is not accepted: send \(acceptedTypes)"
            if mediaType == "application/x-www-form-urlencoded" {
                message += " (with curl, add -H 'Content-Type: application/json')"
            }
            throw APIError(.badRequest, message)
        }
    }
}
