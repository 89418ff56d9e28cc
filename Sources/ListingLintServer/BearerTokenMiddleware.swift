import Hummingbird

/// Lets a request through only if it carries `Authorization: Bearer <token>`; 401 otherwise.
/// The comparison takes the same time wherever the first differing byte is.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: [UInt8]

    init(token: String) {
        self.token = Array(token.utf8)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let challenge: HTTPFields = [.wwwAuthenticate: #"Bearer realm="listinglint""#]
        guard let header = request.headers[.authorization] else {
            throw APIError(.unauthorized, "this server requires an Authorization: Bearer <token> header", headers: challenge)
        }
        let prefix = "bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix else {
            throw APIError(.unauthorized, "the Authorization header must use the Bearer scheme", headers: challenge)
        }
        let presented = Array(header.dropFirst(prefix.count).utf8)
        guard Self.constantTimeEqual(presented, token) else {
            throw APIError(.unauthorized, "the bearer token is not valid", headers: challenge)
        }
        return try await next(request, context)
    }

    /// Whether `a` equals `b`, looking at every byte of the longer one whatever the contents.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt(bitPattern: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : 0
            let right = index < b.count ? b[index] : 0
            difference |= UInt(left ^ right)
        }
        return difference == 0
    }
}
