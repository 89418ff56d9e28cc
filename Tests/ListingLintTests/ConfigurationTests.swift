import Foundation
import Testing
import ListingLintConfig
import ListingLintCore
import ListingLintKit

@Suite struct ConfigurationTests {
    let loader = ConfigurationLoader(vocabulary: RunConfiguration.vocabulary)

    private func parseError(_ yaml: String) -> ConfigurationError? {
        do {
            _ = try loader.parse(yaml, path: "test.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func fullConfigurationParses() throws {
        let yaml = """
            version: 1
            jurisdictions: [cn, eu]
            as-of: 2026-09-27
            category-mapping:
              - pattern: 女装
                category: apparel
              - pattern: /^Garden/
                category: garden
            categories:
              garden:
                required: [material, size]
                recommended: [instructions]
              default:
                required: [material, size, instructions, manufacturer]
            synonyms:
              material: [面料构成]
            severity:
              field.manufacturer.missing: warning
            disabled: [claim.us., field.shipping-time.missing]
            limits:
              max-depth: 64
            allowlist:
              - text: 最新款
                reason: time order
                rule: claim.cn.absolute.zui
            custom-rules:
              - id: no-miracle
                terms: [奇迹, miracle]
                severity: warning
                message: efficacy claims need evidence
            """
        let configuration = try loader.parse(yaml, path: "test.yml")
        #expect(configuration.jurisdictions == ["cn", "eu"])
        #expect(configuration.asOf == "2026-09-27")
        #expect(configuration.categoryMapping == [CategoryMapping(pattern: "女装", category: "apparel"), CategoryMapping(pattern: "/^Garden/", category: "garden")])
        #expect(configuration.profileOverrides["garden"]?.recommended == ["instructions"])
        #expect(configuration.extraSynonyms == ["material": ["面料构成"]])
        #expect(configuration.severityOverrides == ["field.manufacturer.missing": .warning])
        #expect(configuration.isDisabled("claim.us.ftc.best"))
        #expect(configuration.limits.maxDepth == 64)
        #expect(configuration.limits.maxFileBytes == InputLimits().maxFileBytes)
        #expect(configuration.allowlist == [AllowlistEntry(text: "最新款", reason: "time order", rule: "claim.cn.absolute.zui")])
        #expect(configuration.customRules.first?.id == "custom.no-miracle")
        #expect(configuration.customRules.first?.terms == ["奇迹", "miracle"])
    }

    @Test func unknownKeyNamesKeyAndLine() {
        let error = parseError("version: 1\nlimits:\n  max-depth: 10\n  max-dpeth: 12\n")
        #expect(error?.line == 4)
        #expect(error?.key == "limits.max-dpeth")
        #expect(error?.description.hasPrefix("test.yml:4:3: limits.max-dpeth: unknown key") == true)
    }

    @Test func unknownTopLevelKey() {
        let error = parseError("version: 1\n\nseverities:\n  x: error\n")
        #expect(error?.line == 3)
        #expect(error?.key == "severities")
    }

    @Test func badSeverityNamesKeyAndLine() {
        let error = parseError("severity:\n  field.size.missing: fatal\n")
        #expect(error?.line == 2)
        #expect(error?.key == "severity.field.size.missing")
        #expect(error?.message.contains("\"fatal\" is not a severity") == true)
    }

    @Test func badValuesAreErrors() {
        #expect(parseError("as-of: 2026-13-40\n")?.key == "as-of")
        #expect(parseError("limits:\n  max-depth: -1\n")?.line == 2)
        #expect(parseError("jurisdictions: [cn, mars]\n")?.key == "jurisdictions[1]")
        #expect(parseError("categories:\n  default:\n    required: [colour]\n")?.key == "categories.default.required[0]")
        #expect(parseError("category-mapping:\n  - pattern: x\n    category: spaceships\n")?.line == 3)
        #expect(parseError("category-mapping:\n  - pattern: /([/\n    category: apparel\n")?.key == "category-mapping[0].pattern")
        #expect(parseError("disabled: [Field Material]\n")?.key == "disabled[0]")
        #expect(parseError("severity:\n  field.colour.missing: error\n")?.message.contains("unknown field") == true)
        #expect(parseError("allowlist:\n  - text: 最\n")?.message.contains("reason") == true)
        #expect(parseError("version: 1\nversion: 1\n")?.message == "key appears twice")
        #expect(parseError("limits: [1, 2\n")?.line != nil)
    }

    @Test func templateParsesBackToTheDefaults() throws {
        let configuration = try loader.parse(ConfigurationTemplate.text, path: ".listinglint.yml")
        #expect(configuration == LintConfiguration())
    }

    @Test func discoveryWalksUpFromTheFirstInput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listinglint-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let page = nested.appendingPathComponent("page.html")
        try Data("<html></html>".utf8).write(to: page)
        let configPath = root.appendingPathComponent(".listinglint.yml")
        try Data("jurisdictions: [cn]\n".utf8).write(to: configPath)
        #expect(ConfigurationResolver.discover(from: page.path) == configPath.path)
        #expect(ConfigurationResolver.discover(from: nested.path) == configPath.path)
        let resolved = try RunConfiguration.resolve(explicitPath: nil, inputs: [page.path])
        #expect(resolved.jurisdictions == ["cn"])
        #expect(resolved.sourcePath == configPath.path)
        let explicit = root.appendingPathComponent("other.yml")
        try Data("jurisdictions: [us]\n".utf8).write(to: explicit)
        #expect(try RunConfiguration.resolve(explicitPath: explicit.path, inputs: [page.path]).jurisdictions == ["us"])
        #expect(throws: ConfigurationError.self) { try RunConfiguration.resolve(explicitPath: root.appendingPathComponent("none.yml").path, inputs: []) }
    }
}
