public import ListingLintCore

/// Judges the required and recommended fields of a listing. (Skeleton: attribute names only.)
public struct FieldJudge: Sendable {
    public init(configuration: LintConfiguration) {}

    public func judge(_ listing: Listing, category: CategoryDecision) -> (fields: [FieldReport], findings: [Finding]) {
        let names: [FieldName: [String]] = [
            CoreField.material: ["材质", "面料", "成分", "material", "fabric", "composition"],
            CoreField.size: ["尺寸", "尺码", "规格", "size", "dimensions"],
            CoreField.instructions: ["使用说明", "洗涤说明", "instructions", "care", "how to use"],
        ]
        var fields: [FieldReport] = []
        var findings: [Finding] = []
        for field in CoreField.all {
            let synonyms = names[field] ?? []
            if let attribute = listing.attributes.first(where: { synonyms.contains($0.name.lowercased()) }) {
                fields.append(FieldReport(field: field, requirement: .required, state: .present, value: attribute.value, location: attribute.location))
            } else {
                fields.append(FieldReport(field: field, requirement: .required, state: .missing))
                findings.append(Finding(rule: "field.\(field).missing", kind: .missingField, field: field, severity: .error, message: "no \(field) is stated"))
            }
        }
        return (fields, findings)
    }
}
