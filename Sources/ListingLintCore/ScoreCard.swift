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
        Dictionary(shareList(fields).map { ($0.field, $0.points) }, uniquingKeysWith: +)
    }

    /// The shares of `fieldShares(_:)` as a list in field order: a listing judges a handful of fields,
    /// and scoring every listing of an audit through dictionaries and sets of names cost more than the
    /// rest of the score.
    private static func shareList(_ fields: [FieldReport]) -> [(field: FieldName, points: Int)] {
        // By index: the reports are large, and this runs for every listing.
        let applicable = fields.indices.filter { fields[$0].state != .notApplicable }
        let required = applicable.filter { fields[$0].requirement == .required }.map { fields[$0].field }
        let recommended = applicable.filter { fields[$0].requirement == .recommended }.map { fields[$0].field }
        let requiredPoints = recommended.isEmpty ? 100 : (required.isEmpty ? 0 : requiredPool)
        return share(requiredPoints, among: required) + share(100 - requiredPoints, among: recommended)
    }

    /// `points` shared equally among `fields`, the remainder going to the first fields.
    private static func share(_ points: Int, among fields: [FieldName]) -> [(field: FieldName, points: Int)] {
        fields.enumerated().map { index, field in
            (field, points / fields.count + (index < points % fields.count ? 1 : 0))
        }
    }

    /// Sets each finding's `cost` and returns the score (0–100).
    public static func score(fields: [FieldReport], findings: inout [Finding]) -> Int {
        let shares = shareList(fields)
        let failing = fields.indices
            .filter { fields[$0].state != .present && fields[$0].state != .notApplicable }
            .map { fields[$0].field }
        var charged: [FieldName] = []
        var total = 0
        for index in findings.indices {
            let cost: Int
            if let field = findings[index].field, isFieldKind(findings[index].kind), failing.contains(field) {
                if charged.contains(field) {
                    cost = 0
                } else {
                    charged.append(field)
                    cost = shares.reduce(0) { $0 + ($1.field == field ? $1.points : 0) }
                }
            } else {
                cost = Self.cost(of: findings[index].severity)
            }
            findings[index].cost = cost
            total += cost
        }
        return max(0, 100 - total)
    }

    private static func isFieldKind(_ kind: FindingKind) -> Bool {
        switch kind {
        case .missingField, .vagueField, .invalidField, .hiddenField, .inconsistentField, .weakField: true
        default: false
        }
    }
}
