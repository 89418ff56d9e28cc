public import ListingLintCore
public import ListingLintMatching
import Foundation

/// Turns claim hits in a listing's seller text into findings and exemptions.
///
/// Field scoping — which text is the seller's advertising, and how strictly it is read:
/// - The **title** gets every rule, including title-only ones (promotional phrases, repeated symbols),
///   and is one severity step stricter (`evidence` → `warning` → `error`; `info` stays `info`): a title
///   is a headline claim with no room for the source, period and scope that would substantiate it.
/// - **Description, bullets, sections, image alt text, other seller text** get every rule except the
///   title-only ones, at the rule's severity.
/// - **Spec values** are facts, not advertising copy: only green, offset-neutrality, antimicrobial and
///   false-quality-authority claims count there ("Material: eco-friendly bamboo" is itself the claim).
///   A material/composition value also runs the totality terms so that `100%棉` is listed as an exemption.
/// - **Reviews and boilerplate** are not the seller's claims about this product: they are left out
///   entirely (not even `info`), so a shopper's "best purchase ever" never costs the seller points.
///   Spec names and breadcrumbs are labels and navigation, and hidden text is never read.
///
/// Severity: a SAMR guideline art. 6 case that still needs proof downgrades the hit to `evidence`
/// (art. 7); a health, investment or education context — from the listing's category, breadcrumbs and
/// title, or words near the hit — raises absolute, ranking, totality and guarantee hits (and rules
/// whose own domain it is) one step and cancels such a downgrade (art. 11).
public struct ClaimJudge: Sendable {
    public let matcher: ClaimMatcher
    let allowlist: ClaimAllowlist
    let gradeVocabulary: SubstantiatedGrades.Vocabulary

    /// - Parameter library: the rule packs (the embedded ones unless a test or tool passes others); the
    ///   configuration's custom rules are added to them and its allowlist is applied to every hit.
    public init(configuration: LintConfiguration, library: RulePackLibrary = .shared) {
        matcher = ClaimMatcher(
            library: library.adding(configuration.customRules),
            jurisdictions: configuration.jurisdictions,
            asOf: configuration.asOf ?? Self.today()
        )
        allowlist = ClaimAllowlist(configuration.allowlist, normaliser: matcher.normaliser)
        gradeVocabulary = SubstantiatedGrades.Vocabulary(matcher: matcher)
    }

    /// The allowlist entries of `configuration` that let no hit through in `reports` (one run), for the
    /// once-per-run `config.allowlist.unused` note.
    public static func unusedAllowlist(_ configuration: LintConfiguration, in reports: [ListingReport]) -> [AllowlistEntry] {
        guard !configuration.allowlist.isEmpty else { return [] }
        let used = Set(reports.lazy.flatMap(\.exemptions).map(\.reason))
        return configuration.allowlist.filter { !used.contains(ClaimAllowlist.reason($0)) }
    }

    /// The rule set's version: a hash of every pack and data file of the claims engine.
    public static var ruleSetVersion: String { RulePackLibrary.shared.version }

    public func judge(_ listing: Listing, category: CategoryDecision) -> (findings: [Finding], exemptions: [Exemption]) {
        let listingText = ([category.name, listing.category ?? "", listing.title?.text ?? ""] + listing.breadcrumbs)
            .joined(separator: "\n")
        let listingContexts = matcher.contexts(in: listingText)
        var segments: [TextSegment] = []
        if let title = listing.title { segments.append(title) }
        segments += listing.segments.filter { $0 != listing.title }
        segments += Self.exportedValues(of: listing, besides: segments)

        var findings: [Finding] = []
        var exemptions: [Exemption] = []
        if let title = listing.title, matcher.isEnabled(category: .titleFormatting),
           let shouting = TitleCapitals.finding(for: title) {
            findings.append(shouting)
        }
        let scans = segments.compactMap { segment in
            fieldClass(of: segment, in: listing).map { (segment: segment, field: $0, scan: matcher.scan(segment.text, field: $0)) }
        }
        var grades = SubstantiatedGrades(listing: listing, vocabulary: gradeVocabulary)
        for (segment, _, scan) in scans {
            for hit in scan.hits {
                grades.record(hit, normalised: scan.normalised, at: Self.location(of: hit.sourceRange.lowerBound, in: segment))
            }
        }
        for (segment, field, scan) in scans {
            for var hit in scan.hits {
                if let entry = allowlist.entry(covering: hit.range, rule: hit.rule.id, in: scan.normalised.scalars) {
                    exemptions.append(Exemption(
                        rule: hit.rule.id,
                        evidence: hit.evidence,
                        location: Self.location(of: hit.sourceRange.lowerBound, in: segment),
                        reason: ClaimAllowlist.reason(entry)
                    ))
                    continue
                }
                let elsewhere = grades.shownElsewhere(hit, normalised: scan.normalised)
                if let elsewhere { hit.downgrade = Message.gradeShown(at: RepeatedClaims.place(elsewhere)) }
                let grade = elsewhere != nil || grades.isShownGrade(hit)
                findings.append(finding(for: hit, in: segment, field: field, listingContexts: listingContexts, grade: grade))
            }
            for exempted in scan.exemptions {
                exemptions.append(Exemption(
                    rule: exempted.rule.id,
                    evidence: exempted.evidence,
                    location: Self.location(of: exempted.sourceRange.lowerBound, in: segment),
                    reason: exempted.reason
                ))
            }
        }
        return (RepeatedClaims.merged(findings), exemptions)
    }

    /// The attribute values of a JSON export as spec-value text: the platform shows them on the product
    /// page, so `Material: eco-friendly bamboo` or `认证: 国家免检` is a claim there and `材质: 100%棉` is
    /// listed as an exempt composition. (A page's spec table already gives its values as segments.)
    static func exportedValues(of listing: Listing, besides segments: [TextSegment]) -> [TextSegment] {
        let exported = listing.attributes.filter { $0.origin == .exportField }
        guard !exported.isEmpty else { return [] }
        let places = Set(segments.map(\.location))
        return exported.filter { !places.contains($0.location) }
            .map { TextSegment(text: $0.value, role: .specValue, location: $0.location) }
    }

    /// The field class a segment is read as, or nil when it is not the seller's advertising copy.
    func fieldClass(of segment: TextSegment, in listing: Listing) -> FieldClass? {
        switch segment.role {
        case .title: .title
        case .description, .bullet, .section, .imageAlt, .other: .copy
        case .specValue: Self.isMaterialValue(segment, in: listing) ? .material : .specValue
        case .specName, .breadcrumb, .review, .boilerplate: nil
        }
    }

    /// Attribute names of a material or composition value (lower case, simplified).
    static let materialNames = [
        "材质", "面料", "成分", "材料", "含量", "material", "fabric", "composition", "fibre", "fiber", "content",
    ]

    /// Attribute names already found to name (or not) a material: names repeat across a catalogue.
    private static let materialAttributeNames = BoundedMemo<ExactText, Bool>(capacity: 4096)

    /// Whether a spec value is the value of a material/composition attribute: the segment's field says
    /// so (`attribute:材质`), or an attribute at the same place has such a name.
    static func isMaterialValue(_ segment: TextSegment, in listing: Listing) -> Bool {
        func isMaterial(_ name: String) -> Bool {
            materialAttributeNames.value(for: ExactText(name)) {
                let lowered = name.lowercased()
                return materialNames.contains { lowered.containsBytes(of: $0) }
            }
        }
        if let field = segment.location.field, isMaterial(field) { return true }
        return listing.attributes.contains { $0.location == segment.location && isMaterial($0.name) }
    }

    /// - Parameter grade: the hit is a quality grade whose basis the listing shows; in the title it
    ///   is the same classification, so it stays `evidence` rather than being raised.
    private func finding(
        for hit: ClaimHit, in segment: TextSegment, field: FieldClass, listingContexts: Set<SensitiveContext>,
        grade: Bool
    ) -> Finding {
        let rule = hit.rule
        let nearby = listingContexts.union(hit.contexts)
        let ruleDomains = Set((rule.contexts ?? []).compactMap { SensitiveContext(rawValue: $0.rawValue) })
        let sensitive = rule.category.isRaisedInSensitiveContexts ? nearby : nearby.intersection(ruleDomains)
        var severity = rule.severity
        var notes: [String] = []
        if let reason = hit.downgrade {
            if sensitive.isEmpty {
                severity = .evidence
                notes.append(Message.downgraded(reason))
            } else {
                notes.append(Message.downgradeCancelled(reason))
            }
        }
        if !sensitive.isEmpty && severity != .info {
            severity = severity.raised
            notes.append(Message.raisedForContext(sensitive))
        }
        if field == .title && severity != .info && !(grade && severity == .evidence) {
            severity = severity.raised
            notes.append(Message.raisedInTitle)
        }
        let evasion = hit.evasion.names
        return Finding(
            rule: rule.id,
            kind: .bannedClaim,
            severity: severity,
            message: ([rule.message] + notes).joined(separator: " "),
            evidence: hit.evidence,
            location: Self.location(of: hit.sourceRange.lowerBound, in: segment),
            category: rule.category.rawValue,
            basis: rule.basis,
            suggestion: rule.rewrite,
            evasion: evasion.isEmpty ? nil : evasion.joined(separator: ", "),
            replacement: rule.replacement
        )
    }

    /// The segment's location advanced to UTF-8 byte `offset` of its text: line and column (Unicode
    /// scalars, 1-based) counted through the text, newlines included; a JSON pointer is kept as is.
    /// The listing field defaults to the segment's role.
    static func location(of offset: Int, in segment: TextSegment) -> SourceLocation {
        var location = segment.location
        if location.field == nil { location.field = segment.role.rawValue }
        guard var line = location.line else { return location }
        var column = location.column ?? 1
        for byte in segment.text.utf8.prefix(offset) where byte & 0xC0 != 0x80 {
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        location.line = line
        location.column = column
        return location
    }

    /// Today's date in UTC as `YYYY-MM-DD`.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

extension Severity {
    /// One step more serious (`error` stays `error`).
    var raised: Severity {
        switch self {
        case .info: .evidence
        case .evidence: .warning
        case .warning, .error: .error
        }
    }
}

/// Notes appended to a rule's message when the context changed its severity.
private enum Message {
    static func downgraded(_ reason: String) -> String {
        "Downgraded to evidence (\(reason)): allowed only if you can prove it (SAMR guideline art. 7)."
    }
    static func downgradeCancelled(_ reason: String) -> String {
        "Not downgraded (\(reason)) because of the sensitive context (SAMR guideline art. 11)."
    }
    static func raisedForContext(_ contexts: Set<SensitiveContext>) -> String {
        "Raised one step: \(contexts.sorted().map(\.rawValue).joined(separator: "/")) context (SAMR guideline art. 11)."
    }
    static let raisedInTitle = "Raised one step: in the title."
    static func gradeShown(at place: String) -> String {
        "SAMR guideline art. 6(3): the grade and its basis are shown at \(place)"
    }
}
