/// The published score formula: a listing starts at 100 and each finding costs points.
///
/// - Fields: required fields weigh 2, recommended fields 1; not-applicable fields are left out of
///   both sides. The 100 points are shared among the listing's fields by weight (largest remainder,
///   so the shares add up to exactly 100). A field that is not present with a meaningful value
///   (vague, invalid, hidden or missing) loses its whole share, charged to its first finding.
/// - Claims and other findings: `error` 15, `warning` 8, `evidence` 3, `info` 0 points each.
/// - The score is 100 minus the sum of all costs, floored at 0; the grade follows from it.
///
/// So every listing's score is explainable from its findings: each one carries its `cost`.
public enum ScoreCard {
    /// Weight of a field by requirement.
    public static func weight(of requirement: FieldRequirement) -> Int {
        switch requirement {
        case .required: 2
        case .recommended: 1
        }
    }

    /// Points a non-field finding costs, by severity.
    public static func cost(of severity: Severity) -> Int {
        switch severity {
        case .error: 15
        case .warning: 8
        case .evidence: 3
        case .info: 0
        }
    }

    /// Each applicable field's share of the 100 field points, by weight, summing to exactly 100.
    public static func fieldShares(_ fields: [FieldReport]) -> [FieldName: Int] {
        let applicable = fields.filter { $0.state != .notApplicable }
        let total = applicable.reduce(0) { $0 + weight(of: $1.requirement) }
        guard total > 0 else { return [:] }
        var shares: [FieldName: Int] = [:]
        var remainders: [(index: Int, remainder: Int)] = []
        var assigned = 0
        for (index, field) in applicable.enumerated() {
            let exact = 100 * weight(of: field.requirement)
            shares[field.field] = exact / total
            assigned += exact / total
            remainders.append((index, exact % total))
        }
        let byRemainder = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in byRemainder.prefix(100 - assigned) {
            shares[applicable[entry.index].field, default: 0] += 1
        }
        return shares
    }

    /// Sets each finding's `cost` and returns the score (0–100).
    ///
    /// A field finding costs its field's share if it is the first finding for a field that is not
    /// present; further findings on the same field cost nothing (the share is already lost).
    public static func score(fields: [FieldReport], findings: inout [Finding]) -> Int {
        let shares = fieldShares(fields)
        let failing = Set(fields.filter { $0.state != .present && $0.state != .notApplicable }.map(\.field))
        var charged: Set<FieldName> = []
        var total = 0
        for index in findings.indices {
            let finding = findings[index]
            let cost: Int
            if let field = finding.field, isFieldKind(finding.kind) {
                if failing.contains(field), !charged.contains(field) {
                    charged.insert(field)
                    cost = shares[field] ?? 0
                } else {
                    cost = 0
                }
            } else {
                cost = Self.cost(of: finding.severity)
            }
            findings[index].cost = cost
            total += cost
        }
        return max(0, 100 - total)
    }

    private static func isFieldKind(_ kind: FindingKind) -> Bool {
        [.missingField, .vagueField, .invalidField, .hiddenField, .inconsistentField].contains(kind)
    }
}
