import Foundation
import Hummingbird

/// A request the server refuses, answered as JSON: `{"error": {"status": 400, "message": "…"}}`.
///
/// The message names what is wrong (the parameter, the header, the byte limit, the line and column of
/// malformed JSON) so a CMS developer can fix the call without reading the server's source.
struct APIError: HTTPResponseError, Sendable {
var status: HTTPResponse.Status
var message: String
    /// Extra response headers (`WWW-Authenticate` on 401).
var headers: HTTPFields

init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ErrorBody(error: .init(status: status.code, message: message))
        var response = JSONResponse.make(JSONReporterEncoding.compact(body), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    /// The error body's shape (`schemas/openapi.yaml`, `Error`).
    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }

        var error: Detail
    }
}
