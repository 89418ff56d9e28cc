public import ListingLintCore

/// Judges the fields a listing's category profile asks for: where each value is, whether the buyer
/// can read it, and whether it means anything.
///
/// For each field it gathers candidates (attributes, sections under headings, label lines, free
/// text, the title), judges each value, and reports the best: a meaningful visible value is
/// `present` (with lower confidence from free text); option labels or a title word alone are
/// `present` but weak; a labelled value that is a placeholder or broken is `vague`; a value only in
/// image alt text or embedded script JSON is `hidden`; nothing at all is `missing`.
public struct FieldJudge: Sendable {
    private let profiles: CategoryProfiles
    private let collector: FieldCandidateCollector
    private let valueJudge: FieldValueJudge
    private let consistency: FieldConsistency
    /// Profile → field → its `missing` finding, which depends on the profile alone: written once here
    /// rather than for every listing that lacks the field (most listings lack a recommended one).
    private let missingFindings: [String: [FieldName: Finding]]

    public init(configuration: LintConfiguration) {
        let values = ValueVocabulary.embedded
        let profiles = CategoryProfiles(overrides: configuration.profileOverrides)
        self.profiles = profiles
        missingFindings = profiles.profiles.mapValues { profile in
            var findings: [FieldName: Finding] = [:]
            for case let (field, requirement?) in profile.fields {
                findings[field] = Self.missing(field, requirement: requirement, profile: profile, profiles: profiles)
            }
            return findings
        }
        collector = FieldCandidateCollector(
            vocabulary: FieldVocabulary(synonyms: .embedded, extra: configuration.extraSynonyms),
            values: values
        )
        valueJudge = FieldValueJudge(values: values)
        consistency = FieldConsistency(materials: values.materials)
    }

    public func judge(_ listing: Listing, category: CategoryDecision) -> (fields: [FieldReport], findings: [Finding]) {
        let profile = profiles.profile(named: category.name)
        let wanted = Set(profile.required + profile.recommended)
        let visible = collector.visibleCandidates(in: listing, for: wanted)
        var outcomes: [FieldName: FieldOutcome] = [:]
        for field in wanted {
            outcomes[field] = decide(field, candidates: visible[field] ?? [], profile: profile)
        }
        let unseen = Set(outcomes.filter { $0.value.state == .missing }.keys)
        let hidden = collector.hiddenCandidates(in: listing, for: unseen)
        var reports: [FieldReport] = []
        var findings: [Finding] = []
        for (field, requirement) in profile.fields {
            guard let requirement else {
                reports.append(FieldReport(field: field, requirement: .required, state: .notApplicable))
                continue
            }
            var outcome = outcomes[field] ?? FieldOutcome(state: .missing)
            if outcome.state == .missing, let found = bestHidden(hidden[field] ?? [], field: field, profile: profile) {
                outcome = FieldOutcome(state: .hidden, candidate: found)
                outcome.findings = [FieldRule.hidden(field, candidate: found, info: profiles.fieldInfo[field])]
            }
            if outcome.state == .missing {
                let known = missingFindings[profile.name]?[field]
                outcome.findings = [known ?? Self.missing(field, requirement: requirement, profile: profile, profiles: profiles)]
            }
            reports.append(FieldReport(
                field: field, requirement: requirement, state: outcome.state, value: outcome.candidate?.value,
                location: outcome.candidate?.location, source: outcome.candidate?.source,
                confidence: outcome.candidate.map { outcome.confidence ?? $0.confidence }
            ))
            findings += outcome.findings
        }
        return (reports, findings)
    }

    private static func missing(
        _ field: FieldName, requirement: FieldRequirement, profile: CategoryProfile, profiles: CategoryProfiles
    ) -> Finding {
        FieldRule.missing(field, requirement: requirement, form: profile.forms[field], info: profiles.fieldInfo[field])
    }

    /// What the visible candidates of one field add up to.
    private func decide(_ field: FieldName, candidates: [FieldCandidate], profile: CategoryProfile) -> FieldOutcome {
        let ordered = candidates.enumerated().sorted { lhs, rhs in
            lhs.element.confidence != rhs.element.confidence ? lhs.element.confidence > rhs.element.confidence : lhs.offset < rhs.offset
        }.map(\.element)
        var meaningful: [FieldCandidate] = []
        var weak: (candidate: FieldCandidate, reason: String)?
        var failing: (candidate: FieldCandidate, verdict: ValueVerdict)?
        for candidate in ordered {
            if candidate.visibility == .titleOnly {
                if weak == nil { weak = (candidate, FieldRule.titleOnlyReason(field)) }
                continue
            }
            let verdict = valueJudge.judge(candidate.value, field: field, profile: profile)
            switch verdict {
            case .meaningful:
                meaningful.append(candidate)
            case let .weak(reason):
                if weak == nil || weak?.candidate.visibility == .titleOnly || weak?.candidate.method.isLabelled == false {
                    weak = (candidate, reason)
                }
            case let .invalid(message, _) where !candidate.method.isLabelled:
                // Running text naming a material in a broken form ("at least 50% recycled polyamide")
                // states the field, weakly; it is not the seller's answer to the field.
                if weak == nil || weak?.candidate.visibility == .titleOnly { weak = (candidate, message) }
            case .vague, .invalid:
                if candidate.method.isLabelled, failing == nil { failing = (candidate, verdict) }
            }
        }
        // The seller's own answer under the field's main label decides: a dimension without a unit is
        // not excused by a weight stated elsewhere.
        if let failing, failing.candidate.isGeneric, failing.candidate.method.isLabelled, field != CoreField.material,
           !meaningful.contains(where: \.isGeneric),
           let finding = FieldRule.failing(field, verdict: failing.verdict, candidate: failing.candidate, info: profiles.fieldInfo[field]) {
            var outcome = FieldOutcome(state: .vague, candidate: failing.candidate)
            outcome.findings = [finding]
            return outcome
        }
        if let best = meaningful.first {
            var outcome = FieldOutcome(state: .present, candidate: best)
            if field == CoreField.material, let (first, second) = consistency.contradiction(among: meaningful) {
                outcome.findings.append(FieldRule.inconsistent(field, first: first, second: second))
            }
            return outcome
        }
        // A title word or a phrase in running text does not excuse a labelled value that is a
        // placeholder or broken; labelled option sizes do.
        if let weak, weak.candidate.method.isLabelled || failing == nil {
            var outcome = FieldOutcome(state: .present, candidate: weak.candidate)
            outcome.confidence = weak.candidate.visibility == .titleOnly ? weak.candidate.confidence : Self.weakConfidence
            var shown = weak.candidate
            shown.confidence = outcome.confidence ?? shown.confidence
            outcome.findings = [FieldRule.weak(field, reason: weak.reason, candidate: shown)]
            return outcome
        }
        if let failing,
           let finding = FieldRule.failing(field, verdict: failing.verdict, candidate: failing.candidate, info: profiles.fieldInfo[field]) {
            var outcome = FieldOutcome(state: .vague, candidate: failing.candidate)
            outcome.findings = [finding]
            return outcome
        }
        return FieldOutcome(state: .missing)
    }

    /// The best hidden candidate that clearly states its field and is not a placeholder. A broken
    /// form (a composition without percentages) still counts: the buyer cannot see it either way.
    private func bestHidden(_ candidates: [FieldCandidate], field: FieldName, profile: CategoryProfile) -> FieldCandidate? {
        candidates.first { candidate in
            guard collector.clearlyStates(candidate) else { return false }
            if case .vague = valueJudge.judge(candidate.value, field: field, profile: profile) { return false }
            return true
        }
    }

    /// Confidence of a value that counts as present but weak (size option labels only).
    static let weakConfidence = 0.6
}

/// One field's state, the candidate that decided it and the findings it produced.
private struct FieldOutcome {
    var state: FieldState
    var candidate: FieldCandidate?
    /// Overrides the candidate's confidence (weak values).
    var confidence: Double?
    var findings: [Finding] = []
}
