import ListingLintCore

/// Finds labelled values in running text: `Name: value` lines, `【Name】value` and a heading line that
/// is only a field name with the value on the next line.
///
/// Written by hand rather than as one regular expression with an alternation of every field name:
/// that expression was tried at every position of every text and took most of a listing's check time.
/// This scanner only looks at line starts, colons and `【`, and looks a label up by its normalised key.
struct LabelLineScanner: Sendable {
    /// A labelled value: the label as written, the value, and where the value starts in the text.
    struct Match {
        var name: String
        var value: String
        var start: String.Index
    }

    /// Normalised keys (`FieldKey.normalise`) of every field name.
    private let nameKeys: Set<String>
    /// Longest name, in normalised characters.
    private let longestName: Int

    /// Most characters of a value read after a label.
    static let valueLength = 160
    /// Most characters of a value read from the line after a heading.
    static let headingValueLength = 200
    /// Most words that may qualify a field name in a `Name: value` label (`Burning instructions:`).
    static let qualifyingWords = 2
    /// Most ideographs that may qualify a field name in a label without spaces (`商品材质:`).
    static let ideographQualifier = 4
    /// Most characters before the name inside `【…】` (`【产品材质】`).
    static let bracketPrefix = 20

    init(names: some Sequence<String>) {
        nameKeys = Set(names.map(FieldKey.normalise).filter { !$0.isEmpty })
        longestName = nameKeys.map(\.count).max() ?? 0
    }

    /// Every labelled value in `text`, at most `limit` of each kind, in the order found.
    func matches(in text: String, limit: Int) -> [Match] {
        guard LabelMarks.mayHold(in: text, orLineBreak: true) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var found: [(name: Range<Int>, value: Range<Int>)] = []
        found += colonLabels(in: scalars, limit: limit)
        found += bracketLabels(in: scalars, limit: limit)
        found += headingLabels(in: scalars, limit: limit)
        return found.map { name, value in
            Match(
                name: Self.string(scalars[name]), value: Self.string(scalars[value]),
                start: text.unicodeScalars.index(text.startIndex, offsetBy: value.lowerBound)
            )
        }
    }

    /// Whether `text` has what every kind of label needs: a colon, a `【` or a line break after a heading.
    /// Most running text has none, and this is cheaper than looking at each sentence start.
    // MARK: - `Name: value`

    /// Scalars that end a line for a label: a label starts right after one of them.
    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "。", "；", ";", "|", "•", "·", "●", "▪", "■", "◆", "★"]
    /// Scalars that end a value.
    private static let valueEnds: Set<Unicode.Scalar> = ["\n", "\r", "|", "；", ";", "。"]

    /// `Name: value` where the label starts a line (or follows a sentence end) and ends with a field
    /// name, qualified by at most two words.
    private func colonLabels(in scalars: [Unicode.Scalar], limit: Int) -> [(name: Range<Int>, value: Range<Int>)] {
        var found: [(name: Range<Int>, value: Range<Int>)] = []
        var index = 0
        while index < scalars.count, found.count < limit {
            guard isLineStart(index, in: scalars), let match = colonLabel(at: index, in: scalars) else {
                index += 1
                continue
            }
            found.append(match)
            index = max(match.value.upperBound, index + 1)
        }
        return found
    }

    private func isLineStart(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        if index == 0 { return true }
        if Self.lineBreaks.contains(scalars[index - 1]) { return true }
        return index >= 2 && Self.isBlank(scalars[index - 1]) && [".", "!", "?"].contains(scalars[index - 2])
    }

    private func colonLabel(at start: Int, in scalars: [Unicode.Scalar]) -> (name: Range<Int>, value: Range<Int>)? {
        var index = skipBlanks(from: start, in: scalars)
        if index < scalars.count, ["[", "(", "（"].contains(scalars[index]) { index = skipBlanks(from: index + 1, in: scalars) }
        let nameStart = index
        // `【Name】：value` is the bracket scanner's.
        guard nameStart < scalars.count, scalars[nameStart] != "【" else { return nil }
        // The colon must come within the longest label: qualifying words plus the longest name.
        let searchEnd = min(scalars.count, nameStart + longestName + 48)
        var colon = nameStart
        while colon < searchEnd, scalars[colon] != ":", scalars[colon] != "：" {
            if Self.lineBreaks.contains(scalars[colon]) { return nil }
            colon += 1
        }
        guard colon < searchEnd else { return nil }
        var nameEnd = trimBlanks(back: colon, to: nameStart, in: scalars)
        if nameEnd > nameStart, ["]", ")", "）"].contains(scalars[nameEnd - 1]) {
            nameEnd = trimBlanks(back: nameEnd - 1, to: nameStart, in: scalars)
        }
        guard nameEnd > nameStart, endsWithQualifiedName(scalars[nameStart..<nameEnd]) else { return nil }
        let valueStart = skipBlanks(from: colon + 1, in: scalars)
        let valueEnd = scanValue(from: valueStart, in: scalars, length: Self.valueLength, stops: Self.valueEnds)
        guard valueEnd > valueStart else { return nil }
        return (nameStart..<nameEnd, valueStart..<valueEnd)
    }

    /// Whether a label is a field name preceded by at most two words of letters and digits, or — in
    /// Chinese, which has no spaces — by at most four characters (`商品材质`).
    private func endsWithQualifiedName(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        if !label.contains(where: Self.isBlank) {
            let lastStart = min(label.endIndex - 1, label.startIndex + Self.ideographQualifier)
            return (label.startIndex...lastStart).contains { start in
                (start == label.startIndex || FieldKey.isIdeograph(label[start])) && isName(label[start...])
            }
        }
        var wordStarts = [label.startIndex]
        for index in label.indices.dropFirst() where Self.isBlank(label[index - 1]) && !Self.isBlank(label[index]) {
            wordStarts.append(index)
        }
        for (words, start) in wordStarts.prefix(Self.qualifyingWords + 1).enumerated() {
            let qualifiers = label[label.startIndex..<start]
            guard words == 0 || qualifiers.allSatisfy({ Self.isBlank($0) || $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { return false }
            if isName(label[start...]) { return true }
        }
        return false
    }

    // MARK: - `【Name】value`

    /// `【Name】value`, where the bracket holds a field name after at most twenty other characters.
    private func bracketLabels(in scalars: [Unicode.Scalar], limit: Int) -> [(name: Range<Int>, value: Range<Int>)] {
        var found: [(name: Range<Int>, value: Range<Int>)] = []
        var index = 0
        while index < scalars.count, found.count < limit {
            guard scalars[index] == "【", let match = bracketLabel(at: index, in: scalars) else {
                index += 1
                continue
            }
            found.append(match)
            index = match.value.upperBound
        }
        return found
    }

    private func bracketLabel(at open: Int, in scalars: [Unicode.Scalar]) -> (name: Range<Int>, value: Range<Int>)? {
        let contentStart = open + 1
        let searchEnd = min(scalars.count, contentStart + Self.bracketPrefix + longestName + 8)
        var close = contentStart
        while close < searchEnd, scalars[close] != "】" {
            if scalars[close] == "\n" { return nil }
            close += 1
        }
        guard close < searchEnd else { return nil }
        let contentEnd = trimBlanks(back: close, to: contentStart, in: scalars)
        // The longest name that ends the bracket wins (`【产品材质】` reads `产品材质` if that is a name).
        let lastStart = min(contentEnd - 1, contentStart + Self.bracketPrefix)
        guard lastStart >= contentStart,
              let nameStart = (contentStart...lastStart).first(where: { isName(scalars[$0..<contentEnd]) })
        else { return nil }
        var index = skipBlanks(from: close + 1, in: scalars)
        if index < scalars.count, scalars[index] == ":" || scalars[index] == "：" { index = skipBlanks(from: index + 1, in: scalars) }
        if index < scalars.count, scalars[index] == "\n" { index = skipBlanks(from: index + 1, in: scalars) }
        let valueEnd = scanValue(from: index, in: scalars, length: Self.valueLength, stops: ["\n", "\r", "【"])
        guard valueEnd > index else { return nil }
        return (nameStart..<contentEnd, index..<valueEnd)
    }

    // MARK: - Heading line

    /// A line that is only a field name (with an optional colon), and the value on the next line.
    private func headingLabels(in scalars: [Unicode.Scalar], limit: Int) -> [(name: Range<Int>, value: Range<Int>)] {
        var found: [(name: Range<Int>, value: Range<Int>)] = []
        var lineStart = 0
        while lineStart < scalars.count, found.count < limit {
            let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.count
            var next = lineEnd + 1
            if let match = headingLabel(line: lineStart..<lineEnd, in: scalars) {
                found.append(match)
                next = (scalars[match.value.upperBound...].firstIndex(of: "\n") ?? scalars.count) + 1
            }
            lineStart = next
        }
        return found
    }

    private func headingLabel(line: Range<Int>, in scalars: [Unicode.Scalar]) -> (name: Range<Int>, value: Range<Int>)? {
        guard line.upperBound < scalars.count else { return nil }
        let nameStart = skipBlanks(from: line.lowerBound, in: scalars)
        guard nameStart < line.upperBound, scalars[nameStart] != "【" else { return nil }
        var nameEnd = line.upperBound
        if nameEnd > nameStart, scalars[nameEnd - 1] == "\r" { nameEnd -= 1 }
        nameEnd = trimBlanks(back: nameEnd, to: nameStart, in: scalars)
        if nameEnd > nameStart, scalars[nameEnd - 1] == ":" || scalars[nameEnd - 1] == "：" {
            nameEnd = trimBlanks(back: nameEnd - 1, to: nameStart, in: scalars)
        }
        guard nameEnd > nameStart, nameEnd - nameStart <= longestName + 8, isName(scalars[nameStart..<nameEnd]) else { return nil }
        let valueStart = skipBlanks(from: line.upperBound + 1, in: scalars)
        let valueEnd = scanValue(from: valueStart, in: scalars, length: Self.headingValueLength, stops: ["\n", "\r"])
        guard valueEnd - valueStart >= 2 else { return nil }
        return (nameStart..<nameEnd, valueStart..<valueEnd)
    }

    // MARK: - Helpers

    private func isName(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        nameKeys.contains(FieldKey.normalise(Self.string(scalars)))
    }

    private func scanValue(from start: Int, in scalars: [Unicode.Scalar], length: Int, stops: Set<Unicode.Scalar>) -> Int {
        var end = start
        while end < scalars.count, end - start < length, !stops.contains(scalars[end]) { end += 1 }
        return end
    }

    private func skipBlanks(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = start
        while index < scalars.count, Self.isBlank(scalars[index]) { index += 1 }
        return index
    }

    /// The end of `scalars[start..<end]` without its trailing blanks.
    private func trimBlanks(back end: Int, to start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = end
        while index > start, Self.isBlank(scalars[index - 1]) { index -= 1 }
        return index
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
