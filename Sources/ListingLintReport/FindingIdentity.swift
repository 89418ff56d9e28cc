import Foundation
public import ListingLintCore

/// What makes a finding the same finding from one run to the next: its listing, its rule and its
/// evidence normalised — never its line, so a finding keeps its identity when text moves.
///
/// Baselines match on the key; SARIF `partialFingerprints` and GitLab `fingerprint` hash it.
public struct FindingKey: Hashable, Sendable, Comparable {
    public var listing: String
    public var rule: String
    /// `FindingKey.normalize(evidence)`.
    public var evidence: String

    public init(listing: String, rule: String, evidence: String) {
        self.listing = listing
        self.rule = rule
        self.evidence = evidence
    }

    /// The key of a finding of a listing.
    public init(listing: String, finding: Finding) {
        self.init(listing: listing, rule: finding.rule, evidence: Self.normalize(finding.evidence))
    }

    /// Evidence as compared across runs: Unicode compatibility-mapped (NFKC: full-width letters and
    /// the ideographic space become their plain forms), trimmed, runs of whitespace collapsed to one
    /// space, lower-cased. Nil evidence normalises to the empty string.
    public static func normalize(_ evidence: String?) -> String {
        guard let evidence, !evidence.isEmpty else { return "" }
        let mapped = evidence.precomposedStringWithCompatibilityMapping.lowercased()
        return mapped.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.listing, lhs.rule, lhs.evidence) < (rhs.listing, rhs.rule, rhs.evidence)
    }

    /// A stable fingerprint: 32 hex digits of SHA-256 over the key, and over `occurrence` when the
    /// listing has more than one finding with this key (0 for the first, 1 for the second…).
    public func fingerprint(occurrence: Int = 0) -> String {
        var material = ["listinglint-finding-v1", listing, rule, evidence]
        if occurrence > 0 { material.append(String(occurrence)) }
        return String(SHA256.hex(material.joined(separator: "\u{1F}")).prefix(32))
    }
}

/// Fingerprints for reporters, computed the same way for every format.
public enum FindingFingerprints {
    /// One fingerprint per finding of `listing`, in the order of `listing.findings`.
    public static func of(_ listing: ListingReport) -> [String] {
        var seen: [FindingKey: Int] = [:]
        return listing.findings.map { finding in
            let key = FindingKey(listing: listing.id, finding: finding)
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return key.fingerprint(occurrence: occurrence)
        }
    }

    /// The fingerprint of an input error: its file (and record, when known) and its rule.
    public static func of(_ failure: InputFailure) -> String {
        let record =
            failure.listing ?? failure.finding.location?.pointer ?? failure.finding.location?.line.map(String.init)
            ?? ""
        return FindingKey(listing: failure.source + "\u{1F}" + record, rule: failure.finding.rule, evidence: "")
            .fingerprint()
    }
}
