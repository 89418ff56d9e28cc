import ListingLintCore

/// Finds a field stated differently in two places: two labelled material values that name no
/// material family in common (JSON-LD 涤纶 vs spec table 100%棉). Only values under names for the
/// whole field are compared, so `Lining: polyester` never contradicts `Material: cotton`.
struct FieldConsistency: Sendable {
    let materials: MaterialLexicon

    /// Families too broad to contradict a specific one (`fabric` does not contradict `cotton`).
    private static let unspecificFamilies: Set<String> = ["textile"]

    /// The first pair of contradicting candidates, if any.
    func contradiction(among candidates: [FieldCandidate]) -> (FieldCandidate, FieldCandidate)? {
        let comparable = candidates.filter { $0.isGeneric && $0.method.isLabelled && $0.visibility == .visible }
        var seen: [(candidate: FieldCandidate, families: Set<String>)] = []
        for candidate in comparable {
            let families = materials.families(in: candidate.value).subtracting(Self.unspecificFamilies)
            guard !families.isEmpty else { continue }
            if let earlier = seen.first(where: { $0.families.isDisjoint(with: families) }) {
                return (earlier.candidate, candidate)
            }
            seen.append((candidate, families))
        }
        return nil
    }
}
