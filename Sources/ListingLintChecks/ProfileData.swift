import Foundation
public import ListingLintCore

/// The category profiles as shipped in `Data/profiles.json` (schema: `schemas/profiles.schema.json`).
public struct ProfileData: Codable, Sendable {
    /// What a profile field means and which law or platform rule asks for it.
    public struct FieldInfo: Codable, Sendable {
        public var label: String
        public var basis: String
    }

    /// Keywords that identify a category in titles, breadcrumbs and category fields, per language.
    public struct Keywords: Codable, Sendable {
        public var zh: [String]
        public var en: [String]
        public var all: [String] { zh + en }
    }

    /// One category's fields and how it is recognised.
    public struct Profile: Codable, Sendable {
        public var description: String
        public var required: [FieldName]
        public var recommended: [FieldName]
        public var notApplicable: [FieldName]
        /// The form each field takes in this category (`fibre composition with percentages`).
        public var forms: [FieldName: String]
        /// Extra value rules this category applies (`fibre-composition`, `fibre-names`, `numeric-size-labels`, `net-content`).
        public var valueRules: [String]
        public var keywords: Keywords
    }

    public var version: Int
    public var fields: [FieldName: FieldInfo]
    /// Keywords that name a category only when nothing else does (`top` of a workbench top).
    public var ambiguousKeywords: [String]
    public var profiles: [String: Profile]

    /// The profiles embedded in the binary.
    public static let embedded: ProfileData = EmbeddedJSON.decode(ProfileData.self, from: "profiles.json")
}

/// Decodes a data file embedded at build time. The files ship inside the binary and a test decodes
/// every one of them, so a failure here is a build defect, not an input problem.
enum EmbeddedJSON {
    static func decode<Value: Decodable>(_ type: Value.Type, from file: String) -> Value {
        guard let text = EmbeddedData.files[file] else {
            preconditionFailure("embedded data file \(file) is missing from the build")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            preconditionFailure("embedded data file \(file) does not decode: \(error)")
        }
    }
}
