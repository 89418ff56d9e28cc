/// Text as the matcher sees it, with an offset map back to the source.
///
/// Normalised character `i` is `scalars[i]`; it came from the source's UTF-8 bytes
/// `sourceStart[i]..<sourceEnd[i]` (several normalised characters may share one source character,
/// e.g. `⑩` → `1`, `0`). Starts never decrease, so any run of normalised characters maps back to one
/// contiguous source range, which is how findings quote the text exactly as written.
public struct NormalisedText: Sendable {
    public let source: String
    public internal(set) var scalars: [UInt32] = []
    /// UTF-8 byte offset in `source` where the character's source begins.
    public internal(set) var sourceStart: [Int32] = []
    /// UTF-8 byte offset in `source` just past the character's source.
    public internal(set) var sourceEnd: [Int32] = []
    /// `Evasion` raw values per character.
    public internal(set) var evasions: [UInt16] = []

    public var count: Int { scalars.count }

    /// The source UTF-8 byte range behind normalised characters `range` (non-empty).
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        Int(sourceStart[range.lowerBound])..<Int(sourceEnd[range.upperBound - 1])
    }

    /// The source text behind normalised characters `range`, exactly as written.
    public func sourceText(of range: Range<Int>) -> String {
        let bytes = sourceRange(of: range)
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(start, offsetBy: bytes.count)
        return String(source[start..<end])
    }

    /// The evasions undone inside normalised characters `range` (gaps before its first character excluded).
    public func evasion(of range: Range<Int>) -> Evasion {
        var result = Evasion(rawValue: evasions[range.lowerBound]).subtracting(Evasion.gapFlags)
        for index in range.dropFirst() { result.formUnion(Evasion(rawValue: evasions[index])) }
        return result
    }

    /// The normalised text as a string (for tests and debugging).
    public var text: String { text(of: 0..<count) }

    /// Normalised characters `range` as a string (the form terms are compared in).
    public func text(of range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        for value in scalars[range] { if let scalar = Unicode.Scalar(value) { result.append(scalar) } }
        return String(result)
    }
}

/// Normalises text for matching while keeping the offset map (see `NormalisedText`).
///
/// In one left-to-right pass over the UTF-8 bytes, per character: NFKC, full-width → half-width, lower
/// case, accents dropped from Latin letters, traditional → simplified, invisible characters removed
/// (`NormalisationTable`). Then, between characters: up to `maxFiller` spaces or symbols between two
/// Han ideographs are skipped (`最 好`, `最*好`, `国 家 级`, `最-佳`), also between 第 and a digit; runs of
/// spaces collapse to one; a lone digit 1–9 after 第 becomes the Chinese numeral (`第1`, `第①` → `第一`);
/// pinyin `zui` right before a Chinese character becomes 最 (`zui好` → `最好`).
/// The cost is constant per input byte.
public struct TextNormaliser: Sendable {
    let table: NormalisationTable
    /// Most fillers skipped in one gap between CJK characters; a longer gap is real separation.
    public static let maxFiller = 3

    static let di: UInt32 = 0x7B2C  // 第
    static let zui: UInt32 = 0x6700  // 最
    static let numerals: [UInt32] = [0, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D]

    init(table: NormalisationTable) {
        self.table = table
    }

    /// A normaliser with the shipped character table.
    public init(library: RulePackLibrary = .shared) {
        let shipped = NormalisationTable.shipped
        table = shipped.traditionalToSimplified == library.traditionalToSimplified
            ? shipped : NormalisationTable(traditionalToSimplified: library.traditionalToSimplified)
    }

    /// Builds the shipped character table now rather than on first use, so that a caller can build
    /// it on one thread while the rule packs are decoded on another (start-up of a one-listing check).
    public static func prepareShippedTable() {
        _ = NormalisationTable.shipped
    }

    public func normalise(_ source: String) -> NormalisedText {
        var text = source
        text.makeContiguousUTF8()
        var result = NormalisedText(source: text)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var output = Output(capacity: bytes.count + 16)
            defer { output.deallocate() }
            table.bmp.withUnsafeBufferPointer { bmp in
                table.bmpEvasion.withUnsafeBufferPointer { bmpEvasion in
                    table.bmpClass.withUnsafeBufferPointer { bmpClass in
                        var pass = Pass(table: table, bmp: bmp, bmpEvasion: bmpEvasion, bmpClass: bmpClass)
                        pass.run(bytes, &output)
                    }
                }
            }
            result.scalars = Array(UnsafeBufferPointer(start: output.scalars, count: output.count))
            result.sourceStart = Array(UnsafeBufferPointer(start: output.starts, count: output.count))
            result.sourceEnd = Array(UnsafeBufferPointer(start: output.ends, count: output.count))
            result.evasions = Array(UnsafeBufferPointer(start: output.evasions, count: output.count))
        }
        return result
    }

    /// The normalised characters and their offset map as they are produced: manually grown buffers,
    /// because array appends cost a uniqueness check per character on this path.
    private struct Output {
        var scalars: UnsafeMutablePointer<UInt32>
        var starts: UnsafeMutablePointer<Int32>
        var ends: UnsafeMutablePointer<Int32>
        var evasions: UnsafeMutablePointer<UInt16>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            scalars = .allocate(capacity: capacity)
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
            evasions = .allocate(capacity: capacity)
        }

        @inline(__always)
        mutating func append(_ value: UInt32, _ start: Int32, _ end: Int32, _ evasion: UInt16) {
            if count == capacity { grow() }
            scalars[count] = value
            starts[count] = start
            ends[count] = end
            evasions[count] = evasion
            count += 1
        }

        /// Doubles the capacity (only when mappings expand, e.g. `⑩` → `10`).
        mutating func grow() {
            let newCapacity = capacity * 2
            func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
                let new = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
                new.moveInitialize(from: old, count: count)
                old.deallocate()
                return new
            }
            scalars = moved(scalars)
            starts = moved(starts)
            ends = moved(ends)
            evasions = moved(evasions)
            capacity = newCapacity
        }

        func deallocate() {
            scalars.deallocate()
            starts.deallocate()
            ends.deallocate()
            evasions.deallocate()
        }
    }

    /// One left-to-right pass. Fillers after a CJK character are held back (at most `maxFiller`, in
    /// fixed slots) until the next character shows whether they split a term.
    private struct Pass {
        let table: NormalisationTable
        let bmp: UnsafeBufferPointer<UInt32>
        let bmpEvasion: UnsafeBufferPointer<UInt8>
        let bmpClass: UnsafeBufferPointer<UInt8>
        var held: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var heldSpan: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var heldCount = 0
        /// Gap evasions for the next emitted character.
        var gap: UInt16 = 0
        /// Index of a digit emitted right after 第, converted unless another digit follows.
        var numeralCandidate = -1
        var lastValue: UInt32 = 0xFFFF_FFFF
        var lastClass: NormalisationTable.CharacterClass = []

        init(
            table: NormalisationTable, bmp: UnsafeBufferPointer<UInt32>, bmpEvasion: UnsafeBufferPointer<UInt8>,
            bmpClass: UnsafeBufferPointer<UInt8>
        ) {
            self.table = table
            self.bmp = bmp
            self.bmpEvasion = bmpEvasion
            self.bmpClass = bmpClass
        }

        @inline(__always)
        func classOf(_ value: UInt32) -> NormalisationTable.CharacterClass {
            value < 0x10000 ? NormalisationTable.CharacterClass(rawValue: bmpClass[Int(value)]) : table.characterClass(value)
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, _ output: inout Output) {
            let count = bytes.count
            var offset = 0
            while offset < count {
                let (value, length) = TextNormaliser.decode(bytes, at: offset)
                let start = Int32(offset)
                offset += length
                let end = Int32(offset)
                if value < 0x10000 {
                    let mapped = bmp[Int(value)]
                    if mapped & NormalisationTable.multiMarker == 0 {
                        emit(mapped, UInt16(bmpEvasion[Int(value)]), start, end, &output)
                        continue
                    }
                    if mapped == NormalisationTable.deleted {
                        gap |= Evasion.zeroWidth.rawValue
                        continue
                    }
                    for item in table.multi[Int(mapped & ~NormalisationTable.multiMarker)] {
                        emit(item, UInt16(bmpEvasion[Int(value)]), start, end, &output)
                    }
                } else {
                    let slow = table.slowMapping(of: value)
                    if slow.scalars.isEmpty { gap |= Evasion.zeroWidth.rawValue }
                    for item in slow.scalars { emit(item, slow.evasion.rawValue, start, end, &output) }
                }
            }
            flushHeld(&output)
            settleNumeral(nextIsDigit: false, &output)
        }

        @inline(__always)
        mutating func emit(_ value: UInt32, _ evasion: UInt16, _ start: Int32, _ end: Int32, _ output: inout Output) {
            let kind = classOf(value)
            // A digit after 第 still to become a numeral counts as the CJK character it will be.
            let lastIsIdeograph = lastClass.contains(.ideograph) || numeralCandidate >= 0
            if kind.contains(.filler) && (heldCount > 0 || lastIsIdeograph || lastValue == TextNormaliser.di) {
                if heldCount < TextNormaliser.maxFiller {
                    hold(value, evasion, start, end)
                    return
                }
                flushHeld(&output)
            }
            if heldCount > 0 {
                if (kind.contains(.ideograph) && lastIsIdeograph)
                    || (lastValue == TextNormaliser.di && kind.contains(.digit)) {
                    heldCount = 0
                    gap |= Evasion.spacedOut.rawValue
                } else {
                    flushHeld(&output)
                }
            }
            append(value, kind, evasion, start, end, &output)
        }

        /// Holds a filler: value and evasion in one 64-bit slot, source start and end in another. A space
        /// repeating the held one extends it (a run of spaces counts as one filler).
        mutating func hold(_ value: UInt32, _ evasion: UInt16, _ start: Int32, _ end: Int32) {
            let packed: UInt64 = UInt64(value) | (UInt64(evasion) << 32)
            let startBits: UInt64 = UInt64(UInt32(bitPattern: start)) << 32
            let endBits: UInt64 = UInt64(UInt32(bitPattern: end))
            if heldCount > 0 && classOf(value).contains(.space) {
                let last = slot(heldCount - 1)
                if UInt32(truncatingIfNeeded: last.value) == value {
                    setSlot(heldCount - 1, value: last.value, span: (last.span & 0xFFFF_FFFF_0000_0000) | endBits)
                    return
                }
            }
            setSlot(heldCount, value: packed, span: startBits | endBits)
            heldCount += 1
        }

        func slot(_ index: Int) -> (value: UInt64, span: UInt64) {
            switch index {
            case 0: return (held.0, heldSpan.0)
            case 1: return (held.1, heldSpan.1)
            default: return (held.2, heldSpan.2)
            }
        }

        mutating func setSlot(_ index: Int, value: UInt64, span: UInt64) {
            switch index {
            case 0:
                held.0 = value
                heldSpan.0 = span
            case 1:
                held.1 = value
                heldSpan.1 = span
            default:
                held.2 = value
                heldSpan.2 = span
            }
        }

        /// Emits held fillers as ordinary characters.
        mutating func flushHeld(_ output: inout Output) {
            let count = heldCount
            heldCount = 0
            for index in 0..<count {
                let (packed, span) = slot(index)
                let value = UInt32(truncatingIfNeeded: packed)
                let start = Int32(bitPattern: UInt32(truncatingIfNeeded: span >> 32))
                let end = Int32(bitPattern: UInt32(truncatingIfNeeded: span))
                append(value, classOf(value), UInt16(truncatingIfNeeded: packed >> 32), start, end, &output)
            }
        }

        @inline(__always)
        mutating func append(
            _ value: UInt32, _ kind: NormalisationTable.CharacterClass, _ evasion: UInt16, _ start: Int32, _ end: Int32,
            _ output: inout Output
        ) {
            if numeralCandidate >= 0 { settleNumeral(nextIsDigit: kind.contains(.digit), &output) }
            if kind.contains(.space) && value == lastValue {
                output.ends[output.count - 1] = end
                return
            }
            if lastValue == TextNormaliser.di && (0x31...0x39).contains(value) { numeralCandidate = output.count }
            if lastValue == 0x69 && gap == 0 && kind.contains(.ideograph) { readPinyinZui(&output) }  // …i + 好
            output.append(value, start, end, evasion | gap)
            gap = 0
            lastValue = value
            lastClass = kind
        }

        /// `zui` right before a Chinese character, not part of a longer Latin word, is pinyin for 最
        /// (`zui好` → `最好`): the three letters become one 最 covering their source.
        mutating func readPinyinZui(_ output: inout Output) {
            let count = output.count
            guard count >= 3, output.scalars[count - 1] == 0x69, output.scalars[count - 2] == 0x75,
                  output.scalars[count - 3] == 0x7A,
                  count == 3 || !classOf(output.scalars[count - 4]).contains(.word)
            else { return }
            output.count = count - 2
            output.scalars[count - 3] = TextNormaliser.zui
            output.ends[count - 3] = output.ends[count - 1]
            output.evasions[count - 3] |= Evasion.pinyin.rawValue
        }

        /// Turns a digit after 第 into its Chinese numeral unless the next character is a digit too (`第10`).
        mutating func settleNumeral(nextIsDigit: Bool, _ output: inout Output) {
            let index = numeralCandidate
            guard index >= 0 else { return }
            numeralCandidate = -1
            if nextIsDigit { return }
            output.scalars[index] = TextNormaliser.numerals[Int(output.scalars[index] - 0x30)]
            output.evasions[index] |= Evasion.digitForNumeral.rawValue
        }
    }

    /// Decodes one UTF-8 scalar; invalid bytes decode as U+FFFD of length 1 (Swift strings are valid,
    /// so this only guards against misuse).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        let count = bytes.count
        if lead < 0xE0, offset + 1 < count {
            return (((lead & 0x1F) << 6) | (UInt32(bytes[offset + 1]) & 0x3F), 2)
        }
        if lead < 0xF0, offset + 2 < count {
            let value = ((lead & 0x0F) << 12) | ((UInt32(bytes[offset + 1]) & 0x3F) << 6)
                | (UInt32(bytes[offset + 2]) & 0x3F)
            return (value, 3)
        }
        if offset + 3 < count {
            let value = ((lead & 0x07) << 18) | ((UInt32(bytes[offset + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[offset + 2]) & 0x3F) << 6) | (UInt32(bytes[offset + 3]) & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }
}
