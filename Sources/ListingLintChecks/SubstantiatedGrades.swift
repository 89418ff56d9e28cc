import ListingLintCore
import ListingLintMatching

/// Quality grades (特级, 一级) whose basis the listing shows somewhere: SAMR guideline art. 6(3) allows a
/// grade defined by a national or industry standard when the basis is shown. A product page shows it
/// once — `等级：特级（依据GB/T 18650）` in the text, or a `等级: 特级` attribute — and repeats the grade
/// in its title; the title's 特级 is the same classification, so it needs the same proof (art. 7), no more.
struct SubstantiatedGrades {
    /// What marks a grade as shown, read once from the claims engine's exceptions.
    struct Vocabulary: Sendable {
        /// The reasons of the standard-grade exceptions, which mark a hit's downgrade as one of theirs.
        let gradeReasons: Set<String>
        /// Normalised attribute-name words that hold a grade or its standard (`等级`, `执行标准`).
        let attributeNames: [String]
        let normaliser: TextNormaliser

        init(matcher: ClaimMatcher) {
            let exceptions = matcher.library.exceptions.filter { $0.id.hasPrefix("exception.standard-grade") }
            gradeReasons = Set(exceptions.map(\.reason))
            attributeNames = Array(Set(exceptions.flatMap { $0.cuesBefore ?? [] }.map { matcher.normaliser.normalise($0).text }))
            normaliser = matcher.normaliser
        }
    }

    private let vocabulary: Vocabulary
    private let attributes: [Attribute]
    /// Rule id and normalised words of each grade hit whose basis is shown right by it, with its place.
    private var shown: [String: SourceLocation] = [:]
    /// Normalised values of grade or standard attributes, read on the first grade hit that needs them.
    private var gradeAttributes: [(value: String, location: SourceLocation)]?

    init(listing: Listing, vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        attributes = listing.attributes
    }

    /// Whether `hit` is a grade downgraded because its basis is shown right by it.
    func isShownGrade(_ hit: ClaimHit) -> Bool {
        hit.downgrade.map(vocabulary.gradeReasons.contains) ?? false
    }

    mutating func record(_ hit: ClaimHit, normalised: NormalisedText, at location: SourceLocation) {
        guard isShownGrade(hit) else { return }
        let key = hit.rule.id + "\u{0}" + normalised.text(of: hit.range)
        if shown[key] == nil { shown[key] = location }
    }

    /// Where the basis of the same grade is shown, for an absolute-term hit that shows none itself.
    mutating func shownElsewhere(_ hit: ClaimHit, normalised: NormalisedText) -> SourceLocation? {
        guard hit.downgrade == nil, hit.rule.category == .absoluteTerm else { return nil }
        let words = normalised.text(of: hit.range)
        if let location = shown[hit.rule.id + "\u{0}" + words] { return location }
        if gradeAttributes == nil {
            let normaliser = vocabulary.normaliser
            gradeAttributes = attributes.compactMap { attribute in
                let name = normaliser.normalise(attribute.name).text
                guard vocabulary.attributeNames.contains(where: name.containsBytes(of:)) else { return nil }
                return (normaliser.normalise(attribute.value).text, attribute.location)
            }
        }
        return gradeAttributes?.first { $0.value.containsBytes(of: words) }?.location
    }
}
