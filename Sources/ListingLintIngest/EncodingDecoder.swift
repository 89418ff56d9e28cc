import Foundation
import ListingLintCore

/// A page decoded to UTF-8, the one text that libxml2, the source positions and the listing share.
struct DecodedSource: Sendable {
    /// The decoded page as UTF-8, with line breaks normalised to LF and NUL replaced by U+FFFD (one
    /// scalar each, so lines and columns match the page as an editor shows it).
    var utf8: [UInt8]
    /// The encoding the bytes were read in.
    var encoding: TextEncoding
    var decision: EncodingDecision
    /// What the reader should tell the user about the encoding (a lying charset, a lossy fallback).
    var diagnostics: [Finding]
}

/// Decodes a page's bytes in the encoding the sniffer chose, falling back when the bytes disagree.
enum EncodingDecoder {
    static func decode(_ bytes: [UInt8], override: String? = nil) -> DecodedSource {
        let decision = EncodingSniffer.sniff(bytes, override: override)
        let body = decision.bomLength == 0 ? bytes : Array(bytes[decision.bomLength...])
        var diagnostics: [Finding] = []
        var encoding = decision.encoding
        var utf8: [UInt8]

        switch decision.encoding {
        case .utf8:
            if (decision.utf8Validity ?? UTF8Validity.check(body)) != .invalid {
                utf8 = body
            } else if decision.evidence == .declaration, let text = foundationDecode(body, .gb18030) {
                utf8 = Array(text.utf8)
                encoding = .gb18030
                diagnostics.append(
                    Messages.charsetMismatch(declared: decision.declaredLabel ?? "utf-8", actual: .gb18030))
            } else {
                utf8 = Array(String(decoding: body, as: UTF8.self).utf8)
                diagnostics.append(Messages.invalidUTF8())
            }
        default:
            if let text = foundationDecode(body, decision.encoding) {
                utf8 = Array(text.utf8)
            } else {
                let (lossy, badLines) = decodeLineByLine(body, decision.encoding)
                utf8 = lossy
                diagnostics.append(Messages.undecodableLines(badLines, encoding: decision.encoding))
            }
        }
        if decision.evidence == .validUTF8, let declared = decision.declaredLabel,
            let declaredEncoding = TextEncoding(label: declared), declaredEncoding != .utf8
        {
            diagnostics.append(Messages.charsetMismatch(declared: declared, actual: .utf8))
        }
        if decision.evidence == .fallback {
            diagnostics.append(Messages.fallback(declared: decision.declaredLabel))
        }
        normaliseInPlace(&utf8)
        return DecodedSource(utf8: utf8, encoding: encoding, decision: decision, diagnostics: diagnostics)
    }

    /// Decodes with Foundation; nil when the bytes are not valid in that encoding.
    static func foundationDecode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String? {
        if encoding == .utf8 { return String(validating: bytes, as: UTF8.self) }
        return String(data: Data(bytes), encoding: foundationEncoding(encoding))
    }

    /// Foundation's encoding for ours. CoreFoundation encodings map to Foundation's as
    /// `0x8000_0000 | CFStringEncoding` (GB_18030_2000 = 0x0632, Big5 = 0x0A03, EUC_KR = 0x0940).
    private static func foundationEncoding(_ encoding: TextEncoding) -> String.Encoding {
        switch encoding {
        case .utf8: .utf8
        case .utf16LittleEndian: .utf16LittleEndian
        case .utf16BigEndian: .utf16BigEndian
        case .gb18030: String.Encoding(rawValue: 0x8000_0632)
        case .big5: String.Encoding(rawValue: 0x8000_0A03)
        case .shiftJIS: .shiftJIS
        case .eucJP: .japaneseEUC
        case .eucKR: String.Encoding(rawValue: 0x8000_0940)
        case .windows1252: .windowsCP1252
        }
    }

    /// Decodes line by line so that one corrupt byte costs one line, not the page; lines that do not
    /// decode are read as UTF-8 with U+FFFD for what is invalid. Returns the text and the bad lines.
    private static func decodeLineByLine(_ bytes: [UInt8], _ encoding: TextEncoding) -> ([UInt8], [Int]) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var badLines: [Int] = []
        var line = 1
        for chunk in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if let text = foundationDecode(Array(chunk), encoding) {
                output += text.utf8
            } else {
                output += String(decoding: chunk, as: UTF8.self).utf8
                badLines.append(line)
            }
            output.append(0x0A)
            line += 1
        }
        if !output.isEmpty { output.removeLast() }
        return (output, badLines)
    }

    /// CRLF and lone CR become LF; NUL becomes U+FFFD. In place when nothing needs changing.
    static func normaliseInPlace(_ utf8: inout [UInt8]) {
        let needsWork = utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil || memchr(base, 0x00, bytes.count) != nil
        }
        guard needsWork else { return }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x0D:
                output.append(0x0A)
                if index + 1 < utf8.count, utf8[index + 1] == 0x0A { index += 1 }
            case 0x00:
                output += [0xEF, 0xBF, 0xBD]
            default:
                output.append(byte)
            }
            index += 1
        }
        utf8 = output
    }

    /// Messages of the encoding diagnostics.
    enum Messages {
        static func charsetMismatch(declared: String, actual: TextEncoding) -> Finding {
            Finding(
                rule: InputRule.charsetMismatch,
                kind: .inputWarning,
                severity: .info,
                message:
                    "the page declares charset \"\(declared)\" but its bytes are \(actual.rawValue); read as \(actual.rawValue)",
                evidence: declared,
                suggestion: "declare the charset the page is saved in (<meta charset=\"\(actual.rawValue)\">)"
            )
        }

        static func fallback(declared: String?) -> Finding {
            let because =
                declared.map { "its declared charset \"\($0)\" is not one ListingLint reads and " }
                ?? "no charset is declared and "
            return Finding(
                rule: InputRule.encodingFallback,
                kind: .inputWarning,
                severity: .info,
                message: "\(because)the bytes are not UTF-8; read as GB18030",
                suggestion: "declare the charset with <meta charset=\"…\">"
            )
        }

        static func invalidUTF8() -> Finding {
            Finding(
                rule: InputRule.encodingFallback,
                kind: .inputWarning,
                severity: .warning,
                message: "the page is not valid UTF-8 and no other encoding fits; invalid bytes were replaced by U+FFFD"
            )
        }

        static func undecodableLines(_ lines: [Int], encoding: TextEncoding) -> Finding {
            let shown = lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? ", …" : "")
            return Finding(
                rule: InputRule.encodingFallback,
                kind: .inputWarning,
                severity: .warning,
                message:
                    "\(lines.count) line(s) are not valid \(encoding.rawValue) (line \(shown)); their invalid bytes were replaced by U+FFFD",
                location: lines.first.map { SourceLocation(line: $0, column: 1) }
            )
        }
    }
}
