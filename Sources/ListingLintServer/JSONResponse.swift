import Foundation
import Hummingbird
import ListingLintReport

/// Builds `application/json` responses from already-encoded text.
enum JSONResponse {
    static func make(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: json))
        )
    }
}

/// Encodes the server's own JSON values the way the reports are encoded (sorted keys, slashes kept).
enum JSONReporterEncoding {
    static func compact(_ value: some Encodable) -> String {
        JSONReporter.encode(value, pretty: false) + "\n"
    }
}
