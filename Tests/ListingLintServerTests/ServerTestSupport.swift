import Foundation
import Hummingbird
import HummingbirdTesting
import ListingLintServer
import Testing

/// One request and its answer, kept so the OpenAPI test can check every answer against the spec.
struct Exchange: Encodable, Sendable {
    var path: String
    var method: String
    var status: Int
    var contentType: String
    var body: String
}

/// Sends requests to a router built from `configuration`, in process (no socket).
func withServer(
    _ configuration: ServerConfiguration = ServerConfiguration(),
    _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    let application = Application(router: ListingLintService.makeRouter(configuration))
    try await application.test(.router, test)
}

extension TestClientProtocol {
    /// Sends one request and returns the answer as an `Exchange` (body decoded as UTF-8).
    func send(
        _ method: HTTPRequest.Method,
        _ uri: String,
        contentType: String? = nil,
        headers: HTTPFields = [:],
        body: String? = nil
    ) async throws -> (exchange: Exchange, headers: HTTPFields) {
        var fields = headers
        if let contentType { fields[.contentType] = contentType }
        let response = try await execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
        let path = String(uri.split(separator: "?", maxSplits: 1)[0])
        let exchange = Exchange(
            path: path,
            method: method.rawValue.lowercased(),
            status: Int(response.status.code),
            contentType: response.headers[.contentType] ?? "",
            body: String(buffer: response.body)
        )
        return (exchange, response.headers)
    }
}

/// The body of an answer parsed as a JSON object.
func jsonObject(_ exchange: Exchange) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(exchange.body.utf8))
    return try #require(value as? [String: Any], "not a JSON object: \(exchange.body)")
}

/// The message of an `{"error": {"status", "message"}}` answer.
func errorMessage(_ exchange: Exchange) throws -> String {
    let error = try #require(try jsonObject(exchange)["error"] as? [String: Any])
    #expect(error["status"] as? Int == exchange.status)
    return try #require(error["message"] as? String)
}

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A listing in ListingLint's own JSON format with a missing field (no size) and claim wording.
let sampleListingJSON = """
    {"id": "tee-1", "title": "全网最好的纯棉T恤", "description": "柔软透气。机洗30°C，反面晾干。",
     "attributes": {"材质": "100%棉"}, "category": "服装"}
    """

/// A product page with a spec table.
let samplePageHTML = """
    <!doctype html><html><head><meta charset="utf-8"><title>Walnut side table</title></head>
    <body><h1>Walnut side table</h1><p>The best table in the world.</p>
    <table><tr><th>Material</th><td>Solid walnut</td></tr></table></body></html>
    """
