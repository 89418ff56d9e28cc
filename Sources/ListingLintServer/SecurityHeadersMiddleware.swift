import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, including error responses, and turns every error
/// into a JSON error body (`APIError`'s shape) so nothing the server answers lacks them.
///
/// - `Content-Security-Policy`: nothing but same-origin scripts, styles and fetches, and `data:`
///   images; no inline script, no framing, no forms posting elsewhere.
/// - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let message = error.status == .notFound ? "no such endpoint: \(request.method.rawValue) \(request.uri.path)" : error.status.reasonPhrase
            response = try APIError(error.status, message).response(from: request, context: context)
        } catch {
            context.logger.error("request failed: \(error)")
            response = try APIError(.internalServerError, "internal error").response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xFrameOptions] = "DENY"
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
}
