import ListingLintCore

/// One finding per claim: the same rule with the same evidence in several places of one listing
/// (the title and the description, the page text and its JSON-LD copy) is one claim to fix. The most
/// severe occurrence is kept, first on ties, and its message lists where else the words are.
enum RepeatedClaims {
    /// Most other places listed in a message.
    static let placesListed = 3

    static func merged(_ findings: [Finding]) -> [Finding] {
        var order: [String] = []
        var groups: [String: [Finding]] = [:]
        for finding in findings {
            let key = finding.rule + "\u{0}" + (finding.evidence ?? "").lowercased()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(finding)
        }
        return order.map { key in
            let group = groups[key]!
            let highest = group.map(\.severity).max()!
            var kept = group.first { $0.severity == highest }!
            let others = group.filter { $0 != kept }.compactMap(\.location).map(place)
            guard !others.isEmpty else { return kept }
            let listed = others.prefix(placesListed).joined(separator: ", ")
            let more = others.count > placesListed ? " and \(others.count - placesListed) more" : ""
            kept.message += " The same words appear also at \(listed)\(more)."
            return kept
        }
    }

    /// A location for a message: `title 66:31`, `text 69:14`.
    static func place(_ location: SourceLocation) -> String {
        let position = location.positionDescription
        switch (location.field, position.isEmpty) {
        case let (field?, false): return "\(field) \(position)"
        case let (field?, true): return field
        case (nil, _): return position.isEmpty ? "another place" : position
        }
    }
}
