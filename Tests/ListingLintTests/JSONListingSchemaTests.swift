import Foundation
import ListingLintCore
import Testing

@testable import ListingLintIngest

/// `schemas/listing.schema.json` accepts what the reader reads, and rejects what it should not.
/// Validation runs Python's `jsonschema` (draft 2020-12); skipped, saying so, when it is not installed.
@Suite struct JSONListingSchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemaPath = packageRoot.appendingPathComponent("schemas/listing.schema.json").path

    static let pythonJSONSchemaAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }()

    /// Validates `instance` (JSON text) against the listing schema; returns the validator's complaint or nil.
    static func schemaComplaint(about instance: String) throws -> String? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "listinglint-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let instancePath = directory.appendingPathComponent("listing.json")
        try Data(instance.utf8).write(to: instancePath)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
            print("; ".join(e.message for e in errors))
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaPath, instancePath.path]
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: pythonJSONSchemaAvailable, "skipped: python3 with the jsonschema module is not installed"))
    func exampleListingValidatesAndReads() throws {
        let example = JSONReaderTests.fullListing
        #expect(try Self.schemaComplaint(about: example) == nil)
        // The same bytes read into a listing with every documented field.
        let listing = try #require(readJSON(example, source: "example.json").listings.first)
        #expect(listing.id == "tee-001")
        #expect(listing.title != nil && listing.seller != nil && listing.locale != nil && listing.url != nil)
        #expect(!listing.attributes.isEmpty && !listing.breadcrumbs.isEmpty)
        #expect(Set(listing.segments.map(\.role)) == [.description, .bullet, .imageAlt, .review, .section])
    }

    @Test(.enabled(if: pythonJSONSchemaAvailable, "skipped: python3 with the jsonschema module is not installed"))
    func attributeArrayShapeValidates() throws {
        let example =
            #"{"id": 3, "title": "Mug", "attributes": [{"name": "Material", "value": "stoneware"}], "category": "Kitchen"}"#
        #expect(try Self.schemaComplaint(about: example) == nil)
        #expect(readJSON(example).listings.first?.attribute("Material")?.value == "stoneware")
    }

    @Test(.enabled(if: pythonJSONSchemaAvailable, "skipped: python3 with the jsonschema module is not installed"))
    func schemaRejectsWhatIsNotAListing() throws {
        #expect(try Self.schemaComplaint(about: #"{"price": 3}"#) != nil)
        #expect(try Self.schemaComplaint(about: #"{"title": "x", "attributes": 5}"#) != nil)
        #expect(try Self.schemaComplaint(about: #"{"title": "x", "sections": [{"heading": "Care"}]}"#) != nil)
    }

    @Test func schemaDocumentsTheKeysTheReaderTreatsAsListingMarkers() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        for key in JSONListingFormat.markerKeys.subtracting(["name"]) {
            #expect(properties[key] != nil, "schema lacks \(key)")
        }
        for key in [
            "id", "title", "description", "bullets", "attributes", "category", "breadcrumbs", "seller", "locale", "url",
            "images", "reviews", "sections",
        ] {
            #expect(properties[key] != nil, "schema lacks \(key)")
        }
    }
}
