import Foundation

/// The contents of `<script>` and `<style>` elements, taken out of the bytes libxml2 parses and put
/// back into the tree afterwards.
///
/// libxml2 reads raw text one character at a time, and on product pages scripts and styles are most
/// of the bytes: the parse cost more than everything else the reader did. Each long content is
/// replaced by a marker followed by the content's line breaks (so libxml2 numbers every later line as
/// before), and ``HTMLTreeBuilder`` makes the marker's text node point at the content in the page
/// (``HTMLNode/rawTextRange``). Only contents libxml2 passes through unchanged are taken out: no `</`
/// inside, no carriage return, no character libxml2 rejects, not blank. The builder checks that every
/// marker came back exactly once as the whole text of its element; otherwise the page is parsed again
/// as it is.
struct HTMLRawText {
    /// The page as libxml2 parses it: every taken content replaced by its marker.
    let parsedBytes: [UInt8]
    /// Per marker number: the content's range in `original`.
    let contents: [Range<Int>]
    /// The page as decoded.
    let original: [UInt8]

    /// Contents shorter than this stay in place: replacing them saves little.
    static let shortestTaken = 256

    /// The first bytes of a marker (U+F8FF, a private-use character), then the marker's number in
    /// ASCII digits and U+F8FF again.
    private static let markerBracket: [UInt8] = [0xEF, 0xA3, 0xBF]

    /// Takes out the long script and style contents of `bytes`; nil when there are none.
    static func takingOut(of bytes: [UInt8]) -> HTMLRawText? {
        var parsed: [UInt8] = []
        var contents: [Range<Int>] = []
        var copiedUpTo = 0
        bytes.withUnsafeBufferPointer { page in
            var index = 0
            while let open = nextByte(UInt8(ascii: "<"), in: page, from: index) {
                index = open + 1
                if startsWith(commentOpen, in: page, at: open + 1) {
                    guard let close = find(commentClose, in: page, from: open + 4) else { return }
                    index = close + 3
                    continue
                }
                guard let name = rawTextElement(in: page, at: open + 1),
                      let tagEnd = startTagEnd(in: page, from: open + 1 + name.count)
                else { continue }
                let contentStart = tagEnd + 1
                guard let contentEnd = find(endTagOpen, in: page, from: contentStart) else { return }
                guard startsWith(name, in: page, at: contentEnd + 2, ignoringCase: true) else {
                    // libxml2 reads on to the element's own end tag: so does the scan, leaving it in place.
                    guard let end = findEndTag(name, in: page, from: contentEnd) else { return }
                    index = end
                    continue
                }
                index = contentEnd
                guard let lineBreaks = takeableLineBreaks(page, contentStart..<contentEnd) else { continue }
                if parsed.isEmpty { parsed.reserveCapacity(bytes.count / 2) }
                parsed.append(contentsOf: UnsafeBufferPointer(rebasing: page[copiedUpTo..<contentStart]))
                parsed.append(contentsOf: marker(contents.count))
                parsed.append(contentsOf: repeatElement(0x0A, count: lineBreaks))
                contents.append(contentStart..<contentEnd)
                copiedUpTo = contentEnd
            }
        }
        guard !contents.isEmpty else { return nil }
        parsed.append(contentsOf: bytes[copiedUpTo...])
        return HTMLRawText(parsedBytes: parsed, contents: contents, original: bytes)
    }

    private static let commentOpen = Array("!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let endTagOpen = Array("</".utf8)
    private static let rawTextElements = [Array("script".utf8), Array("style".utf8)]

    /// The marker number a text node's content stands for: the marker followed only by line breaks.
    /// Nil when the content is not a marker (it may still contain one: the converter counts).
    func markerNumber(of content: UnsafePointer<UInt8>) -> Int? {
        let bracket = Self.markerBracket
        guard content[0] == bracket[0], content[1] == bracket[1], content[2] == bracket[2] else { return nil }
        var index = 3
        var number = 0
        while content[index] >= 0x30, content[index] <= 0x39, index < 12 {
            number = number * 10 + Int(content[index] - 0x30)
            index += 1
        }
        guard index > 3, content[index] == bracket[0], content[index + 1] == bracket[1], content[index + 2] == bracket[2]
        else { return nil }
        index += 3
        while content[index] == 0x0A { index += 1 }
        guard content[index] == 0, number < contents.count else { return nil }
        return number
    }

    private static func marker(_ number: Int) -> [UInt8] {
        markerBracket + Array(String(number).utf8) + markerBracket
    }

    /// `script` or `style` when a start tag of one begins at `index` (right after `<`).
    private static func rawTextElement(in page: UnsafeBufferPointer<UInt8>, at index: Int) -> [UInt8]? {
        guard index < page.count, page[index] | 0x20 == UInt8(ascii: "s") else { return nil }
        for name in rawTextElements where startsWith(name, in: page, at: index, ignoringCase: true) {
            let after = index + name.count
            guard after < page.count else { return nil }
            switch page[after] {
            case 0x20, 0x09, 0x0A, 0x0C, UInt8(ascii: ">"): return name
            default: return nil
            }
        }
        return nil
    }

    /// The index of the `>` ending a start tag whose attributes begin at `index`, skipping quoted
    /// attribute values. Nil for a self-closing tag or one that never ends.
    private static func startTagEnd(in page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var index = index
        while index < page.count {
            switch page[index] {
            case UInt8(ascii: ">"):
                return page[index - 1] == UInt8(ascii: "/") ? nil : index
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let close = nextByte(page[index], in: page, from: index + 1) else { return nil }
                index = close + 1
            case UInt8(ascii: "<"):
                return nil
            default:
                index += 1
            }
        }
        return nil
    }

    /// The number of line breaks in a content libxml2 passes through unchanged as one text node, or nil
    /// when it does not or is not worth taking out: shorter than ``shortestTaken``, blank, or holding a
    /// carriage return, another control character, U+FFFE/U+FFFF or a marker's character.
    ///
    /// Reads eight bytes at a time with exact per-byte masks (scripts and styles are most of a
    /// page's bytes); only an 0xEF byte (the lead byte of U+F8FF, U+FFFE and U+FFFF) gets a closer look.
    private static func takeableLineBreaks(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= shortestTaken, let base = page.baseAddress else { return nil }
        var lineBreaks = 0
        var blank = true
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            // Little-endian, so that a mask's lowest set bit is the first byte.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let control = ByteMasks.belowSpace(word)
            if control != 0 {
                let newline = ByteMasks.equal(0x0A, word)
                if control & ~(newline | ByteMasks.equal(0x09, word)) != 0 { return nil }
                lineBreaks += ByteMasks.count(newline)
            }
            if blank, ~(control | ByteMasks.equal(0x20, word)) & ByteMasks.highBits != 0 { blank = false }
            // Scripts and styles are mostly ASCII: only a word with a high bit can hold an 0xEF.
            var lead = word & ByteMasks.highBits == 0 ? 0 : ByteMasks.equal(0xEF, word)
            while lead != 0 {
                if isNoncharacterOrMarker(page, at: index + lead.trailingZeroBitCount / 8, end: range.upperBound) {
                    return nil
                }
                lead &= lead - 1
            }
            index += 8
        }
        while index < range.upperBound {
            let byte = page[index]
            if byte < 0x20 {
                if byte == 0x0A {
                    lineBreaks += 1
                } else if byte != 0x09 {
                    return nil
                }
            } else {
                if byte != 0x20 { blank = false }
                if byte == 0xEF, isNoncharacterOrMarker(page, at: index, end: range.upperBound) { return nil }
            }
            index += 1
        }
        return blank ? nil : lineBreaks
    }

    /// Whether the 0xEF byte at `index` starts U+FFFE, U+FFFF or U+F8FF (the marker's character)
    /// before `end`.
    private static func isNoncharacterOrMarker(_ page: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index + 2 < end else { return false }
        let next = (page[index + 1], page[index + 2])
        return next == (0xBF, 0xBE) || next == (0xBF, 0xBF) || next == (0xA3, 0xBF)
    }

    private static func nextByte(_ byte: UInt8, in page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < page.count, let base = page.baseAddress,
              let found = memchr(base + index, Int32(byte), page.count - index)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(_ needle: [UInt8], in page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var index = index
        while let candidate = nextByte(needle[0], in: page, from: index) {
            if startsWith(needle, in: page, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The next `</name` (name in any case) from `index`.
    private static func findEndTag(_ name: [UInt8], in page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var index = index
        while let candidate = find(endTagOpen, in: page, from: index) {
            if startsWith(name, in: page, at: candidate + 2, ignoringCase: true) { return candidate }
            index = candidate + 2
        }
        return nil
    }

    private static func startsWith(
        _ prefix: [UInt8], in page: UnsafeBufferPointer<UInt8>, at index: Int, ignoringCase: Bool = false
    ) -> Bool {
        guard index + prefix.count <= page.count else { return false }
        for (offset, byte) in prefix.enumerated() {
            let found = page[index + offset]
            guard found == byte || (ignoringCase && found | 0x20 == byte) else { return false }
        }
        return true
    }
}
