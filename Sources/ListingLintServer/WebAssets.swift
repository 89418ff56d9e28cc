import Hummingbird

/// The marketing team's page, its script and its style sheet, embedded at build time from `Data/`.
/// Three same-origin files so the Content-Security-Policy needs no inline script or style.
enum WebAssets {
    struct Asset {
        var file: String
        var contentType: String
    }

    /// URL path → embedded file.
    static let routes: [(path: String, asset: Asset)] = [
        ("/", Asset(file: "app.html", contentType: "text/html; charset=utf-8")),
        ("/app.js", Asset(file: "app.js", contentType: "text/javascript; charset=utf-8")),
        ("/app.css", Asset(file: "app.css", contentType: "text/css; charset=utf-8")),
    ]

    static func response(_ asset: Asset) throws -> Response {
        guard let text = EmbeddedData.files[asset.file] else {
            throw APIError(.internalServerError, "\(asset.file) is missing from this build")
        }
        return Response(
            status: .ok,
            headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }
}
