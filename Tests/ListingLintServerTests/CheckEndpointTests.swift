import Foundation
import Hummingbird
import HummingbirdTesting
@testable import ListingLintServer
import Testing

@Suite("POST /v1/check")
struct CheckEndpointTests {
    /// Keys every report has (`schemas/report.schema.json`).
    static let reportKeys: Set<String> = ["tool", "listings", "inputErrors", "summary"]

    @Test("a listing JSON answers 200 with the JSON report of one input")
    func listingJSON() async throws {
        try await withServer { client in
            let (answer, headers) = try await client.send(.post, "/v1/check?jurisdiction=cn,eu", contentType: "application/json", body: sampleListingJSON)
            #expect(answer.status == 200)
            #expect(headers[.contentType] == "application/json; charset=utf-8")
            let report = try jsonObject(answer)
            #expect(Set(report.keys) == Self.reportKeys)
            let summary = try #require(report["summary"] as? [String: Any])
            #expect(summary["inputs"] as? [String] == ["request.json"])
            #expect(summary["read"] as? Int == 1)
        }
    }

    @Test("an HTML page answers 200 with the JSON report")
    func htmlPage() async throws {
        try await withServer { client in
            let (answer, _) = try await client.send(.post, "/v1/check", contentType: "text/html; charset=utf-8", body: samplePageHTML)
            #expect(answer.status == 200)
            let report = try jsonObject(answer)
            #expect(Set(report.keys) == Self.reportKeys)
            #expect((report["summary"] as? [String: Any])?["inputs"] as? [String] == ["request.html"])
        }
    }

    @Test("without a Content-Type the body is sniffed; format= forces the reader")
    func sniffingAndFormat() async throws {
        try await withServer { client in
            let sniffed = try await client.send(.post, "/v1/check", body: samplePageHTML).exchange
            #expect(sniffed.status == 200)
            #expect((try jsonObject(sniffed)["summary"] as? [String: Any])?["inputs"] as? [String] == ["request.html"])
            let forced = try await client.send(.post, "/v1/check?format=shopify", contentType: "application/json", body: #"{"product": {"title": "Tee"}}"#).exchange
            #expect(forced.status == 200)
        }
    }

    @Test("malformed JSON answers 400 naming where it breaks")
    func malformedJSON() async throws {
        try await withServer { client in
            let answer = try await client.send(.post, "/v1/check", contentType: "application/json", body: "{\"title\": \"Tee\",\n \"description\": }").exchange
            #expect(answer.status == 400)
            let message = try errorMessage(answer)
            #expect(message.hasPrefix("malformed JSON"))
            #expect(message.contains("line 2"))
        }
    }

    @Test("a bad JSON Lines record answers 400 naming its line")
    func malformedJSONLines() async throws {
        try await withServer { client in
            let body = "{\"title\": \"A\"}\n{\"title\": \"B\"}\n{\"title\": \n"
            let answer = try await client.send(.post, "/v1/check", contentType: "application/x-ndjson", body: body).exchange
            #expect(answer.status == 400)
            #expect(try errorMessage(answer).hasPrefix("malformed JSON Lines: line 3"))
        }
    }

    @Test("a bare JSON value is not a listing")
    func bareValue() async throws {
        try await withServer { client in
            let answer = try await client.send(.post, "/v1/check", contentType: "application/json", body: "42").exchange
            #expect(answer.status == 400)
            #expect(try errorMessage(answer).contains("object or array"))
        }
    }

    @Test("a form-encoded body answers 400 naming the accepted types")
    func wrongContentType() async throws {
        try await withServer { client in
            let answer = try await client.send(.post, "/v1/check", contentType: "application/x-www-form-urlencoded", body: "title=Tee").exchange
            #expect(answer.status == 400)
            let message = try errorMessage(answer)
            #expect(message.contains("application/x-www-form-urlencoded"))
            #expect(message.contains("application/json"))
        }
    }

    @Test("bad query parameters answer 400 naming them", arguments: [
        ("/v1/check?jurisdiction=cn,xx", "unknown jurisdiction 'xx'"),
        ("/v1/check?jurisdiction=", "jurisdiction is empty"),
        ("/v1/check?format=pdf", "unknown format 'pdf'"),
        ("/v1/check?jurisdication=cn", "unknown query parameter 'jurisdication'"),
    ])
    func badQuery(uri: String, expected: String) async throws {
        try await withServer { client in
            let answer = try await client.send(.post, uri, contentType: "application/json", body: sampleListingJSON).exchange
            #expect(answer.status == 400)
            #expect(try errorMessage(answer).contains(expected))
        }
    }

    @Test("an empty body answers 400")
    func emptyBody() async throws {
        try await withServer { client in
            let answer = try await client.send(.post, "/v1/check", contentType: "application/json", body: "").exchange
            #expect(answer.status == 400)
            #expect(try errorMessage(answer).contains("empty"))
        }
    }

    @Test("a body over the limit answers 413; one at the limit is read")
    func bodyLimit() async throws {
        let configuration = ServerConfiguration(maxBodyBytes: 64)
        try await withServer(configuration) { client in
            let over = try await client.send(.post, "/v1/check", contentType: "text/html", body: String(repeating: "x", count: 65)).exchange
            #expect(over.status == 413)
            #expect(try errorMessage(over).contains("64 bytes"))
            let at = try await client.send(.post, "/v1/check", contentType: "text/html", body: String(repeating: "x", count: 64)).exchange
            #expect(at.status == 200)
        }
    }

    @Test("the default limit is 2 MB")
    func defaultLimit() async throws {
        #expect(ServerConfiguration().maxBodyBytes == 2 * 1024 * 1024)
        try await withServer { client in
            let answer = try await client.send(.post, "/v1/check", contentType: "text/html", body: String(repeating: "a", count: 2 * 1024 * 1024 + 1)).exchange
            #expect(answer.status == 413)
        }
    }
}
