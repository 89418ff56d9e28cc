import Foundation
import Hummingbird
import HummingbirdTesting
import ListingLintServer
import Testing

@Suite("The web page")
struct PageTests {
    @Test("/, /app.js and /app.css are served with their types")
    func assets() async throws {
        try await withServer { client in
            for (path, type) in [("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css")] {
                let answer = try await client.send(.get, path).exchange
                #expect(answer.status == 200)
                #expect(answer.contentType.hasPrefix(type))
                #expect(!answer.body.isEmpty)
            }
        }
    }

    @Test("the page loads nothing from elsewhere and has no inline script or style")
    func selfContained() async throws {
        try await withServer { client in
            let page = try await client.send(.get, "/").exchange.body
            let script = try await client.send(.get, "/app.js").exchange.body
            let style = try await client.send(.get, "/app.css").exchange.body
            #expect(page.contains(#"<script src="/app.js" defer></script>"#))
            #expect(page.components(separatedBy: "<script").count == 2, "one script element, no inline script")
            #expect(!page.contains("<style"))
            #expect(!page.contains(" style="))
            #expect(page.firstMatch(of: #/ on[a-z]+=/#) == nil, "no inline event handlers")
            for text in [page, script, style] {
                #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("//cdn"))
                #expect(!text.contains("@import"))
            }
        }
    }

    @Test("the script never writes markup from strings")
    func escaping() async throws {
        try await withServer { client in
            let script = try await client.send(.get, "/app.js").exchange.body
            for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
                #expect(!script.contains(sink), "app.js uses \(sink)")
            }
            #expect(script.contains("textContent"))
        }
    }

    @Test("the page has Chinese and English text for every label it uses")
    func languages() async throws {
        try await withServer { client in
            let page = try await client.send(.get, "/").exchange.body
            let script = try await client.send(.get, "/app.js").exchange.body
            let keys = Set(page.matches(of: /data-i18n(?:-label)?="([A-Za-z]+)"/).map { String($0.1) })
            #expect(keys.count > 20)
            let zh = try #require(script.range(of: "  zh: {"))
            let en = try #require(script.range(of: "  en: {"))
            let zhBlock = script[zh.upperBound..<en.lowerBound]
            let demo = try #require(script.range(of: "const DEMO"))
            let enBlock = script[en.upperBound..<demo.lowerBound]
            for key in keys {
                #expect(zhBlock.contains("\(key):"), "no Chinese text for \(key)")
                #expect(enBlock.contains("\(key):"), "no English text for \(key)")
            }
        }
    }
}
