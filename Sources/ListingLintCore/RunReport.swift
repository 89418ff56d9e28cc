/// The result of one run over a set of inputs: what every output format renders.
public struct RunReport: Codable, Sendable {
    public var tool: ToolInfo
    /// Checked listings in input order (files sorted by path, listings in file order).
    public var listings: [ListingReport]
    /// Inputs and records that could not be read.
    public var inputErrors: [InputFailure]
    public var summary: CatalogueSummary
    /// How the run compared with a baseline, when one was given; `listings` then hold only new findings.
    public var baseline: BaselineStatus?

    public init(
        tool: ToolInfo,
        listings: [ListingReport],
        inputErrors: [InputFailure],
        summary: CatalogueSummary,
        baseline: BaselineStatus? = nil
    ) {
        self.tool = tool
        self.listings = listings
        self.inputErrors = inputErrors
        self.summary = summary
        self.baseline = baseline
    }
}

/// Name and versions of the tool that made a report; injected so reporters stay deterministic.
public struct ToolInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String
    /// Version of the rule set (packs + profiles): summaries only merge within one rule set.
    public var ruleSet: String
    /// libxml2's version, for HTML reading.
    public var libxml2: String?

    public init(name: String = "listinglint", version: String, ruleSet: String, libxml2: String? = nil) {
        self.name = name
        self.version = version
        self.ruleSet = ruleSet
        self.libxml2 = libxml2
    }
}
