import CLibXML2
public import ListingLintCore

/// Reads one HTML product page into a listing. (Skeleton: the HTML reader issue fills it.)
public enum HTMLReader {
    public static func read(_ document: InputDocument, limits: InputLimits) -> ReadOutcome {
        ReadOutcome(failures: [InputFailure(source: document.source, rule: InputRule.unknownFormat, message: "HTML reading is not built yet")])
    }

    /// libxml2's version string.
    public static var libxml2Version: String { String(cString: listinglint_xml_version()) }
}
