public import ListingLintCore

/// Decides a listing's category profile, and says why.
///
/// In order: the configuration's category mapping (on the category field, breadcrumbs, then title);
/// the listing's explicit category or product type (a profile name, or a category keyword in it);
/// its breadcrumbs (deepest first); the last category keyword in its title; category keywords in its
/// description (at least two hits); otherwise `default`.
public struct CategoryClassifier: Sendable {
    private let mapping: CategoryMappingMatcher
    private let keywords: CategoryKeywords
    private let profileNames: Set<String>

    /// Description hits a category needs when the title names none.
    static let descriptionHitsNeeded = 2
    /// Characters of description text read for keywords.
    static let descriptionCharacters = 4_000

    public init(configuration: LintConfiguration) {
        mapping = CategoryMappingMatcher(configuration.categoryMapping)
        keywords = CategoryKeywords(profiles: .embedded)
        profileNames = Set(ProfileData.embedded.profiles.keys).union(configuration.profileOverrides.keys)
    }

    public func classify(_ listing: Listing) -> CategoryDecision {
        let trail = listing.breadcrumbs.joined(separator: " > ")
        let mappable: [(text: String?, what: String)] = [
            (listing.category, "category field"), (trail.isEmpty ? nil : trail, "breadcrumb"), (listing.title?.text, "title"),
        ]
        for (text, what) in mappable {
            guard let text, let rule = mapping.match(text) else { continue }
            return CategoryDecision(name: rule.category, reason: Self.mappedReason(rule.pattern, what: what, text: text))
        }
        if let category = listing.category?.trimmingSpaces, !category.isEmpty {
            // Spaces to hyphens character by character: Foundation's replacingOccurrences bridged
            // every listing's category to an NSString (0.7% of an audit's time).
            let named = String(FieldKey.fold(category).map { $0 == " " ? "-" : $0 })
            if profileNames.contains(named) {
                return CategoryDecision(name: named, reason: "category field \"\(category)\"")
            }
            if let hit = keywords.lastHit(in: category) {
                return CategoryDecision(name: hit.category, reason: Self.keywordReason(hit, in: "category field \"\(category)\""))
            }
        }
        for crumb in listing.breadcrumbs.reversed() {
            if let hit = keywords.lastHit(in: crumb) {
                return CategoryDecision(name: hit.category, reason: Self.keywordReason(hit, in: "breadcrumb \"\(trail)\""))
            }
        }
        if let title = listing.title?.text, let hit = keywords.lastHit(in: title) {
            return CategoryDecision(name: hit.category, reason: "keyword \"\(hit.keyword)\" in title")
        }
        if let decision = classifyByDescription(listing) { return decision }
        return CategoryDecision(name: CategoryProfiles.defaultName, reason: "no signal")
    }

    private func classifyByDescription(_ listing: Listing) -> CategoryDecision? {
        var text = ""
        // Counted piece by piece (counting the whole text each time was quadratic): a piece ends with
        // a line break, after which a character always ends, so the counts add up exactly.
        var characters = 0
        for segment in listing.segments where segment.role == .description || segment.role == .bullet {
            let piece = segment.text + "\n"
            text += piece
            characters += piece.count
            if characters >= Self.descriptionCharacters { break }
        }
        guard !text.isEmpty else { return nil }
        var counts: [String: (hits: Int, keyword: String)] = [:]
        for hit in keywords.hits(in: String(text.prefix(Self.descriptionCharacters))) {
            counts[hit.category, default: (0, hit.keyword)].hits += 1
        }
        guard let best = counts.max(by: { $0.value.hits != $1.value.hits ? $0.value.hits < $1.value.hits : $0.key > $1.key }),
              best.value.hits >= Self.descriptionHitsNeeded else { return nil }
        return CategoryDecision(
            name: best.key, reason: "\(best.value.hits) \(best.key) keywords in description (e.g. \"\(best.value.keyword)\")"
        )
    }

    private static func mappedReason(_ pattern: String, what: String, text: String) -> String {
        "config mapping \"\(pattern)\" matched \(what) \"\(text)\""
    }

    private static func keywordReason(_ hit: CategoryKeywords.Hit, in place: String) -> String {
        "\(place) (keyword \"\(hit.keyword)\")"
    }
}
