public import ListingLintCore

/// SARIF 2.1.0 for code scanning (GitHub `upload-sarif`, Azure DevOps, IDE viewers).
///
/// - Artifact URIs are relative to `workingDirectory` with `uriBaseId` `%SRCROOT%`; inputs outside
///   it keep their absolute path as a `file://` URI.
/// - Regions give the 1-based line and column; columns count Unicode scalars, declared as
///   `run.columnKind` `unicodeCodePoints`. Findings located by a JSON pointer only, or not located
///   at all (a missing field), are file-level: region line 1, the pointer in the message and properties.
/// - `partialFingerprints["listinglint/v1"]` hashes listing id + rule + normalised evidence, so an
///   alert survives its text moving to another line.
/// - With a baseline, the results are the new findings only, each with `baselineState` `new`.
/// - Levels: error → `error`, warning → `warning`, evidence and info → `note`.
public struct SARIFReporter: Sendable {
    /// The official schema URI of SARIF 2.1.0 (errata 01).
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `partialFingerprints` key.
    public static let fingerprintKey = "listinglint/v1"

    /// Absolute path that artifact URIs are made relative to (the repository root in CI).
    public var workingDirectory: String
    /// The rule catalogue; rules it does not list are described from their findings.
    public var rules: [RuleDescriptor]
    /// The tool's home page (`tool.driver.informationUri`; `helpUri` of rules described from findings).
    public var informationURI: String

    public init(workingDirectory: String, rules: [RuleDescriptor] = [], informationURI: String = ProjectLinks.home) {
        self.workingDirectory = workingDirectory
        self.rules = rules
        self.informationURI = informationURI
    }

    public func render(_ report: RunReport) -> String {
        let items = report.items
        let descriptors = RuleCatalogue.descriptors(for: items, known: rules)
        let ruleIndex = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        let root = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        let baselined = report.baseline != nil
        let log = Log(
            schema: Self.schemaURI,
            version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: report.tool.name,
                            version: report.tool.version,
                            semanticVersion: report.tool.version,
                            informationUri: informationURI,
                            rules: descriptors.map(rule),
                            properties: DriverProperties(ruleSet: report.tool.ruleSet, libxml2: report.tool.libxml2)
                        )),
                    originalUriBaseIds: [
                        "%SRCROOT%": ArtifactLocation(uri: "file://" + ArtifactPath.uriReference(root), uriBaseId: nil)
                    ],
                    columnKind: "unicodeCodePoints",
                    results: items.map { result($0, ruleIndex: ruleIndex[$0.finding.rule] ?? 0, baselined: baselined) },
                    properties: RunProperties(report)
                )
            ]
        )
        return JSONReporter.encode(log) + "\n"
    }

    private func rule(_ descriptor: RuleDescriptor) -> Rule {
        Rule(
            id: descriptor.id,
            name: descriptor.name,
            shortDescription: Message(text: descriptor.shortDescription),
            fullDescription: Message(text: descriptor.fullDescription),
            help: Message(text: descriptor.help),
            helpUri: descriptor.helpUri ?? informationURI,
            defaultConfiguration: Configuration(level: Self.level(descriptor.defaultSeverity))
        )
    }

    private func result(_ item: ReportItem, ruleIndex: Int, baselined: Bool) -> Result {
        let finding = item.finding
        let path = ArtifactPath.relative(item.source, to: workingDirectory)
        let artifact: ArtifactLocation
        if ArtifactPath.isUnderWorkingDirectory(path) {
            artifact = ArtifactLocation(uri: ArtifactPath.uriReference(path), uriBaseId: "%SRCROOT%")
        } else {
            let uri = ArtifactPath.uriReference(path)
            artifact = ArtifactLocation(uri: path.hasPrefix("/") ? "file://" + uri : uri, uriBaseId: nil)
        }
        let location = finding.location
        let region: Region
        if let line = location?.line {
            region = Region(
                startLine: line, startColumn: location?.column, snippet: finding.evidence.map { Message(text: $0) })
        } else {
            region = Region(startLine: 1, startColumn: nil, snippet: nil)
        }
        // File-level results name what GitHub cannot show from line 1: the record and the pointer.
        var message = finding.message
        if location?.line == nil {
            let context = [item.listingID.map { "listing \($0)" }, location?.pointer.map { "JSON pointer \($0)" }]
                .compactMap { $0 }
            if !context.isEmpty { message += " (" + context.joined(separator: ", ") + ")" }
        }
        let logical: [LogicalLocation]? = item.listingID.map { id in
            if let field = item.field {
                [LogicalLocation(name: field, fullyQualifiedName: "\(id)/\(field)", kind: "member")]
            } else {
                [LogicalLocation(name: id, fullyQualifiedName: id, kind: "object")]
            }
        }
        return Result(
            ruleId: finding.rule,
            ruleIndex: ruleIndex,
            level: Self.level(finding.severity),
            message: Message(text: message),
            locations: [
                Location(
                    physicalLocation: PhysicalLocation(artifactLocation: artifact, region: region),
                    logicalLocations: logical)
            ],
            partialFingerprints: [Self.fingerprintKey: item.fingerprint],
            baselineState: baselined ? "new" : nil,
            properties: ResultProperties(
                listing: item.listingID,
                kind: finding.kind.rawValue,
                field: item.field,
                evidence: finding.evidence,
                pointer: location?.pointer,
                category: finding.category,
                basis: finding.basis,
                suggestion: finding.suggestion,
                cost: finding.cost,
                confidence: finding.confidence,
                score: item.listing?.score,
                grade: item.listing?.grade.rawValue
            )
        )
    }

    /// The SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .evidence, .info: "note"
        }
    }

    // MARK: - The subset of the SARIF object model written here.

    private struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]
        var columnKind: String
        var results: [Result]
        var properties: RunProperties
    }

    private struct Tool: Encodable { var driver: Driver }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String
        var rules: [Rule]
        var properties: DriverProperties
    }

    private struct DriverProperties: Encodable {
        var ruleSet: String
        var libxml2: String?
    }

    private struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var helpUri: String
        var defaultConfiguration: Configuration
    }

    private struct Configuration: Encodable { var level: String }

    private struct Message: Encodable { var text: String }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var baselineState: String?
        var properties: ResultProperties
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var snippet: Message?
    }

    private struct LogicalLocation: Encodable {
        var name: String
        var fullyQualifiedName: String
        var kind: String
    }

    private struct ResultProperties: Encodable {
        var listing: String?
        var kind: String
        var field: String?
        var evidence: String?
        var pointer: String?
        var category: String?
        var basis: String?
        var suggestion: String?
        var cost: Int?
        var confidence: Double?
        var score: Int?
        var grade: String?
    }

    /// The run's headline figures (the full summary, with per-seller tallies, is in the JSON report).
    private struct RunProperties: Encodable {
        var listingsChecked: Int
        var inputsFailed: Int
        var meanScore: Double
        var transparencyShare: Double
        var target: Double
        var meetsTarget: Bool
        var platformGrade: String
        var baseline: BaselineStatus?

        init(_ report: RunReport) {
            let figures = SummaryFigures(report.summary)
            listingsChecked = report.summary.checked
            inputsFailed = report.summary.failed
            meanScore = (report.summary.meanScore * 10).rounded() / 10
            transparencyShare = (report.summary.transparencyShare * 10000).rounded() / 10000
            target = figures.target
            meetsTarget = report.summary.transparencyShare >= figures.target
            platformGrade = figures.platformGrade.rawValue
            baseline = report.baseline
        }
    }
}
