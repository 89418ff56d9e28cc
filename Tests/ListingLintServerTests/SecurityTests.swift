import Foundation
import Hummingbird
import HummingbirdTesting
@testable import ListingLintServer
import Testing

@Suite("Security: token, headers, binding")
struct SecurityTests {
    static let routes: [(HTTPRequest.Method, String)] = [
        (.get, "/"), (.get, "/app.js"), (.get, "/app.css"), (.get, "/healthz"), (.get, "/v1/rules"),
        (.post, "/v1/check"), (.post, "/v2/check"),
    ]

    @Test("with a token, every route answers 401 without it or with a wrong one, and works with it")
    func token() async throws {
        let configuration = ServerConfiguration(host: "0.0.0.0", token: "s3cret-token")
        try await withServer(configuration) { client in
            for (method, path) in Self.routes {
                let missing = try await client.send(method, path).exchange
                #expect(missing.status == 401, "\(path) without a token")
                #expect(try errorMessage(missing).contains("Authorization"))
                for wrong in ["Bearer s3cret-tokeN", "Bearer s3cret-token2", "Bearer ", "Basic czNjcmV0LXRva2Vu", "s3cret-token"] {
                    let (answer, headers) = try await client.send(method, path, headers: [.authorization: wrong])
                    #expect(answer.status == 401, "\(path) with \(wrong)")
                    #expect(headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    #expect(headers[.contentSecurityPolicy] != nil)
                }
            }
            let allowed = try await client.send(.get, "/healthz", headers: [.authorization: "Bearer s3cret-token"]).exchange
            #expect(allowed.status == 200)
            let scheme = try await client.send(.get, "/healthz", headers: [.authorization: "bearer s3cret-token"]).exchange
            #expect(scheme.status == 200, "the scheme name is case-insensitive")
        }
    }

    @Test("the token comparison looks at whole values")
    func constantTimeEqual() {
        let equal = BearerTokenMiddleware<BasicRequestContext>.constantTimeEqual
        #expect(equal(Array("abc".utf8), Array("abc".utf8)))
        #expect(!equal(Array("abc".utf8), Array("abd".utf8)))
        #expect(!equal(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!equal(Array("abc".utf8), []))
        #expect(!equal(Array("a\0".utf8), Array("a".utf8)))
    }

    @Test("every response carries the security headers, errors included")
    func headers() async throws {
        try await withServer { client in
            for (method, path) in Self.routes + [(.get, "/no-such-page")] {
                let (answer, headers) = try await client.send(method, path)
                let policy = try #require(headers[.contentSecurityPolicy], "\(path) has no CSP")
                #expect(policy.contains("default-src 'none'"))
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("connect-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(headers[.xContentTypeOptions] == "nosniff")
                if answer.status >= 400 { _ = try errorMessage(answer) }
            }
            let missing = try await client.send(.get, "/no-such-page").exchange
            #expect(missing.status == 404)
            #expect(try errorMessage(missing).contains("/no-such-page"))
        }
    }

    @Test("only loopback addresses may be bound without a token")
    func binding() throws {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"] {
            #expect(HostPolicy.isLoopback(host), "\(host)")
            try ListingLintService.validate(ServerConfiguration(host: host))
        }
        for host in ["0.0.0.0", "::", "192.168.1.10", "example.com", "128.0.0.1", "127.0.0"] {
            #expect(!HostPolicy.isLoopback(host), "\(host)")
            #expect(throws: ServerConfigurationError.tokenRequired(host: host)) {
                try ListingLintService.validate(ServerConfiguration(host: host))
            }
            try ListingLintService.validate(ServerConfiguration(host: host, token: "t"))
        }
        #expect(throws: ServerConfigurationError.emptyToken) { try ListingLintService.validate(ServerConfiguration(token: "")) }
        #expect(throws: ServerConfigurationError.invalidPort(70000)) { try ListingLintService.validate(ServerConfiguration(port: 70000)) }
        #expect(throws: ServerConfigurationError.invalidBodyLimit(0)) { try ListingLintService.validate(ServerConfiguration(maxBodyBytes: 0)) }
    }
}
