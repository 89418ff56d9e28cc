import Hummingbird
import NIOCore

/// Reads a request body whole, refusing a body with 413 as soon as more than the configured limit
/// has arrived (nothing past the limit is kept).
enum BodyCollector {
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit)
        }
    }

    private static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "the request body is larger than the limit of \(limit) bytes (--max-body)")
    }
}
