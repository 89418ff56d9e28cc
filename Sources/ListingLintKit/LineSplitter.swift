/// Splits a stream of byte chunks into lines (LF or CRLF), carrying partial lines across chunks.
/// Lines longer than `maxLineBytes` are reported, not buffered without bound.
struct LineSplitter {
    /// One line: its 1-based number and bytes (without the line break), or a marker that it was too long.
    enum Line {
        case text(number: Int, bytes: [UInt8])
        case tooLong(number: Int, bytes: Int)
    }

    let maxLineBytes: Int
    private var pending: [UInt8] = []
    private var overflow = 0
    private var lineNumber: Int

    /// - Parameter firstLine: the number of the first line (1 unless the stream starts mid-file).
    init(maxLineBytes: Int, firstLine: Int = 1) {
        self.maxLineBytes = maxLineBytes
        lineNumber = firstLine - 1
    }

    /// The number of the last line handed out (firstLine - 1 before any).
    var lastLineNumber: Int { lineNumber }

    /// The complete lines in `chunk` (plus what was pending before it).
    mutating func feed(_ chunk: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            append(chunk[start..<newline])
            lines.append(finishLine())
            start = newline + 1
        }
        append(chunk[start...])
        return lines
    }

    /// The last line if the input did not end with a line break.
    /// (An input ending with a line break has no further, empty line.)
    mutating func finish() -> Line? {
        guard !pending.isEmpty || overflow > 0 else { return nil }
        return finishLine()
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        if overflow > 0 || pending.count + bytes.count > maxLineBytes {
            overflow += pending.count + bytes.count
            pending.removeAll(keepingCapacity: false)
        } else {
            pending += bytes
        }
    }

    private mutating func finishLine() -> Line {
        lineNumber += 1
        defer {
            pending.removeAll(keepingCapacity: true)
            overflow = 0
        }
        if overflow > 0 { return .tooLong(number: lineNumber, bytes: overflow) }
        if pending.last == 0x0D { pending.removeLast() }
        return .text(number: lineNumber, bytes: pending)
    }
}
