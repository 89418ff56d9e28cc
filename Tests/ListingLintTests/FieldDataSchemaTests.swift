import Foundation
import Testing
import ListingLintChecks
import ListingLintConfig
import ListingLintCore
import ListingLintKit
import Yams

/// The embedded data files decode, agree with each other, and validate against their schemas; the
/// `init` template validates against the configuration schema.
@Suite struct FieldDataSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func profilesNameOnlyKnownFields() {
        let data = ProfileData.embedded
        let synonyms = SynonymData.embedded
        for (name, profile) in data.profiles {
            let fields = profile.required + profile.recommended + profile.notApplicable
            #expect(Set(fields).count == fields.count, "\(name) lists a field twice")
            for field in fields {
                #expect(data.fields[field] != nil, "\(name) names unknown field \(field)")
                #expect(synonyms.fields[field] != nil, "no synonyms for \(field)")
            }
        }
        for category in ["apparel", "footwear", "electronics", "cosmetics", "food", "furniture", "toys", "default", "gift-card", "voucher", "digital"] {
            #expect(data.profiles[category] != nil, "no \(category) profile")
        }
        #expect(data.profiles["gift-card"]?.notApplicable.contains("size") == true)
    }

    @Test(arguments: [("profiles", "profiles"), ("synonyms", "synonyms"), ("values", "values")])
    func dataValidatesAgainstSchema(data: String, schema: String) throws {
        try validate(
            document: Self.root.appendingPathComponent("Sources/ListingLintChecks/Data/\(data).json"),
            schema: Self.root.appendingPathComponent("schemas/\(schema).schema.json")
        )
    }

    @Test func initTemplateValidatesAgainstConfigSchema() throws {
        let yaml = """
            version: 1
            category-mapping: [{pattern: 女装, category: apparel}]
            categories: {default: {required: [material], not-applicable: [size]}}
            severity: {field.size.missing: warning}
            allowlist: [{text: 最新, reason: time order}]
            custom-rules: [{id: custom.x, terms: [a], severity: info, message: m}]
            """
        for text in [ConfigurationTemplate.text, yaml] {
            let object = try Yams.load(yaml: text)
            let json = try JSONSerialization.data(withJSONObject: Self.jsonCompatible(object as Any))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString).json")
            try json.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            try validate(document: file, schema: Self.root.appendingPathComponent("schemas/config.schema.json"))
        }
    }

    /// YAML scalars Yams types as dates or numbers, made JSON-compatible.
    private static func jsonCompatible(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: dictionary.mapValues(jsonCompatible)
        case let array as [Any]: array.map(jsonCompatible)
        case let date as Date: ISO8601DateFormatter().string(from: date).prefix(10).description
        default: value
        }
    }

    private func validate(document: URL, schema: URL) throws {
        guard Self.hasJSONSchema else { return }
        let (status, message) = try Self.python([
            "-c",
            "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), cls=jsonschema.Draft202012Validator)",
            document.path, schema.path,
        ])
        #expect(status == 0, "\(document.lastPathComponent) does not validate: \(message.suffix(600))")
    }

    /// Whether `python3` on the PATH has `jsonschema` (the validator is skipped on machines without it).
    private static let hasJSONSchema = (try? python(["-c", "import jsonschema"]).status) == 0

    private static func python(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
