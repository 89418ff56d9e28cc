/// Finds claim hits in text: normalise, run the Aho–Corasick automaton over every pack term and
/// exception phrase at once, apply the boundary policy, decide exceptions, keep the leftmost-longest hits.
///
/// Hand-written rather than a regex engine or a dependency because it is the product's core: it must
/// stay linear in the input with hundreds of terms, undo evasions while reporting the exact source text
/// and position, and apply exceptions to the one hit they cover — none of which an off-the-shelf
/// matcher does, and all of which the tests pin down here.
///
/// Boundary policy: a term that starts (ends) with a letter or digit of an alphabetic script must not
/// have one right before (after) it, so `best` never fires inside `bestow`; CJK terms never need
/// boundaries (there are no spaces between Chinese words). Built once; `scan` is thread-safe.
public struct ClaimMatcher: Sendable {
    public let library: RulePackLibrary
    public let normaliser: TextNormaliser
    public let automaton: AhoCorasick
    /// The rules in force (jurisdictions and date), by library rule index.
    public let enabled: [Bool]
    /// Categories with at least one rule in force.
    let enabledCategories: Set<ClaimCategory>
    let patterns: [Pattern]
    /// Flat copies of `patterns` for the scan loop (no reference counting per occurrence).
    let patternLength: [Int]
    let patternShape: [UInt8]
    let ownerStart: [Int]
    let owners: [Pattern.Owner]
    /// Per field class, per rule index: whether the rule is checked there.
    let allowed: [FieldClass: [Bool]]
    /// Per rule index: what the text around a hit must hold (`RuleRequirement`), if anything.
    let requirement: [RuleRequirement?]
    /// Indices of the context exceptions covering rule `r`, in file order:
    /// `exceptionIndex[exceptionStart[r]..<exceptionStart[r + 1]]` (flat, for the per-hit loop).
    let exceptionStart: [Int]
    let exceptionIndex: [Int]
    /// The context exceptions' conditions as plain values (no reference counting per hit).
    let compiled: [CompiledException]
    let cueLists: CueLists
    /// Longest cue phrase, in characters.
    let longestCue: Int
    /// Longest pattern of any kind, in characters.
    let longestPattern: Int

    static let startsWithWord: UInt8 = 1
    static let endsWithWord: UInt8 = 2
    static let attachedSuffix: UInt8 = 4

    /// A pattern: one distinct normalised phrase and everything that uses it.
    struct Pattern {
        enum Owner {
            case term(rule: Int)
            /// Rule-local exception `exception` of rule `rule` (index into the rule's `exceptions`).
            case ruleException(rule: Int, exception: Int)
            case contextException(Int)
            /// A phrase of cue list `n` (see `CueLists`).
            case cue(list: Int)
        }
        var scalars: [UInt32]
        var startsWithWord: Bool
        var endsWithWord: Bool
        /// A `-suffix` exception phrase: must be attached to a word (`gluten-free`).
        var attachedSuffix: Bool
        var owners: [Owner]
    }

    /// Cue phrases are patterns of the automaton too, so one pass finds them; each list gets a number.
    /// Exception `e` owns lists `4e` (before), `4e + 1` (after), `4e + 2` (region), `4e + 3` (source);
    /// sensitive context `c` owns list `4 * exceptionCount + c`.
    struct CueLists {
        var exceptionCount: Int
        var contextCount: Int
        var count: Int { 4 * exceptionCount + contextCount }
        func before(_ exception: Int) -> Int { 4 * exception }
        func after(_ exception: Int) -> Int { 4 * exception + 1 }
        func region(_ exception: Int) -> Int { 4 * exception + 2 }
        func source(_ exception: Int) -> Int { 4 * exception + 3 }
        func context(_ index: Int) -> Int { 4 * exceptionCount + index }
    }

    /// - Parameters:
    ///   - jurisdictions: rules of these jurisdictions apply (`cn`, `eu`, `us`).
    ///   - asOf: the day the check is dated (`YYYY-MM-DD`); rules with a later `appliesFrom` are skipped.
    public init(library: RulePackLibrary = .shared, jurisdictions: Set<String> = ["cn", "eu", "us"], asOf: String) {
        self.library = library
        let normaliser = TextNormaliser(library: library)
        self.normaliser = normaliser
        let table = normaliser.table
        func normalised(_ phrase: String) -> [UInt32] {
            normaliser.normalise(phrase.trimmingCharactersInSpaces()).scalars
        }

        var patterns: [Pattern] = []
        var index: [[UInt32]: Int] = [:]
        func add(_ phrase: String, _ owner: Pattern.Owner) {
            let scalars = normalised(phrase)
            guard !scalars.isEmpty else { return }
            if let existing = index[scalars] {
                patterns[existing].owners.append(owner)
                return
            }
            index[scalars] = patterns.count
            patterns.append(Pattern(
                scalars: scalars,
                startsWithWord: table.characterClass(scalars[0]).contains(.word),
                endsWithWord: table.characterClass(scalars[scalars.count - 1]).contains(.word),
                attachedSuffix: scalars[0] == 0x2D,
                owners: [owner]
            ))
        }
        for (number, rule) in library.rules.enumerated() {
            for term in rule.terms { add(term, .term(rule: number)) }
            for (local, exception) in (rule.exceptions ?? []).enumerated() {
                for term in exception.terms { add(term, .ruleException(rule: number, exception: local)) }
            }
        }
        let cueLists = CueLists(
            exceptionCount: library.exceptions.count, contextCount: library.sensitiveContexts.contexts.count
        )
        for (number, exception) in library.exceptions.enumerated() {
            for term in exception.terms ?? [] { add(term, .contextException(number)) }
            for cue in exception.cuesBefore ?? [] { add(cue, .cue(list: cueLists.before(number))) }
            for cue in exception.cuesAfter ?? [] { add(cue, .cue(list: cueLists.after(number))) }
            for cue in exception.regionCues ?? [] { add(cue, .cue(list: cueLists.region(number))) }
            for cue in exception.sourceCues ?? [] { add(cue, .cue(list: cueLists.source(number))) }
        }
        for (number, context) in library.sensitiveContexts.contexts.enumerated() {
            for cue in context.cues { add(cue, .cue(list: cueLists.context(number))) }
        }
        self.cueLists = cueLists
        longestCue = patterns.filter { $0.owners.contains { if case .cue = $0 { true } else { false } } }
            .map { $0.scalars.count }.max() ?? 0
        self.patterns = patterns
        // Closures, not key paths: these run over every pattern at start-up, and a key path of two
        // components is projected by the runtime, call by call.
        patternLength = patterns.map { $0.scalars.count }
        longestPattern = patternLength.max() ?? 0
        patternShape = patterns.map {
            ($0.startsWithWord ? Self.startsWithWord : 0) | ($0.endsWithWord ? Self.endsWithWord : 0)
                | ($0.attachedSuffix ? Self.attachedSuffix : 0)
        }
        ownerStart = patterns.reduce(into: [0]) { $0.append($0.last! + $1.owners.count) }
        owners = patterns.flatMap { $0.owners }
        automaton = AhoCorasick(patterns: patterns.map { $0.scalars })

        let enabled = library.rules.map { $0.applies(jurisdictions: jurisdictions, asOf: asOf) }
        self.enabled = enabled
        var allowed: [FieldClass: [Bool]] = [:]
        for field in FieldClass.allCases {
            allowed[field] = zip(library.rules, enabled).map { rule, on in
                guard on else { return false }
                switch field {
                case .title: return true
                case .copy: return !rule.isTitleOnly
                case .specValue: return !rule.isTitleOnly && rule.category.appliesToSpecValues
                case .material:
                    return !rule.isTitleOnly && (rule.category.appliesToSpecValues || rule.category == .totality)
                }
            }
        }
        self.allowed = allowed
        requirement = library.rules.map { $0.requires }
        enabledCategories = Set(zip(library.rules, enabled).compactMap { rule, on in on ? rule.category : nil })
        let byRule = Self.exceptionsByRule(library)
        exceptionStart = byRule.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        exceptionIndex = byRule.flatMap { $0 }
        compiled = library.exceptions.map { exception in
            CompiledException(
                hasTerms: exception.terms != nil,
                fields: exception.fields.map { fields in FieldClass.allCases.map(fields.contains) },
                hasCuesBefore: exception.cuesBefore != nil,
                hasCuesAfter: exception.cuesAfter != nil,
                window: exception.window ?? 8,
                when: exception.when,
                effect: exception.effect ?? .exempt
            )
        }
    }

    /// Whether any rule of `category` is in force (jurisdictions and date).
    public func isEnabled(category: ClaimCategory) -> Bool {
        enabledCategories.contains(category)
    }

    /// The rules, by index (same order as `library.rules`).
    public var rules: [ClaimRule] { library.rules }

    /// Scans one piece of text of a field class.
    public func scan(_ text: String, field: FieldClass) -> ClaimScan {
        scan(normaliser.normalise(text), field: field)
    }

    /// Scans text already normalised.
    public func scan(_ text: NormalisedText, field: FieldClass) -> ClaimScan {
        let allowed = self.allowed[field]!
        var candidates: [Candidate] = []
        var ruleExceptionSpans: [RuleExceptionSpan] = []
        // Allocated on the first phrase found: most short texts (a spec value) have none.
        var exceptionSpans: [[Range<Int>]] = []
        var cues: [[Range<Int>]] = []
        let exceptionCount = library.exceptions.count
        let cueListCount = cueLists.count
        let scalars = text.scalars
        patternLength.withUnsafeBufferPointer { patternLength in
            patternShape.withUnsafeBufferPointer { patternShape in
                ownerStart.withUnsafeBufferPointer { ownerStart in
                    owners.withUnsafeBufferPointer { owners in
                        automaton.scan(scalars) { number, end in
                            let range = (end - patternLength[number])..<end
                            guard boundaryHolds(patternShape[number], range, scalars) else { return }
                            for owner in owners[ownerStart[number]..<ownerStart[number + 1]] {
                                switch owner {
                                case let .term(rule):
                                    if allowed[rule] { candidates.append(Candidate(rule: rule, range: range)) }
                                case let .ruleException(rule, exception):
                                    ruleExceptionSpans.append(RuleExceptionSpan(rule: rule, range: range, exception: exception))
                                case let .contextException(exception):
                                    if exceptionSpans.isEmpty {
                                        exceptionSpans = .init(repeating: [], count: exceptionCount)
                                    }
                                    exceptionSpans[exception].append(range)
                                case let .cue(list):
                                    if cues.isEmpty { cues = .init(repeating: [], count: cueListCount) }
                                    cues[list].append(range)
                                }
                            }
                        }
                    }
                }
            }
        }
        candidates.removeAll { candidate in
            switch requirement[candidate.rule] {
            case nil: false
            case .figure?: !figureNear(candidate.range, scalars)
            case .freeInSentence?: !freeInSentence(candidate.range, scalars)
            case .noCertificationNamed?: certificationNamed(candidate.range, scalars)
            case .noPriceNearby?: priceNear(candidate.range, scalars)
            }
        }
        guard !candidates.isEmpty else { return ClaimScan(normalised: text, hits: [], exemptions: []) }
        if exceptionSpans.isEmpty { exceptionSpans = .init(repeating: [], count: exceptionCount) }
        if cues.isEmpty { cues = .init(repeating: [], count: cueListCount) }
        let found = Found(scalars: scalars, spans: exceptionSpans, cues: cues)

        for index in candidates.indices {
            let candidate = candidates[index]
            if let local = containing(candidate.range, in: ruleExceptionSpans, where: { $0.rule == candidate.rule }) {
                candidates[index].exemption = library.rules[local.rule].exceptions![local.exception].reason
                continue
            }
            for number in exceptionIndex[exceptionStart[candidate.rule]..<exceptionStart[candidate.rule + 1]] {
                guard let effect = applies(number, to: candidate.range, field: field, found) else { continue }
                let reason = library.exceptions[number].reason
                if effect == .exempt {
                    candidates[index].exemption = reason
                    candidates[index].downgrade = nil
                    break
                }
                if candidates[index].downgrade == nil { candidates[index].downgrade = reason }
            }
        }
        exemptInsideExempted(&candidates)
        return assemble(candidates, text, found)
    }

    /// A shorter term inside a longer one that an exception explained (`最` inside an exempted
    /// `最佳饮用时间`) is that same word: it is exempt for the same reason. One sweep in start order,
    /// keeping the exempted range that reaches furthest (the earliest on ties), so hostile text with
    /// thousands of hits stays linear after the sort.
    private func exemptInsideExempted(_ candidates: inout [Candidate]) {
        let exempted = candidates.indices.filter { candidates[$0].exemption != nil }
            .sorted { candidates[$0].range.lowerBound < candidates[$1].range.lowerBound }
        guard !exempted.isEmpty else { return }
        let open = candidates.indices.filter { candidates[$0].exemption == nil }
            .sorted { candidates[$0].range.lowerBound < candidates[$1].range.lowerBound }
        var next = 0
        var widest: Range<Int>?
        var reason: String?
        for index in open {
            let range = candidates[index].range
            while next < exempted.count, candidates[exempted[next]].range.lowerBound <= range.lowerBound {
                let candidate = candidates[exempted[next]]
                if widest.map({ candidate.range.upperBound > $0.upperBound }) ?? true {
                    widest = candidate.range
                    reason = candidate.exemption
                }
                next += 1
            }
            guard let wider = widest, wider.upperBound >= range.upperBound,
                  wider.upperBound > range.upperBound || wider.lowerBound < range.lowerBound
            else { continue }
            candidates[index].exemption = reason
            candidates[index].downgrade = nil
        }
    }

    /// Sensitive contexts signalled anywhere in a text (a category, breadcrumb or title).
    public func contexts(in text: String) -> Set<SensitiveContext> {
        let normalised = normaliser.normalise(text)
        var cues = [[Range<Int>]](repeating: [], count: cueLists.count)
        automaton.scan(normalised.scalars) { number, end in
            let pattern = patterns[number]
            let range = (end - pattern.scalars.count)..<end
            guard boundaryHolds(patternShape[number], range, normalised.scalars) else { return }
            for case let .cue(list) in pattern.owners { cues[list].append(range) }
        }
        return contexts(Found(scalars: normalised.scalars, spans: [], cues: cues), 0..<normalised.count)
    }

    // MARK: - Hits and exceptions

    /// A term occurrence of an allowed rule, with what the exceptions decided.
    struct Candidate {
        var rule: Int
        var range: Range<Int>
        var exemption: String?
        var downgrade: String?
    }

    /// What one pass found besides rule terms: exception phrase spans and cue occurrences, each list in
    /// end order (the automaton reports by end position), so lookups near a hit are binary searches.
    struct Found {
        var scalars: [UInt32]
        var spans: [[Range<Int>]]
        var cues: [[Range<Int>]]
    }

    /// Leftmost-longest selection of the remaining hits, and the exempted hits that no reported hit
    /// overlaps (the longest per rule). Same-span hits of different rules stay unless they share a
    /// category and a jurisdiction (two packs naming the same term). O(k log k) in the candidates.
    private func assemble(_ all: [Candidate], _ text: NormalisedText, _ found: Found) -> ClaimScan {
        let sorted = all.sorted {
            ($0.range.lowerBound, -$0.range.count, $0.rule) < ($1.range.lowerBound, -$1.range.count, $1.rule)
        }
        var unique: [Candidate] = []
        for candidate in sorted {
            if let last = unique.last, last.rule == candidate.rule, last.range == candidate.range { continue }
            unique.append(candidate)
        }
        var chosen: [Candidate] = []
        for candidate in unique where candidate.exemption == nil {
            if let last = chosen.last, last.range.overlaps(candidate.range) {
                if candidate.range.upperBound > last.range.upperBound {
                    // Chained terms (`史上最` + `最牛`, `全网最` + `最好`) are one claim: the evidence
                    // covers both, under the more severe rule.
                    var merged = library.rules[candidate.rule].severity > library.rules[last.rule].severity ? candidate : last
                    merged.range = last.range.lowerBound..<candidate.range.upperBound
                    chosen[chosen.count - 1] = merged
                    continue
                }
                guard last.range == candidate.range else { continue }
                let rule = library.rules[candidate.rule]
                let duplicate = chosen.reversed().prefix { $0.range == candidate.range }.contains {
                    let other = library.rules[$0.rule]
                    return other.category == rule.category && other.jurisdictions.contains(where: rule.jurisdictions.contains)
                }
                if duplicate { continue }
            }
            chosen.append(candidate)
        }
        var exempted: [Candidate] = []
        var reachByRule: [Int: Int] = [:]
        for candidate in unique where candidate.exemption != nil {
            if let reach = reachByRule[candidate.rule], reach >= candidate.range.upperBound { continue }
            reachByRule[candidate.rule] = max(reachByRule[candidate.rule] ?? 0, candidate.range.upperBound)
            if overlapsChosen(candidate.range, chosen) { continue }
            exempted.append(candidate)
        }
        let hits = chosen.map { candidate in
            ClaimHit(
                rule: library.rules[candidate.rule],
                range: candidate.range,
                sourceRange: text.sourceRange(of: candidate.range),
                evidence: text.sourceText(of: candidate.range),
                evasion: text.evasion(of: candidate.range),
                downgrade: candidate.downgrade,
                contexts: contexts(found, nearby(candidate.range, found.scalars.count))
            )
        }
        let exemptions = exempted.map { candidate in
            ClaimExemptionHit(
                rule: library.rules[candidate.rule],
                range: candidate.range,
                sourceRange: text.sourceRange(of: candidate.range),
                evidence: text.sourceText(of: candidate.range),
                reason: candidate.exemption!
            )
        }
        return ClaimScan(normalised: text, hits: hits, exemptions: exemptions)
    }

    /// The first item (of a list in end order) whose range contains `hit`. Only items ending between the
    /// hit's end and its start plus the longest pattern can contain it, so this is a binary search plus a
    /// bounded walk, never a scan of the whole list (hostile text repeats exception phrases).
    private func containing<Item>(
        _ hit: Range<Int>, in list: [Item], where accept: (Item) -> Bool
    ) -> Item? where Item: RangeCarrying {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) >> 1
            if list[middle].range.upperBound < hit.upperBound { low = middle + 1 } else { high = middle }
        }
        let limit = hit.lowerBound + longestPattern
        while low < list.count && list[low].range.upperBound <= limit {
            if list[low].range.contains(hit) && accept(list[low]) { return list[low] }
            low += 1
        }
        return nil
    }

    /// Whether a range overlaps one of the chosen hits (sorted by start, disjoint unless equal).
    private func overlapsChosen(_ range: Range<Int>, _ chosen: [Candidate]) -> Bool {
        var low = 0
        var high = chosen.count
        while low < high {
            let middle = (low + high) >> 1
            if chosen[middle].range.lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && chosen[low - 1].range.upperBound > range.lowerBound
    }

    /// Whether context exception `number` applies to a hit, and with which effect.
    private func applies(_ number: Int, to hit: Range<Int>, field: FieldClass, _ found: Found) -> ExceptionEffect? {
        let exception = compiled[number]
        if let fields = exception.fields, !fields[FieldClass.allCases.firstIndex(of: field)!] { return nil }
        var anchor = hit
        if exception.hasTerms {
            guard let span = containing(hit, in: found.spans[number], where: { _ in true }) else { return nil }
            anchor = span
        }
        let window = exception.window
        let scalars = found.scalars
        if exception.hasCuesBefore {
            let limit = reach(from: anchor.lowerBound, by: -window, scalars)
            let hasCue = occurrences(found.cues[cueLists.before(number)], endingIn: limit...anchor.lowerBound)
                .contains { $0.lowerBound >= sentenceStart(before: anchor.lowerBound, scalars) }
            if !hasCue { return nil }
        }
        if exception.hasCuesAfter {
            let limit = reach(from: anchor.upperBound, by: window, scalars)
            let hasCue = occurrences(
                found.cues[cueLists.after(number)], endingIn: anchor.upperBound...(limit + longestCue)
            ).contains { $0.lowerBound >= anchor.upperBound && $0.lowerBound <= limit }
            if !hasCue { return nil }
        }
        switch exception.when {
        case .quantityFollows?:
            if !quantityFollows(anchor.upperBound, window, scalars) { return nil }
        case .scopedFact?:
            if !scopedFact(anchor, number, found) { return nil }
        case nil:
            break
        }
        return exception.effect
    }

    // MARK: - Text tests on normalised characters

    @inline(__always)
    private func boundaryHolds(_ shape: UInt8, _ range: Range<Int>, _ scalars: [UInt32]) -> Bool {
        if shape == 0 { return true }
        let table = normaliser.table
        let before = range.lowerBound > 0 ? table.characterClass(scalars[range.lowerBound - 1]) : []
        if shape & Self.startsWithWord != 0 && before.contains(.word) { return false }
        if shape & Self.attachedSuffix != 0 && !before.contains(.word) { return false }
        if shape & Self.endsWithWord != 0, range.upperBound < scalars.count,
           table.characterClass(scalars[range.upperBound]).contains(.word) { return false }
        return true
    }

    private func isBreak(_ value: UInt32) -> Bool {
        normaliser.table.characterClass(value).contains(.sentenceBreak)
    }

    private func isDigit(_ value: UInt32) -> Bool {
        normaliser.table.characterClass(value).contains(.digit)
    }

    /// Whether `word` occurs in `range`, whole if it is Latin (`ocs` is not inside `focs`), at a
    /// position `excluded` does not rule out.
    private func wordOccurs(
        _ word: [UInt32], in range: Range<Int>, _ scalars: [UInt32], excluding excluded: (Int) -> Bool = { _ in false }
    ) -> Bool {
        guard word.count <= range.count else { return false }
        let shape = word[0] < 0x80 ? Self.startsWithWord | Self.endsWithWord : 0
        for index in range.lowerBound...(range.upperBound - word.count) {
            let span = index..<(index + word.count)
            if scalars[span].elementsEqual(word), boundaryHolds(shape, span, scalars), !excluded(index) { return true }
        }
        return false
    }

    /// How far from `position` one can go by up to `|steps|` characters without crossing a sentence break.
    private func reach(from position: Int, by steps: Int, _ scalars: [UInt32]) -> Int {
        reach(from: position, by: steps, scalars) { isBreak(scalars[$0]) }
    }

    /// The same, with `ends(i)` saying whether character `i` is a boundary.
    private func reach(from position: Int, by steps: Int, _ scalars: [UInt32], endingAt ends: (Int) -> Bool) -> Int {
        var index = position
        if steps < 0 {
            while index > 0 && position - index < -steps && !ends(index - 1) { index -= 1 }
        } else {
            while index < scalars.count && index - position < steps && !ends(index) { index += 1 }
        }
        return index
    }

    /// Start of the sentence containing `position` (bounded to 60 characters back).
    private func sentenceStart(before position: Int, _ scalars: [UInt32]) -> Int {
        reach(from: position, by: -60, scalars)
    }

    /// Occurrences (sorted by end) whose end lies in `ends`.
    private func occurrences(_ list: [Range<Int>], endingIn ends: ClosedRange<Int>) -> ArraySlice<Range<Int>> {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) >> 1
            if list[middle].upperBound < ends.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < list.count && list[end].upperBound <= ends.upperBound { end += 1 }
        return list[low..<end]
    }

    /// Whether an occurrence of cue list `list` lies inside `range`.
    private func hasCue(_ list: Int, in range: Range<Int>, _ found: Found) -> Bool {
        guard !range.isEmpty else { return false }
        return occurrences(found.cues[list], endingIn: range.lowerBound...range.upperBound)
            .contains { $0.lowerBound >= range.lowerBound }
    }

    /// Per rule, the indices of the exceptions that cover it, in order: what filtering every exception
    /// by ``ContextException/covers(_:)`` gives, found through the rules' ids and categories instead of
    /// comparing every exception with every rule (a million string comparisons at start-up).
    static func exceptionsByRule(_ library: RulePackLibrary) -> [[Int]] {
        let rules = library.rules
        var byID: [String: [Int]] = [:]
        var byCategory: [String: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            byID[rule.id, default: []].append(index)
            byCategory[rule.category.rawValue, default: []].append(index)
        }
        var byRule = [[Int]](repeating: [], count: rules.count)
        for (number, exception) in library.exceptions.enumerated() {
            var covered = Set<Int>()
            for entry in exception.covers {
                if entry == "*" { covered.formUnion(rules.indices) }
                covered.formUnion(byID[entry] ?? [])
                covered.formUnion(byCategory[entry] ?? [])
                if entry.hasSuffix(".") {
                    for (index, rule) in rules.enumerated() where rule.id.hasPrefix(entry) { covered.insert(index) }
                }
            }
            for index in covered { byRule[index].append(number) }
        }
        return byRule
    }

    /// Chinese numerals that count as a quantity after 最高/最多… (`最多两人`).
    private static let numeralScalars: Set<UInt32> = Set("一二三四五六七八九十两百千万半".unicodeScalars.map(\.value))

    private func quantityFollows(_ position: Int, _ window: Int, _ scalars: [UInt32]) -> Bool {
        var index = position
        while index < scalars.count && index - position <= window {
            let value = scalars[index]
            if isBreak(value) { return false }
            if isDigit(value) || Self.numeralScalars.contains(value) {
                return true
            }
            index += 1
        }
        return false
    }

    /// What makes a number a figure when it follows it: count multipliers, a percentage, `10万+`.
    private static let figureUnits: Set<UInt32> = Set("万千百亿%+".unicodeScalars.map(\.value))
    /// Latin multipliers that make a figure only with a plus after them (`10w+`, `5k+`): alone they
    /// are units (`5W`, `2K`).
    private static let latinMultipliers: Set<UInt32> = Set("wk".unicodeScalars.map(\.value))
    /// Chinese numerals that make a figure on their own (`五十万`).
    private static let numeralMultipliers: Set<UInt32> = Set("万千百亿".unicodeScalars.map(\.value))

    /// `RuleRequirement.figure`: within 8 characters before or after the hit, same clause, stands a
    /// number of three digits or more, a number followed by a unit of `figureUnits` (or `w+`, `k+`), or
    /// a Chinese numeral with a multiplier. Digit group separators (`10,000`, `4.9`) belong to the number.
    private func figureNear(_ hit: Range<Int>, _ scalars: [UInt32]) -> Bool {
        func isDigit(_ index: Int) -> Bool { self.isDigit(scalars[index]) }
        func isFigure(from start: Int, to end: Int) -> Bool {
            var index = start
            while index < end {
                if Self.numeralMultipliers.contains(scalars[index]) {
                    let previous = index > start ? scalars[index - 1] : 0
                    if Self.numeralScalars.contains(previous) || (index > start && isDigit(index - 1)) { return true }
                }
                guard isDigit(index) else { index += 1; continue }
                var digits = 0
                while index < end, isDigit(index) || ((scalars[index] == 0x2C || scalars[index] == 0x2E)
                    && index + 1 < end && isDigit(index + 1)) {
                    if isDigit(index) { digits += 1 }
                    index += 1
                }
                var next = index
                while next < scalars.count && scalars[next] == 0x20 { next += 1 }
                if digits >= 3 || (next < scalars.count && Self.figureUnits.contains(scalars[next])) { return true }
                if next + 1 < scalars.count && Self.latinMultipliers.contains(scalars[next]) && scalars[next + 1] == 0x2B {
                    return true
                }
            }
            return false
        }
        /// Commas and enumeration marks end a clause (`1000W大功率，销量稳定` puts no figure next to
        /// 销量), except a comma between digits (`10,000`).
        func endsClause(_ index: Int) -> Bool {
            let value = scalars[index]
            if isBreak(value) || value == 0x3001 || value == 0x3B { return true }
            guard value == 0x2C else { return false }
            return !(index > 0 && isDigit(index - 1) && index + 1 < scalars.count && isDigit(index + 1))
        }
        let start = reach(from: hit.lowerBound, by: -8, scalars, endingAt: endsClause)
        let end = reach(from: hit.upperBound, by: 8, scalars, endingAt: endsClause)
        return isFigure(from: start, to: hit.lowerBound) || isFigure(from: hit.upperBound, to: end)
    }

    private static let free: [UInt32] = "free".unicodeScalars.map(\.value)

    /// `RuleRequirement.freeInSentence`: the word `free` (not inside a longer word, nor a `-free`
    /// compound such as `gluten-free`) within 60 characters before or after the hit, same sentence.
    private func freeInSentence(_ hit: Range<Int>, _ scalars: [UInt32]) -> Bool {
        /// A full stop followed by a space also ends an English sentence (`$50. A handling fee…`).
        func endsSentence(_ index: Int) -> Bool {
            isBreak(scalars[index]) || (scalars[index] == 0x2E && index + 1 < scalars.count && scalars[index + 1] == 0x20)
        }
        let start = reach(from: hit.lowerBound, by: -60, scalars, endingAt: endsSentence)
        let end = reach(from: hit.upperBound, by: 60, scalars, endingAt: endsSentence)
        return wordOccurs(Self.free, in: start..<end, scalars) { $0 > 0 && scalars[$0 - 1] == 0x2D }
    }

    /// Words that name a certification scheme, a certificate or a test (normalised: lower case, simplified).
    private static let certificationWords: [[UInt32]] = [
        "gots", "ocs", "grs", "rcs", "usda", "ecocert", "soil association", "naturland", "demeter", "bio-siegel",
        "eu organic", "organic content standard", "certified by", "certified to", "tested to", "certificate",
        "licence no", "license no", "report no", "证书编号", "认证证书", "认证编号", "认证机构", "有机码", "检测报告",
        "报告编号",
    ].map { $0.unicodeScalars.map(\.value) }

    /// `RuleRequirement.noCertificationNamed`: whether a certification or test word stands within 80 characters
    /// before or after the hit, in the same sentence (Latin words whole: `ocs` is not inside `focs`).
    private func certificationNamed(_ hit: Range<Int>, _ scalars: [UInt32]) -> Bool {
        let window = reach(from: hit.lowerBound, by: -80, scalars)..<reach(from: hit.upperBound, by: 80, scalars)
        return Self.certificationWords.contains { wordOccurs($0, in: window, scalars) }
    }

    /// Currency signs (normalised: full-width ￥ is already ¥).
    private static let currencySigns: Set<UInt32> = Set("$£€¥".unicodeScalars.map(\.value))
    private static let yuan: UInt32 = 0x5143  // 元

    /// `RuleRequirement.noPriceNearby`: whether a price (a currency sign before a number, or a number
    /// before 元) stands up to 100 characters after the hit or 40 before it, sentence breaks included.
    private func priceNear(_ hit: Range<Int>, _ scalars: [UInt32]) -> Bool {
        func isDigit(_ index: Int) -> Bool { index < scalars.count && self.isDigit(scalars[index]) }
        let window = max(0, hit.lowerBound - 40)..<min(scalars.count, hit.upperBound + 100)
        for index in window {
            if Self.currencySigns.contains(scalars[index]) {
                var next = index + 1
                while next < scalars.count && scalars[next] == 0x20 { next += 1 }
                if isDigit(next) { return true }
            } else if scalars[index] == Self.yuan, index > 0, isDigit(index - 1) {
                return true
            }
        }
        return false
    }

    private static let timeUnits: Set<UInt32> = Set("年月季周".unicodeScalars.map(\.value))

    /// Guideline art. 6(6): the sentence around the hit limits the fact in time (a year, month or
    /// quarter), names a region and names a source.
    private func scopedFact(_ anchor: Range<Int>, _ number: Int, _ found: Found) -> Bool {
        let scalars = found.scalars
        let range = reach(from: anchor.lowerBound, by: -60, scalars)..<reach(from: anchor.upperBound, by: 60, scalars)
        var hasTime = false
        var digits = 0
        for index in range {
            let value = scalars[index]
            if isDigit(value) {
                digits += 1
                if digits == 4 { hasTime = true }
            } else {
                if digits > 0 && Self.timeUnits.contains(value) { hasTime = true }
                if value == 0x71 && index + 1 < range.upperBound && (0x31...0x34).contains(scalars[index + 1]) {
                    hasTime = true  // q1…q4
                }
                digits = 0
            }
        }
        return hasTime && hasCue(cueLists.region(number), in: range, found)
            && hasCue(cueLists.source(number), in: range, found)
    }

    /// The window around a hit searched for sensitive-context words.
    private func nearby(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        let window = library.sensitiveContexts.window
        return max(0, range.lowerBound - window)..<min(count, range.upperBound + window)
    }

    private func contexts(_ found: Found, _ range: Range<Int>) -> Set<SensitiveContext> {
        var result = Set<SensitiveContext>()
        for (index, entry) in library.sensitiveContexts.contexts.enumerated()
        where hasCue(cueLists.context(index), in: range, found) {
            result.insert(entry.context)
        }
        return result
    }
}

/// A context exception's conditions, precomputed.
struct CompiledException {
    var hasTerms: Bool
    /// Per `FieldClass.allCases` index, whether the exception applies there; nil: everywhere.
    var fields: [Bool]?
    var hasCuesBefore: Bool
    var hasCuesAfter: Bool
    var window: Int
    var when: ExceptionCondition?
    var effect: ExceptionEffect
}

/// Something with a range of normalised characters (for `ClaimMatcher.containing`).
protocol RangeCarrying {
    var range: Range<Int> { get }
}

extension Range<Int>: RangeCarrying {
    var range: Range<Int> { self }
}

/// An occurrence of a rule-local exception phrase.
struct RuleExceptionSpan: RangeCarrying {
    var rule: Int
    var range: Range<Int>
    var exception: Int
}

/// The result of scanning one text.
public struct ClaimScan: Sendable {
    public var normalised: NormalisedText
    /// Hits to report, in text order.
    public var hits: [ClaimHit]
    /// Hits an exception let through, in text order.
    public var exemptions: [ClaimExemptionHit]
}

/// One claim found in a text.
public struct ClaimHit: Sendable {
    public var rule: ClaimRule
    /// Normalised character range.
    public var range: Range<Int>
    /// UTF-8 byte range in the source text.
    public var sourceRange: Range<Int>
    /// The source text exactly as written (fillers and invisible characters inside it included).
    public var evidence: String
    /// Evasions undone inside the hit.
    public var evasion: Evasion
    /// Set when a guideline art. 6 case applies but the claim still needs proof (art. 7): the reason.
    public var downgrade: String?
    /// Sensitive contexts named near the hit.
    public var contexts: Set<SensitiveContext>
}

/// A hit an exception let through.
public struct ClaimExemptionHit: Sendable {
    public var rule: ClaimRule
    public var range: Range<Int>
    public var sourceRange: Range<Int>
    public var evidence: String
    public var reason: String
}

extension String {
    /// The string without leading and trailing spaces (pack terms are trimmed before normalising).
    /// Sliced on UTF-8 (a space is one byte, so both ends fall between characters): building a scalar
    /// view from a slice of one cost thousands of instructions a term at start-up.
    func trimmingCharactersInSpaces() -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 })!
        return String(self[first..<bytes.index(after: last)])
    }
}
