/// The inputs a summary covers, as strings: `path` for a whole file, `path:FIRST-LAST` for lines
/// FIRST to LAST (1-based, inclusive) of a JSON Lines stream.
public enum InputCoverage {
    /// The label of lines `first...last` of `path`.
    public static func lines(_ path: String, _ first: Int, _ last: Int) -> String { "\(path):\(first)-\(last)" }

    /// The union of two coverages, sorted, with contiguous line ranges of one path joined.
    /// - Throws: `SummaryMergeError.overlappingInputs` if any input or line is in both.
    public static func union(_ a: [String], _ b: [String]) throws(SummaryMergeError) -> [String] {
        let whole = Set(a).intersection(b).filter { parse($0) == nil }
        guard whole.isEmpty else { throw .overlappingInputs(whole.sorted()) }
        var ranges: [String: [ClosedRange<Int>]] = [:]
        var plain: [String] = []
        for label in a + b {
            if let (path, range) = parse(label) { ranges[path, default: []].append(range) } else { plain.append(label) }
        }
        var result = plain
        for (path, pathRanges) in ranges {
            let sorted = pathRanges.sorted { $0.lowerBound < $1.lowerBound }
            var joined: [ClosedRange<Int>] = []
            for range in sorted {
                if let last = joined.last {
                    if range.lowerBound <= last.upperBound {
                        throw .overlappingInputs([lines(path, range.lowerBound, min(range.upperBound, last.upperBound))])
                    }
                    if range.lowerBound == last.upperBound + 1 {
                        joined[joined.count - 1] = last.lowerBound...range.upperBound
                        continue
                    }
                }
                joined.append(range)
            }
            result += joined.map { lines(path, $0.lowerBound, $0.upperBound) }
        }
        return result.sorted()
    }

    /// `(path, range)` for a line-range label, nil for a whole-file label.
    static func parse(_ label: String) -> (String, ClosedRange<Int>)? {
        guard let colon = label.lastIndex(of: ":") else { return nil }
        let bounds = label[label.index(after: colon)...].split(separator: "-")
        guard bounds.count == 2, let first = Int(bounds[0]), let last = Int(bounds[1]), first <= last else { return nil }
        return (String(label[..<colon]), first...last)
    }
}
