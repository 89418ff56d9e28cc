/// The character encodings the HTML reader decodes itself.
///
/// Everything is decoded to UTF-8 before libxml2 sees it, so the parser, the source positions and the
/// listing text all agree on one text.
enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// GB18030, the superset of GBK and GB2312 (WHATWG maps the gb2312/gbk labels to it).
    case gb18030 = "GB18030"
    case big5 = "Big5"
    case shiftJIS = "Shift_JIS"
    case eucJP = "EUC-JP"
    case eucKR = "EUC-KR"
    /// windows-1252, which WHATWG uses for the iso-8859-1 and us-ascii labels too.
    case windows1252 = "windows-1252"

    /// The encoding a charset label names, following the WHATWG label table for the labels Chinese,
    /// Japanese, Korean and Western pages use. Nil for a label we do not decode.
    init?(label: String) {
        let key = label.trimmingASCIIWhitespace().lowercased()
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16", "utf-16le", "unicode", "ucs-2": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "gb18030", "gbk", "gb2312", "x-gbk", "csgb2312", "chinese", "gb_2312-80", "gb_2312", "iso-ir-58",
            "csiso58gb231280", "cp936", "ms936", "windows-936", "euc-cn":
            self = .gb18030
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5": self = .big5
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "csshiftjis", "windows-31j", "x-sjis", "ms932":
            self = .shiftJIS
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": self = .eucJP
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean": self = .eucKR
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", "iso8859-1",
            "iso_8859-1", "cp819", "ibm819":
            self = .windows1252
        default: return nil
        }
    }
}

/// How the encoding of a page was decided, in the order the sniffer tries them.
enum EncodingEvidence: String, Sendable, Hashable {
    case byteOrderMark = "byte order mark"
    case override = "explicit override"
    case declaration = "declared charset"
    case validUTF8 = "valid UTF-8"
    case fallback = "GB18030 fallback"
}

/// What the sniffer decided about a page's bytes.
struct EncodingDecision: Sendable, Hashable {
    var encoding: TextEncoding
    var evidence: EncodingEvidence
    /// The charset label the page declares in `<meta>` (as written), if any.
    var declaredLabel: String?
    /// Bytes of byte-order mark to skip.
    var bomLength: Int = 0
    /// Whether the bytes (after any BOM) are UTF-8; nil when not checked.
    var utf8Validity: UTF8Validity?
}

/// Decides which encoding a page's bytes are in, before parsing.
///
/// Order: byte-order mark → explicit override → `<meta charset>` / `http-equiv` declaration in the
/// first ``declarationWindow`` bytes → UTF-8 validity → GB18030. A declaration is trusted only when the
/// bytes agree: a page declaring a legacy charset whose bytes are valid UTF-8 with non-ASCII characters
/// is read as UTF-8 (the reader then reports the mismatch), since legacy multi-byte text is almost never
/// valid UTF-8 by accident.
enum EncodingSniffer {
    /// How far into the page a `<meta>` charset declaration is looked for, in bytes.
    static let declarationWindow = 2048

    static func sniff(_ bytes: [UInt8], override: String? = nil) -> EncodingDecision {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return EncodingDecision(encoding: .utf8, evidence: .byteOrderMark, bomLength: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return EncodingDecision(encoding: .utf16LittleEndian, evidence: .byteOrderMark, bomLength: 2)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return EncodingDecision(encoding: .utf16BigEndian, evidence: .byteOrderMark, bomLength: 2)
        }
        if let override, let encoding = TextEncoding(label: override) {
            return EncodingDecision(encoding: encoding, evidence: .override)
        }
        let declared = declaredCharset(in: bytes)
        let utf8State = UTF8Validity.check(bytes)
        if let declared, let encoding = TextEncoding(label: declared) {
            if encoding != .utf8, utf8State == .validWithNonASCII {
                return EncodingDecision(
                    encoding: .utf8, evidence: .validUTF8, declaredLabel: declared, utf8Validity: utf8State)
            }
            return EncodingDecision(
                encoding: encoding, evidence: .declaration, declaredLabel: declared, utf8Validity: utf8State)
        }
        if utf8State != .invalid {
            return EncodingDecision(
                encoding: .utf8, evidence: .validUTF8, declaredLabel: declared, utf8Validity: utf8State)
        }
        return EncodingDecision(
            encoding: .gb18030, evidence: .fallback, declaredLabel: declared, utf8Validity: utf8State)
    }

    /// The charset label of the first `<meta charset=…>` or `<meta http-equiv=… content="…charset=…">`
    /// (or `<?xml encoding=…?>`) in the first ``declarationWindow`` bytes, as written.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let window = min(bytes.count, declarationWindow)
        let xml = Array("<?xml".utf8)
        if find(xml, in: bytes, range: 0..<min(window, xml.count)) == 0,
            let end = bytes[..<window].firstIndex(of: UInt8(ascii: ">"))
        {
            if let label = value(after: Array("encoding".utf8), in: bytes, range: 0..<end) {
                return label
            }
        }
        var index = 0
        let meta = Array("<meta".utf8)
        while let start = find(meta, in: bytes, range: index..<window) {
            let end = bytes[start..<window].firstIndex(of: UInt8(ascii: ">")) ?? window
            if let label = value(after: Array("charset".utf8), in: bytes, range: start..<end) {
                return label
            }
            index = end
        }
        return nil
    }

    /// The value after `key` and `=` (quotes and spaces around it skipped) inside `range` of `bytes`,
    /// the key matched regardless of ASCII case, the value as written.
    private static func value(after key: [UInt8], in bytes: [UInt8], range: Range<Int>) -> String? {
        var from = range.lowerBound
        while let keyStart = find(key, in: bytes, range: from..<range.upperBound) {
            var index = keyStart + key.count
            while index < range.upperBound, isSpace(bytes[index]) { index += 1 }
            guard index < range.upperBound, bytes[index] == UInt8(ascii: "=") else {
                from = keyStart + key.count
                continue
            }
            index += 1
            while index < range.upperBound,
                isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "\"")
                    || bytes[index] == UInt8(ascii: "'")
            {
                index += 1
            }
            let start = index
            while index < range.upperBound, !isSpace(bytes[index]), !"\"';/>".utf8.contains(bytes[index]) {
                index += 1
            }
            guard index > start else { return nil }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        return nil
    }

    /// The first index in `range` where the lower-case ASCII `needle` starts in `haystack`, ignoring
    /// ASCII case.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], range: Range<Int>) -> Int? {
        guard let first = needle.first, range.count >= needle.count else { return nil }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if asciiLowercased(haystack[index]) == first,
                haystack[index..<(index + needle.count)].lazy.map(asciiLowercased).elementsEqual(needle)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

/// Whether bytes are well-formed UTF-8, and whether they contain anything beyond ASCII.
enum UTF8Validity: Sendable, Hashable {
    case ascii
    case validWithNonASCII
    case invalid

    static func check(_ bytes: [UInt8]) -> UTF8Validity {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return .ascii }
            let count = buffer.count
            var index = 0
            var sawNonASCII = false
            while index < count {
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    // Pages are mostly ASCII: sixteen bytes at a time until a byte is not.
                    while index + 16 <= count {
                        let raw = UnsafeRawPointer(base + index)
                        let word = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        if word & ByteMasks.highBits != 0 { break }
                        index += 16
                    }
                    continue
                }
                sawNonASCII = true
                // The three-byte sequences whose second byte may be any continuation byte (all of CJK).
                if (0xE1...0xEC).contains(lead) || lead == 0xEE || lead == 0xEF {
                    guard index + 3 <= count, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 else {
                        return .invalid
                    }
                    index += 3
                    continue
                }
                let length: Int
                let lowerSecond: UInt8
                let upperSecond: UInt8
                switch lead {
                case 0xC2...0xDF: (length, lowerSecond, upperSecond) = (2, 0x80, 0xBF)
                case 0xE0: (length, lowerSecond, upperSecond) = (3, 0xA0, 0xBF)
                case 0xED: (length, lowerSecond, upperSecond) = (3, 0x80, 0x9F)
                case 0xF0: (length, lowerSecond, upperSecond) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (length, lowerSecond, upperSecond) = (4, 0x80, 0xBF)
                case 0xF4: (length, lowerSecond, upperSecond) = (4, 0x80, 0x8F)
                default: return .invalid
                }
                guard index + length <= count else { return .invalid }
                let second = base[index + 1]
                guard second >= lowerSecond, second <= upperSecond else { return .invalid }
                var next = index + 2
                while next < index + length {
                    guard base[next] & 0xC0 == 0x80 else { return .invalid }
                    next += 1
                }
                index += length
            }
            return sawNonASCII ? .validWithNonASCII : .ascii
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isASCIIWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isASCIIWhitespace })!
        return String(scalars[first...last])
    }
}
