import ListingLintCore

/// The one title-formatting check the claims matcher cannot make: a title written in capitals.
///
/// The matcher reads case-folded text, so "SUPER SOFT BLANKET" and "Super Soft Blanket" look the same
/// to it; this check reads the raw title instead. Repeated `!!!` / `$$$` and emoji are pack rules
/// (`claim.en.title.*`). Marketplaces (Amazon title requirements, Google Merchant Center editorial
/// requirements) reject titles in capitals; it is formatting, not a legal claim, so the finding is `info`.
///
/// A title shouts when at least two of its Latin words of four or more letters are written entirely in
/// capitals and they are at least half of such words: short acronyms (LED, USB, 4K) and one brand in
/// capitals do not count.
enum TitleCapitals {
    static let rule = "claim.en.title.all-caps"
    static let basis = "Amazon product title requirements (no words in all capitals); Google Merchant Center editorial requirements"
    static let message = "The title is written in capital letters, which marketplaces reject as shouting."
    static let suggestion = "Write the title in sentence or title case; keep capitals for acronyms and model codes."

    /// The capitalised words of `title` when the title shouts, else nil.
    static func shouting(_ title: String) -> [Substring]? {
        // Two words of four capitals need eight capital letters: most titles have fewer, and counting
        // bytes is cheaper than splitting the title into characters.
        guard title.utf8.lazy.filter({ (0x41...0x5A).contains($0) }).count >= 8 else { return nil }
        let words: [Substring] = title.split(whereSeparator: { !($0.isLetter && $0.isASCII) }).filter { $0.count >= 4 }
        let capitals = words.filter { $0.allSatisfy(\.isUppercase) }
        guard capitals.count >= 2, capitals.count * 2 >= words.count else { return nil }
        return capitals
    }

    /// The finding for a title segment that shouts (`info`); the evidence is the source text from the
    /// first to the last capitalised word, located at the first.
    static func finding(for title: TextSegment) -> Finding? {
        guard let capitals = shouting(title.text), let first = capitals.first, let last = capitals.last else {
            return nil
        }
        let offset = title.text.utf8.distance(from: title.text.startIndex, to: first.startIndex)
        return Finding(
            rule: rule,
            kind: .bannedClaim,
            severity: .info,
            message: message,
            evidence: String(title.text[first.startIndex..<last.endIndex]),
            location: ClaimJudge.location(of: offset, in: title),
            category: "title-formatting",
            basis: basis,
            suggestion: suggestion
        )
    }
}
