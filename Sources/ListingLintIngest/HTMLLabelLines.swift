import ListingLintCore

/// Name/value pairs written as text: `【材质】纯棉`, `材质：棉`, `Material: 100% cotton`, and several
/// pairs on one line (`材质：棉 颜色：白色`, `Size: M | Fit: regular`).
enum HTMLLabelLines {
    /// One pair found in a line, with the offset of its value in the line (Unicode scalars).
    struct Pair: Sendable, Hashable {
        var name: String
        var value: String
        var valueOffset: Int
    }

    /// Longest label, in Unicode scalars.
    static let maxNameScalars = 20
    /// Most words in a Latin label ("Care instructions", "Country of origin").
    static let maxNameWords = 4

    /// Whether a line has a colon or a 【 at all (a quick test before ``pairs(in:)``).
    static func mayHoldPairs(_ line: String) -> Bool { LabelMarks.mayHold(in: line) }

    /// The pairs one line of text states; empty when it states none.
    static func pairs(in line: String) -> [Pair] {
        let scalars = Array(line.unicodeScalars)
        if let bracketed = bracketedPairs(scalars), !bracketed.isEmpty { return bracketed }
        return colonPairs(scalars)
    }

    /// `【材质】纯棉【产地】中国`: a value runs to the next bracketed label or the end of the line.
    private static func bracketedPairs(_ scalars: [Unicode.Scalar]) -> [Pair]? {
        var pairs: [Pair] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "【" else {
                index += 1
                continue
            }
            guard let close = scalars[(index + 1)...].firstIndex(of: "】") else { break }
            let name = trimmed(scalars[(index + 1)..<close])
            let valueEnd = scalars[(close + 1)...].firstIndex(of: "【") ?? scalars.count
            let valueStart = firstNonSpace(scalars, from: close + 1, to: valueEnd)
            var value = trimmed(scalars[(close + 1)..<valueEnd])
            while let first = value.unicodeScalars.first, first == ":" || first == "：" {
                value = String(value.unicodeScalars.dropFirst()).trimmingSpaces
            }
            if isLabel(name), !value.isEmpty {
                pairs.append(Pair(name: name, value: value, valueOffset: valueStart))
            }
            index = valueEnd
        }
        return pairs
    }

    /// `Name: value` and `名称：值`, with further pairs on the same line when they are set apart by a
    /// separator (`|`, `;`, `；`, a tab, two spaces) or are Chinese labels after a space.
    private static func colonPairs(_ scalars: [Unicode.Scalar]) -> [Pair] {
        var pairs: [Pair] = []
        var searchFrom = 0
        var nameStart = 0
        var pending: (name: String, valueStart: Int)?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == ":" || scalar == "：" else {
                index += 1
                continue
            }
            // A colon inside a time or URL ("12:30", "https://") is not a label.
            if scalar == ":", index + 1 < scalars.count, scalars[index + 1] == "/" || isDigit(scalars[index + 1]) {
                index += 1
                continue
            }
            let candidateStart: Int
            if pending == nil {
                candidateStart = lastSentenceBoundary(scalars, from: nameStart, to: index)
            } else {
                guard let boundary = pairSeparator(scalars, from: searchFrom, to: index) else {
                    index += 1
                    continue
                }
                candidateStart = boundary
            }
            let name = trimmed(scalars[candidateStart..<index])
            if isLabel(name) {
                if let open = pending {
                    let value = trimmed(scalars[open.valueStart..<candidateStart])
                    if !value.isEmpty {
                        pairs.append(Pair(name: open.name, value: stripSeparators(value), valueOffset: open.valueStart))
                    }
                }
                let valueStart = firstNonSpace(scalars, from: index + 1, to: scalars.count)
                pending = (name, valueStart)
                searchFrom = valueStart
            }
            nameStart = index + 1
            index += 1
        }
        if let open = pending {
            let value = trimmed(scalars[min(open.valueStart, scalars.count)...])
            if !value.isEmpty {
                pairs.append(Pair(name: open.name, value: stripSeparators(value), valueOffset: open.valueStart))
            }
        }
        return pairs
    }

    /// Where a second label may start between `from` and the colon at `to`: after a separator, or after
    /// a single space when the label is Chinese.
    private static func pairSeparator(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        var index = to - 1
        while index > from {
            let scalar = scalars[index]
            if "|;；\t".unicodeScalars.contains(scalar) || (scalar == " " && scalars[index - 1] == " ") {
                return index + 1
            }
            if scalar == " " {
                let label = scalars[(index + 1)..<to]
                if !label.isEmpty, label.allSatisfy(isCJK) { return index + 1 }
            }
            index -= 1
        }
        return nil
    }

    private static func lastSentenceBoundary(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var index = to - 1
        while index >= from {
            if "。.!?！？;；|\t".unicodeScalars.contains(scalars[index]) { return index + 1 }
            index -= 1
        }
        return from
    }

    /// Whether text is short and plain enough to be a label.
    static func isLabel(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard !scalars.isEmpty, scalars.count <= maxNameScalars else { return false }
        guard !scalars.contains(where: { "，,。!?！？\"“”<>=/\\{}".unicodeScalars.contains($0) }) else { return false }
        guard scalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        // A label starts with a letter or digit ("(ALL!) up: …" is not a label).
        guard let first = scalars.first, first.properties.isAlphabetic || first.properties.numericType != nil else {
            return false
        }
        let words = name.split(separator: " ")
        if words.count > maxNameWords { return false }
        let lowered = name.lowercased()
        return lowered != "http" && lowered != "https" && lowered != "note" && lowered != "tip"
    }

    private static func stripSeparators(_ value: String) -> String {
        var scalars = value.unicodeScalars[...]
        while let last = scalars.last, "|;；,，".unicodeScalars.contains(last) || last == " " {
            scalars = scalars.dropLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var slice = scalars
        while let first = slice.first, first.isWhitespaceFast { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespaceFast { slice = slice.dropLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    private static func firstNonSpace(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var index = from
        while index < to, scalars[index].isWhitespaceFast { index += 1 }
        return index
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0xF900...0xFAFF).contains(scalar.value) || (0x20000...0x2FA1F).contains(scalar.value)
    }
}

extension String {
    /// The string with line breaks turned into spaces.
    func replacingNewlinesWithSpaces() -> String {
        guard utf8.contains(0x0A) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
