import ListingLintCore
import ListingLintMatching

/// Quality grades (特级, 一级) whose basis the listing shows somewhere: SAMR guideline art. 6(3) allows a
/// grade defined by a national or industry standard when the basis is shown. A product page shows it
/// once — `等级：特级（依据GB/T 18650）` in the text, or a `等级: 特级` attribute — and repeats the grade
/// in its title; the title's 特级 is the same classification, so it needs the same proof (art. 7), no more.
struct SubstantiatedGrades {
    /// Rule id and normalised words of each grade hit downgraded by a standard-grade exception, with
    /// where it stands.
    private var shown: [String: SourceLocation] = [:]
    /// Normalised values of attributes named as a grade or standard (`等级`, `执行标准`), with their place.
    private let gradeAttributes: [(value: String, location: SourceLocation)]
    /// The reasons of the standard-grade exceptions, which mark a hit's downgrade as one of theirs.
    private let gradeReasons: Set<String>

    init(listing: Listing, matcher: ClaimMatcher) {
        let exceptions = matcher.library.exceptions.filter { $0.id.hasPrefix("exception.standard-grade") }
        gradeReasons = Set(exceptions.map(\.reason))
        let names = Set(exceptions.flatMap { $0.cuesBefore ?? [] }.map { matcher.normaliser.normalise($0).text })
        gradeAttributes = listing.attributes.compactMap { attribute in
            let name = matcher.normaliser.normalise(attribute.name).text
            guard names.contains(where: name.containsBytes(of:)) else { return nil }
            return (matcher.normaliser.normalise(attribute.value).text, attribute.location)
        }
    }

    /// Whether `hit` is a grade downgraded because its basis is shown right by it.
    func isShownGrade(_ hit: ClaimHit) -> Bool {
        hit.downgrade.map(gradeReasons.contains) ?? false
    }

    mutating func record(_ hit: ClaimHit, normalised: NormalisedText, at location: SourceLocation) {
        guard isShownGrade(hit) else { return }
        let key = hit.rule.id + "\u{0}" + Self.words(hit, normalised)
        if shown[key] == nil { shown[key] = location }
    }

    /// Where the basis of the same grade is shown, for a grade hit that shows none itself.
    func shownElsewhere(_ hit: ClaimHit, normalised: NormalisedText) -> SourceLocation? {
        guard hit.downgrade == nil, hit.rule.category == .absoluteTerm else { return nil }
        let words = Self.words(hit, normalised)
        if let location = shown[hit.rule.id + "\u{0}" + words] { return location }
        return gradeAttributes.first { $0.value.containsBytes(of: words) }?.location
    }

    private static func words(_ hit: ClaimHit, _ normalised: NormalisedText) -> String {
        var words = String.UnicodeScalarView()
        for value in normalised.scalars[hit.range] { if let scalar = Unicode.Scalar(value) { words.append(scalar) } }
        return String(words)
    }
}
