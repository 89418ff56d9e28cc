import ListingLintKit
@testable import ListingLintConfig
import Testing

@Suite struct ConfigNestingTests {
    @Test func deeplyNestedConfigurationIsAnErrorNotACrash() throws {
        let loader = ConfigurationLoader(vocabulary: RunConfiguration.vocabulary)
        let text = "allowlist: " + String(repeating: "[", count: 50_000)
        #expect(throws: ConfigurationError.self) { try loader.parse(text, path: "deep.yml") }
        let quoted = "synonyms: 'it\n" + String(repeating: "{", count: 5_000)
        #expect(throws: ConfigurationError.self) { try loader.parse(quoted, path: "deep.yml") }
    }

    @Test func ordinaryNestingIsAccepted() {
        #expect(YAMLNestingGuard.firstTooDeepLine(in: "allowlist:\n  - {text: \"[最好]\", reason: \"quoted {\"}\n") == nil)
    }
}
