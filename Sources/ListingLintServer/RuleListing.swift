import ListingLintChecks
import ListingLintCore
import ListingLintKit

/// What `GET /v1/rules` lists: every rule this build can report, with what it is about.
enum RuleListing {
    /// One rule as the API describes it (`schemas/openapi.yaml`, `Rule`).
    struct Entry: Encodable {
        var id: String
        var kind: FindingKind
        var severity: Severity
        var description: String
        /// Claim category (`absolute-term`, `green-claim`…), for claim rules.
        var category: String? = nil
        /// Legal or platform basis.
        var basis: String? = nil
    }

    struct Document: Encodable {
        var tool: ToolInfo
        var rules: [Entry]
    }

    static var document: Document {
        Document(tool: CheckReport.tool, rules: claimRules + fieldRules + inputRules)
    }

    /// The claim rules of the embedded packs.
    static let claimRules: [Entry] = ClaimJudge.ruleDescriptors.map {
        Entry(id: $0.id, kind: .bannedClaim, severity: $0.defaultSeverity, description: $0.shortDescription,
              category: $0.category, basis: $0.basis)
    }

    /// The field rules the field judge emits for the core fields.
    static let fieldRules: [Entry] = CoreField.all.map { field in
        Entry(id: "field.\(field).missing", kind: .missingField, severity: .error, description: "no \(field) is stated where the buyer can read it")
    }

    /// Input rules: the body (or a record in it) could not be read, or needs a word of warning.
    static let inputRules: [Entry] = [
        Entry(id: InputRule.malformedJSON, kind: .inputError, severity: .error, description: "a JSON record cannot be parsed"),
        Entry(id: InputRule.unknownFormat, kind: .inputError, severity: .error, description: "the input is no format ListingLint reads"),
        Entry(id: InputRule.emptyInput, kind: .inputError, severity: .error, description: "the input is empty"),
        Entry(id: InputRule.binary, kind: .inputError, severity: .error, description: "the input is binary, not text"),
        Entry(id: InputRule.tooLarge, kind: .inputError, severity: .error, description: "the input is over the size limit"),
        Entry(id: InputRule.tooDeep, kind: .inputError, severity: .error, description: "the input nests deeper than the limit"),
        Entry(id: InputRule.tooManyListings, kind: .inputError, severity: .error, description: "the input holds more listings than the limit"),
        Entry(id: InputRule.textTooLong, kind: .inputError, severity: .error, description: "a field's text is over the length limit and was cut"),
        Entry(id: InputRule.charsetMismatch, kind: .inputWarning, severity: .warning, description: "the declared charset does not match the bytes"),
        Entry(id: InputRule.encodingFallback, kind: .inputWarning, severity: .warning, description: "the text was decoded with a fallback encoding"),
        Entry(id: InputRule.recovered, kind: .inputWarning, severity: .info, description: "broken markup or JSON was repaired to read it"),
    ]
}
