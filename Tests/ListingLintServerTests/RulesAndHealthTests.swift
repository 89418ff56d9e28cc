import Foundation
import Hummingbird
import HummingbirdTesting
import ListingLintServer
import Testing

@Suite("GET /healthz and /v1/rules")
struct RulesAndHealthTests {
    @Test("/healthz answers ok with the versions")
    func health() async throws {
        try await withServer { client in
            let answer = try await client.send(.get, "/healthz").exchange
            #expect(answer.status == 200)
            let object = try jsonObject(answer)
            #expect(object["status"] as? String == "ok")
            #expect(object["ruleSet"] is String)
        }
    }

    @Test("/v1/rules lists unique rule ids with kind, severity and description")
    func rules() async throws {
        try await withServer { client in
            let answer = try await client.send(.get, "/v1/rules").exchange
            #expect(answer.status == 200)
            let rules = try #require(try jsonObject(answer)["rules"] as? [[String: Any]])
            let ids = rules.compactMap { $0["id"] as? String }
            #expect(ids.count == rules.count)
            #expect(Set(ids).count == ids.count)
            #expect(ids.contains("field.material.missing"))
            #expect(ids.contains("input.malformed-json"))
            for rule in rules {
                #expect(rule["kind"] is String && rule["severity"] is String && rule["description"] is String)
            }
        }
    }
}
