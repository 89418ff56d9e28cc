import ListingLintCore

/// The field rules: stable ids (`field.<name>.<problem>`), and the findings they emit with their
/// messages. Severities: a missing required field is an `error`; vague, invalid, hidden and
/// inconsistent values are `warning`s; a missing recommended field and a weak value are `info`.
/// Not-applicable fields never produce a finding.
enum FieldRule {
    /// The rule id for `problem` on `field`, e.g. `field.material.vague`.
    static func id(_ field: FieldName, _ problem: Problem) -> String { "field.\(field).\(problem.rawValue)" }

    /// What is wrong with a field.
    enum Problem: String, CaseIterable {
        case missing, vague, invalid, hidden, inconsistent, weak
    }

    static func missing(_ field: FieldName, requirement: FieldRequirement, form: String?, info: ProfileData.FieldInfo?) -> Finding {
        let what = form.map { "\(info?.label ?? field) (\($0))" } ?? (info?.label ?? field)
        let message = requirement == .required
            ? "missing \(what): not stated anywhere the buyer can read it"
            : "missing \(what) (recommended): not stated"
        return Finding(
            rule: id(field, .missing), kind: .missingField, field: field,
            severity: requirement == .required ? .error : .info, message: message, basis: info?.basis,
            suggestion: form.map { "state the \($0) in the listing text or a spec table" }
        )
    }

    static func failing(_ field: FieldName, verdict: ValueVerdict, candidate: FieldCandidate, info: ProfileData.FieldInfo?) -> Finding? {
        let (problem, kind, message, suggestion): (Problem, FindingKind, String, String?)
        switch verdict {
        case let .vague(text, fix): (problem, kind, message, suggestion) = (.vague, .vagueField, text, fix)
        case let .invalid(text, fix): (problem, kind, message, suggestion) = (.invalid, .invalidField, text, fix)
        case .meaningful, .weak: return nil
        }
        return Finding(
            rule: id(field, problem), kind: kind, field: field, severity: .warning,
            message: "\(message) — \(candidate.source)", evidence: candidate.value, location: candidate.location,
            basis: info?.basis, suggestion: suggestion, confidence: candidate.confidence
        )
    }

    static func weak(_ field: FieldName, reason: String, candidate: FieldCandidate) -> Finding {
        Finding(
            rule: id(field, .weak), kind: .weakField, field: field, severity: .info,
            message: "\(reason); counted as present with confidence \(candidate.confidence)",
            evidence: candidate.value, location: candidate.location, confidence: candidate.confidence
        )
    }

    static func titleOnlyReason(_ field: FieldName) -> String {
        "\(field) is only mentioned in the title"
    }

    static func hidden(_ field: FieldName, candidate: FieldCandidate, info: ProfileData.FieldInfo?) -> Finding {
        let place = candidate.visibility == .imageOnly
            ? "only in image alt text: the information is inside images, which not every buyer can read"
            : "only inside embedded script data, which the buyer never sees"
        return Finding(
            rule: id(field, .hidden), kind: .hiddenField, field: field, severity: .warning,
            message: "\(info?.label ?? field) is stated \(place) (\(candidate.source))",
            evidence: candidate.value, location: candidate.location, basis: info?.basis,
            suggestion: "show the value in the page text or a spec table", confidence: candidate.confidence
        )
    }

    static func inconsistent(_ field: FieldName, first: FieldCandidate, second: FieldCandidate) -> Finding {
        Finding(
            rule: id(field, .inconsistent), kind: .inconsistentField, field: field, severity: .warning,
            message: "\(field) is stated differently in two places: \"\(first.value)\" (\(first.source)) and \"\(second.value)\" (\(second.source))",
            evidence: second.value, location: second.location,
            suggestion: "make every place state the same \(field)"
        )
    }
}
