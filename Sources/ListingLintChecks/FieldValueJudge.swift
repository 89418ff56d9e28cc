import ListingLintCore

/// Judges one stated value of one field in one category: placeholders for every field, then the
/// field's own rules.
struct FieldValueJudge: Sendable {
    let values: ValueVocabulary
    /// Verdicts already given: a value's verdict depends only on it, its field and the profile's value rules.
    private let verdicts = BoundedMemo<VerdictKey, ValueVerdict>(capacity: 8192)

    init(values: ValueVocabulary) {
        self.values = values
    }

    func judge(_ value: String, field: FieldName, profile: CategoryProfile) -> ValueVerdict {
        verdicts.value(for: VerdictKey(value: ExactText(value), field: field, valueRules: profile.valueRules)) {
            judgeAnew(value, field: field, profile: profile)
        }
    }

    private struct VerdictKey: Hashable, Sendable {
        var value: ExactText
        var field: FieldName
        var valueRules: Set<String>
    }

    private func judgeAnew(_ value: String, field: FieldName, profile: CategoryProfile) -> ValueVerdict {
        if let placeholder = PlaceholderValueRule(values: values).check(value) { return placeholder }
        switch field {
        case CoreField.material:
            return MaterialValueRule(
                values: values,
                checksFibreNames: profile.valueRules.contains(CategoryProfile.ValueRule.fibreNames),
                checksComposition: profile.valueRules.contains(CategoryProfile.ValueRule.fibreComposition)
            ).check(value)
        case CoreField.size:
            return SizeValueRule(values: values, numbersAreLabels: profile.valueRules.contains(CategoryProfile.ValueRule.numericSizeLabels))
                .check(value)
        case CoreField.instructions:
            return InstructionsValueRule(values: values).check(value)
        case ProfileField.manufacturer:
            return PromiseValueRules(values: values).checkManufacturer(value)
        case ProfileField.shippingTime:
            return PromiseValueRules(values: values).checkShippingTime(value)
        case ProfileField.ageGrading:
            return PromiseValueRules(values: values).checkAgeGrading(value)
        default:
            return .meaningful
        }
    }
}
