/// An Aho–Corasick automaton over normalised characters (Unicode scalar values), built once.
///
/// Construction: a trie of the patterns, then failure links by breadth-first search (the failure of a
/// state is the longest proper suffix of its string that is also a trie prefix) and output links (the
/// nearest state on the failure chain that ends a pattern). Scanning follows goto edges and, when none
/// fits, failure links; each character moves at most one step down and every failure step moves up, so
/// a scan costs O(text length + number of occurrences reported) whatever the patterns.
///
/// Memory layout for speed: characters are first mapped to small class numbers (only characters that
/// occur in some pattern get one; every other character sends the automaton straight back to the root).
/// The root's edges are a dense array indexed by class; other states keep their few edges in one flat
/// sorted array.
public struct AhoCorasick: Sendable {
    /// One pattern occurrence: the pattern's index and the normalised character range it covers.
    public struct Occurrence: Hashable, Sendable {
        public var pattern: Int
        public var range: Range<Int>

        public init(pattern: Int, range: Range<Int>) {
            self.pattern = pattern
            self.range = range
        }
    }

    /// Pattern lengths in characters, by pattern index.
    public let patternLengths: [Int]
    /// Class of each BMP character (0 = in no pattern).
    private let bmpClass: [UInt16]
    /// Classes of characters beyond the BMP.
    private let astralClass: [UInt32: UInt16]
    private let rootNext: [Int32]
    /// Edges of state `s` are `edgeClass[edgeStart[s]..<edgeStart[s + 1]]` (sorted) → `edgeTarget`.
    private let edgeStart: [Int32]
    private let edgeClass: [UInt16]
    private let edgeTarget: [Int32]
    private let failure: [Int32]
    /// Pattern ending exactly at the state, or -1.
    private let terminal: [Int32]
    /// Nearest state on the failure chain (excluding the state) whose `terminal` is set, or -1.
    private let outputLink: [Int32]

    /// Builds the automaton. Patterns are arrays of normalised characters; empty patterns never match.
    public init(patterns: [[UInt32]]) {
        // Classes numbered in order of first appearance. The BMP's live in the array the scan reads
        // (a dictionary lookup per pattern character was a third of building the claim matcher).
        var bmpClass = [UInt16](repeating: 0, count: 0x10000)
        var astralClass: [UInt32: UInt16] = [:]
        var classCount = 0
        func symbol(of value: UInt32) -> UInt16 {
            let known = value < 0x10000 ? bmpClass[Int(value)] : astralClass[value] ?? 0
            if known != 0 { return known }
            precondition(classCount < Int(UInt16.max), "too many distinct pattern characters")
            classCount += 1
            if value < 0x10000 { bmpClass[Int(value)] = UInt16(classCount) } else { astralClass[value] = UInt16(classCount) }
            return UInt16(classCount)
        }

        // The trie, built from the patterns in sorted order (ties by index, so the first of equal
        // patterns ends its state): each new pattern shares the path of the one before as far as they
        // agree, and a state's children are created in increasing symbol order. No per-state
        // dictionary is needed, which made building the automaton for every pack slow.
        let symbolsOf = patterns.map { pattern in pattern.map(symbol(of:)) }
        let order = symbolsOf.indices.filter { !symbolsOf[$0].isEmpty }.sorted { first, second in
            symbolsOf[first] == symbolsOf[second]
                ? first < second : symbolsOf[first].lexicographicallyPrecedes(symbolsOf[second])
        }
        var terminal: [Int32] = [-1]
        var parent: [Int32] = [-1]
        var symbolInto: [UInt16] = [0]
        var path: [Int32] = [0]  // path[k]: the state after the first k symbols of the previous pattern
        var previous: [UInt16] = []
        for index in order {
            let symbols = symbolsOf[index]
            var shared = 0
            while shared < min(symbols.count, previous.count), symbols[shared] == previous[shared] { shared += 1 }
            path.removeLast(path.count - 1 - shared)
            var state = path[shared]
            for symbol in symbols[shared...] {
                terminal.append(-1)
                parent.append(state)
                symbolInto.append(symbol)
                state = Int32(terminal.count - 1)
                path.append(state)
            }
            if terminal[Int(state)] < 0 { terminal[Int(state)] = Int32(index) }
            previous = symbols
        }
        let stateCount = terminal.count

        // Edges grouped by parent (a counting sort that keeps each parent's increasing symbol order).
        var edgeStart = [Int32](repeating: 0, count: stateCount + 1)
        for state in 1..<stateCount { edgeStart[Int(parent[state]) + 1] += 1 }
        for state in 0..<stateCount { edgeStart[state + 1] += edgeStart[state] }
        var fill = edgeStart
        var edgeClass = [UInt16](repeating: 0, count: max(stateCount - 1, 0))
        var edgeTarget = [Int32](repeating: 0, count: max(stateCount - 1, 0))
        for state in 1..<stateCount {
            let slot = Int(fill[Int(parent[state])])
            fill[Int(parent[state])] += 1
            edgeClass[slot] = symbolInto[state]
            edgeTarget[slot] = Int32(state)
        }
        func edge(from state: Int, _ symbol: UInt16) -> Int32? {
            var low = Int(edgeStart[state])
            var high = Int(edgeStart[state + 1])
            while low < high {
                let middle = (low + high) >> 1
                if edgeClass[middle] == symbol { return edgeTarget[middle] }
                if edgeClass[middle] < symbol { low = middle + 1 } else { high = middle }
            }
            return nil
        }

        // Failure and output links, breadth first.
        var failure = [Int32](repeating: 0, count: stateCount)
        var outputLink = [Int32](repeating: -1, count: stateCount)
        var queue: [Int] = [0]
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for slot in Int(edgeStart[state])..<Int(edgeStart[state + 1]) {
                let symbol = edgeClass[slot]
                let child = Int(edgeTarget[slot])
                var target: Int32 = 0
                if state != 0 {
                    var fallback = Int(failure[state])
                    while fallback != 0 && edge(from: fallback, symbol) == nil { fallback = Int(failure[fallback]) }
                    target = edge(from: fallback, symbol) ?? 0
                }
                failure[child] = target
                outputLink[child] = terminal[Int(target)] >= 0 ? target : outputLink[Int(target)]
                queue.append(child)
            }
        }

        var rootNext = [Int32](repeating: 0, count: classCount + 1)
        for slot in Int(edgeStart[0])..<Int(edgeStart[1]) { rootNext[Int(edgeClass[slot])] = edgeTarget[slot] }

        self.patternLengths = patterns.map { $0.count }
        self.bmpClass = bmpClass
        self.astralClass = astralClass
        self.rootNext = rootNext
        self.edgeStart = edgeStart
        self.edgeClass = edgeClass
        self.edgeTarget = edgeTarget
        self.failure = failure
        self.terminal = terminal
        self.outputLink = outputLink
    }

    /// Number of states (for documentation and the benchmark).
    public var stateCount: Int { failure.count }

    /// Every occurrence of every pattern in `text`, ordered by end position (then longest first).
    /// Each distinct pattern is reported once per end position.
    public func occurrences(in text: [UInt32]) -> [Occurrence] {
        var found: [Occurrence] = []
        scan(text) { pattern, end in
            found.append(Occurrence(pattern: pattern, range: (end - patternLengths[pattern])..<end))
        }
        return found
    }

    /// Calls `report(pattern, end)` for every occurrence, `end` exclusive, in end order.
    public func scan(_ text: [UInt32], report: (Int, Int) -> Void) {
        text.withUnsafeBufferPointer { scan($0, report: report) }
    }

    /// `scan` over UTF-8 bytes, for an automaton built from patterns given as UTF-8 bytes (each byte a
    /// symbol): a match of valid UTF-8 in valid UTF-8 always starts and ends on a character boundary,
    /// and the text needs no decoding into scalars. `end` counts bytes.
    public func scan(utf8 text: UnsafeBufferPointer<UInt8>, report: (Int, Int) -> Void) {
        scan(text, report: report)
    }

    private func scan<Symbol: FixedWidthInteger>(_ text: UnsafeBufferPointer<Symbol>, report: (Int, Int) -> Void) {
        bmpClass.withUnsafeBufferPointer { bmpClass in
            rootNext.withUnsafeBufferPointer { rootNext in
                edgeStart.withUnsafeBufferPointer { edgeStart in
                    edgeClass.withUnsafeBufferPointer { edgeClass in
                        edgeTarget.withUnsafeBufferPointer { edgeTarget in
                            failure.withUnsafeBufferPointer { failure in
                            terminal.withUnsafeBufferPointer { terminal in
                            outputLink.withUnsafeBufferPointer { outputLink in
                            var state = 0
                            for position in 0..<text.count {
                                let value = UInt32(truncatingIfNeeded: text[position])
                                let symbol = value < 0x10000 ? bmpClass[Int(value)] : (astralClass[value] ?? 0)
                                if symbol == 0 {
                                    state = 0
                                    continue
                                }
                                while true {
                                    if state == 0 {
                                        state = Int(rootNext[Int(symbol)])
                                        break
                                    }
                                    if let next = Self.edge(from: state, symbol, edgeStart, edgeClass, edgeTarget) {
                                        state = next
                                        break
                                    }
                                    state = Int(failure[state])
                                }
                                if state == 0 { continue }
                                var output = terminal[state] >= 0 ? state : Int(outputLink[state])
                                while output >= 0 {
                                    report(Int(terminal[output]), position + 1)
                                    output = Int(outputLink[output])
                                }
                            }
                            }
                            }
                            }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func edge(
        from state: Int, _ symbol: UInt16, _ edgeStart: UnsafeBufferPointer<Int32>,
        _ edgeClass: UnsafeBufferPointer<UInt16>, _ edgeTarget: UnsafeBufferPointer<Int32>
    ) -> Int? {
        var low = Int(edgeStart[state])
        var high = Int(edgeStart[state + 1])
        while low < high {
            let middle = (low + high) >> 1
            let candidate = edgeClass[middle]
            if candidate == symbol { return Int(edgeTarget[middle]) }
            if candidate < symbol { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
