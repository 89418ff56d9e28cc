import ListingLintCore
import ListingLintMatching

/// The claims allowlist of `.listinglint.yml`: text the team has cleared, with the reason.
///
/// An entry covers a claim hit when the entry's text, normalised like listing text (so case, width,
/// traditional characters and spacing evasions do not matter), occurs in the same segment around the
/// hit, and the entry names no rule or the hit's rule. A covered hit is not reported; it is listed as an
/// exemption whose reason names the entry, so an auditor sees what the configuration let through.
/// Entries that cover nothing in a whole run are reported once per run (`unused`).
struct ClaimAllowlist: Sendable {
    struct Entry: Sendable {
        var entry: AllowlistEntry
        var scalars: [UInt32]
    }

    let entries: [Entry]

    init(_ allowlist: [AllowlistEntry], normaliser: TextNormaliser) {
        entries = allowlist.compactMap { entry in
            let scalars = normaliser.normalise(entry.text).scalars
            return scalars.isEmpty ? nil : Entry(entry: entry, scalars: scalars)
        }
    }

    /// The first entry covering `hit` (normalised range) of rule `rule` in `scalars`, if any.
    /// O(entries × entry length²) per hit: allowlists are short.
    func entry(covering hit: Range<Int>, rule: String, in scalars: [UInt32]) -> AllowlistEntry? {
        for candidate in entries where candidate.entry.rule == nil || candidate.entry.rule == rule {
            let length = candidate.scalars.count
            guard length >= hit.count, scalars.count >= length else { continue }
            let first = max(0, hit.upperBound - length)
            let last = min(hit.lowerBound, scalars.count - length)
            guard first <= last else { continue }
            for start in first...last where scalars[start..<(start + length)].elementsEqual(candidate.scalars) {
                return candidate.entry
            }
        }
        return nil
    }

    /// The exemption reason for a hit an entry covers; `unused` recognises entries by it.
    static func reason(_ entry: AllowlistEntry) -> String {
        "allowlisted in .listinglint.yml (\"\(entry.text)\"): \(entry.reason)"
    }
}
