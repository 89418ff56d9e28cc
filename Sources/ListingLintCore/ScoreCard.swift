/// The published score formula: a listing starts at 100 and each finding costs points.
///
/// - Fields: required and recommended fields are counted separately. When a listing has both,
///   required fields share 80 points and recommended fields 20; when it has only one kind, that kind
///   shares all 100. Within each pool the points are shared equally (largest remainder, so the shares
///   add up to exactly the pool). Not-applicable fields are left out of both sides.
/// - A field that is not present with a meaningful value (vague, hidden or missing) loses its whole
///   share, charged to its first field finding; further findings on that field cost nothing.
/// - A field finding on a field that is present (an inconsistency between two places, a weak value)
///   costs by severity like any other finding.
/// - Claims and other findings: `error` 15, `warning` 8, `evidence` 3, `info` 0 points each.
/// - The score is 100 minus the sum of all costs, floored at 0; the grade follows from it.
///
/// So every listing's score is explainable from its findings: each one carries its `cost`.
public enum ScoreCard {
    /// Points shared by required fields when recommended fields are also judged.
    public static let requiredPool = 80

    /// Points a non-field finding costs, by severity.
    public static func cost(of severity: Severity) -> Int {
        switch severity {
        case .error: 15
        case .warning: 8
        case .evidence: 3
        case .info: 0
        }
    }

    /// Each applicable field's share of the 100 field points, summing to exactly 100 (or 0 when no
    /// field applies).
    public static func fieldShares(_ fields: [FieldReport]) -> [FieldName: Int] {
        let applicable = fields.filter { $0.state != .notApplicable }
        let required = applicable.filter { $0.requirement == .required }.map(\.field)
        let recommended = applicable.filter { $0.requirement == .recommended }.map(\.field)
        let requiredPoints = recommended.isEmpty ? 100 : (required.isEmpty ? 0 : requiredPool)
        var shares = share(requiredPoints, among: required)
        shares.merge(share(100 - requiredPoints, among: recommended)) { $0 + $1 }
        return shares
    }

    /// `points` shared equally among `fields`, the remainder going to the first fields.
    private static func share(_ points: Int, among fields: [FieldName]) -> [FieldName: Int] {
        guard !fields.isEmpty else { return [:] }
        var shares: [FieldName: Int] = [:]
        for (index, field) in fields.enumerated() {
            shares[field, default: 0] += points / fields.count + (index < points % fields.count ? 1 : 0)
        }
        return shares
    }

    /// Sets each finding's `cost` and returns the score (0–100).
    public static func score(fields: [FieldReport], findings: inout [Finding]) -> Int {
        let shares = fieldShares(fields)
        let failing = Set(fields.filter { $0.state != .present && $0.state != .notApplicable }.map(\.field))
        var charged: Set<FieldName> = []
        var total = 0
        for index in findings.indices {
            let finding = findings[index]
            let cost: Int
            if let field = finding.field, isFieldKind(finding.kind), failing.contains(field) {
                cost = charged.insert(field).inserted ? shares[field] ?? 0 : 0
            } else {
                cost = Self.cost(of: finding.severity)
            }
            findings[index].cost = cost
            total += cost
        }
        return max(0, 100 - total)
    }

    private static func isFieldKind(_ kind: FindingKind) -> Bool {
        [.missingField, .vagueField, .invalidField, .hiddenField, .inconsistentField, .weakField].contains(kind)
    }
}
