public import ListingLintCore

/// One finding to render with what it belongs to: a listing, or an input that could not be read.
/// The CI formats flatten a run into these, input errors first, then listings in report order.
public struct ReportItem: Sendable {
    /// The input file as given.
    public var source: String
    /// The listing the finding is about; nil for input errors.
    public var listing: ListingReport?
    /// The listing id an input error names, if it was one record of a multi-listing file.
    public var failedRecord: String?
    public var finding: Finding
    /// Stable across runs and line moves (`FindingFingerprints`).
    public var fingerprint: String

    /// The listing's id, or the failed record's, if known.
    public var listingID: String? { listing?.id ?? failedRecord }

    public var isInputError: Bool { listing == nil }

    /// The listing field the finding is about, from the finding or its location.
    public var field: String? { finding.field ?? finding.location?.field }
}

extension RunReport {
    /// Every finding of the run: input errors first, then each listing's findings in order.
    public var items: [ReportItem] {
        var items = inputErrors.map { failure in
            ReportItem(
                source: failure.source,
                failedRecord: failure.listing,
                finding: failure.finding,
                fingerprint: FindingFingerprints.of(failure)
            )
        }
        for listing in listings {
            for (finding, fingerprint) in zip(listing.findings, FindingFingerprints.of(listing)) {
                items.append(
                    ReportItem(source: listing.source, listing: listing, finding: finding, fingerprint: fingerprint))
            }
        }
        return items
    }
}
