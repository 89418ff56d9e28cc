import Foundation
import ListingLintCore
import Testing

@testable import ListingLintIngest

@Suite struct HTMLReaderEncodingTests {
    private let page = """
        <html><head><meta charset="gbk"><title>纯棉T恤</title></head>
        <body><h1>纯棉T恤 喆镕</h1><ul><li>材质：100%棉</li></ul></body></html>
        """

    @Test func gbkPageIsDecoded() throws {
        let listing = try #require(HTMLFixture.listing(bytes: HTMLFixture.gbk(page)))
        #expect(listing.title?.text == "纯棉T恤 喆镕")
        #expect(listing.attribute("材质")?.value == "100%棉")
        #expect(!listing.diagnostics.contains { $0.rule == InputRule.charsetMismatch })
    }

    @Test func gb2312LabelWithGBKOnlyCharactersIsReadAsGB18030() throws {
        let bytes = HTMLFixture.gbk(page.replacingOccurrences(of: "gbk", with: "gb2312"))
        let listing = try #require(HTMLFixture.listing(bytes: bytes))
        #expect(listing.title?.text == "纯棉T恤 喆镕")
    }

    @Test func utf8PageDeclaringGBKIsReadAsUTF8AndReported() throws {
        let listing = try #require(HTMLFixture.listing(page))
        #expect(listing.title?.text == "纯棉T恤 喆镕")
        let mismatch = try #require(listing.diagnostics.first { $0.rule == InputRule.charsetMismatch })
        #expect(mismatch.kind == .inputWarning)
        #expect(mismatch.severity == .info)
        #expect(mismatch.message.contains("gbk"))
        #expect(mismatch.message.contains("UTF-8"))
    }

    @Test func asciiOnlyPageDeclaringGBKIsNoMismatch() throws {
        let listing = try #require(HTMLFixture.listing(#"<meta charset="gbk"><h1>Cotton tee</h1>"#))
        #expect(listing.title?.text == "Cotton tee")
        #expect(listing.diagnostics.isEmpty)
    }

    @Test func undeclaredGBKFallsBackToGB18030() throws {
        let bytes = HTMLFixture.gbk("<html><body><h1>纯棉毛巾</h1><p>洗涤说明：手洗</p></body></html>")
        let listing = try #require(HTMLFixture.listing(bytes: bytes))
        #expect(listing.title?.text == "纯棉毛巾")
        #expect(listing.attribute("洗涤说明")?.value == "手洗")
        #expect(listing.diagnostics.contains { $0.rule == InputRule.encodingFallback })
    }

    @Test func utf8DeclaredButGBKBytesAreReadAsGB18030AndReported() throws {
        let bytes = HTMLFixture.gbk(#"<meta charset="utf-8"><h1>羊毛围巾</h1>"#)
        let listing = try #require(HTMLFixture.listing(bytes: bytes))
        #expect(listing.title?.text == "羊毛围巾")
        #expect(listing.diagnostics.contains { $0.rule == InputRule.charsetMismatch })
    }

    @Test func httpEquivDeclarationIsFound() {
        let bytes = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=GB2312">"#.utf8)
        #expect(EncodingSniffer.declaredCharset(in: bytes) == "GB2312")
        #expect(TextEncoding(label: "x-gbk") == .gb18030)
        #expect(TextEncoding(label: "csGB2312") == .gb18030)
    }

    @Test func declarationsAreFoundInAnyCaseAndOnlyInTheWindow() {
        #expect(EncodingSniffer.declaredCharset(in: Array(#"<HTML><META CharSet='Big5'>"#.utf8)) == "Big5")
        #expect(EncodingSniffer.declaredCharset(in: Array(#"<?XML version="1.0" Encoding="GBK"?><p>"#.utf8)) == "GBK")
        #expect(EncodingSniffer.declaredCharset(in: Array(#"<meta name="x" content="y"><p>charset=gbk</p>"#.utf8)) == nil)
        let late = Array(repeating: UInt8(ascii: " "), count: EncodingSniffer.declarationWindow) + Array(#"<meta charset="gbk">"#.utf8)
        #expect(EncodingSniffer.declaredCharset(in: late) == nil)
    }

    @Test func byteOrderMarksWin() throws {
        let utf8 = [0xEF, 0xBB, 0xBF] + Array(#"<meta charset="gbk"><h1>毛巾</h1>"#.utf8)
        #expect(try #require(HTMLFixture.listing(bytes: utf8)).title?.text == "毛巾")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<h1>毛巾 towel</h1>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try #require(HTMLFixture.listing(bytes: utf16)).title?.text == "毛巾 towel")
    }

    @Test func overrideLabelBeatsDeclaration() throws {
        let bytes = HTMLFixture.gbk(#"<meta charset="iso-8859-1"><h1>棉袜</h1>"#)
        let document = InputDocument(source: "x.html", bytes: bytes, encoding: "gbk")
        let listing = try #require(HTMLReader.read(document, limits: InputLimits()).listings.first)
        #expect(listing.title?.text == "棉袜")
    }

    @Test func corruptLineCostsOnlyThatLine() throws {
        var bytes = HTMLFixture.gbk("<meta charset=\"gbk\">\n<h1>纯棉毛巾</h1>\n<p>")
        bytes += [0x81, 0x20]
        bytes += HTMLFixture.gbk("坏</p>\n<p>洗涤说明：手洗</p>")
        let listing = try #require(HTMLFixture.listing(bytes: bytes))
        #expect(listing.title?.text == "纯棉毛巾")
        #expect(listing.attribute("洗涤说明")?.value == "手洗")
        let fallback = try #require(listing.diagnostics.first { $0.rule == InputRule.encodingFallback })
        #expect(fallback.location?.line == 3)
    }

    @Test func lineBreaksAreNormalisedAndNULReplaced() {
        var bytes = Array("a\r\nb\rc\u{0}d".utf8)
        EncodingDecoder.normaliseInPlace(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "a\nb\nc\u{FFFD}d")
    }

    /// The validity check agrees with the standard library's UTF-8 validation on random mixes of
    /// ASCII runs (long enough for the sixteen-byte skip), valid sequences, stray continuation bytes,
    /// truncated sequences, overlongs and surrogates.
    @Test func utf8ValidityAgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(state: 7)
        let pieces: [[UInt8]] = [
            Array("plain ascii text, longer than sixteen bytes".utf8), Array("ab".utf8), Array("棉".utf8),
            Array("é".utf8), Array("😀".utf8), Array("\u{FFFF}".utf8), [0x80], [0xBF], [0xE6, 0xA3], [0xC0, 0xAF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xFF], [0xF0, 0x9F, 0x98],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let expected: UTF8Validity =
                String(validating: bytes, as: UTF8.self) == nil ? .invalid : bytes.allSatisfy { $0 < 0x80 } ? .ascii : .validWithNonASCII
            #expect(UTF8Validity.check(bytes) == expected, "\(bytes)")
        }
    }

    @Test func utf8ValidityRejectsOverlongsAndSurrogates() {
        #expect(UTF8Validity.check(Array("plain ascii text!".utf8)) == .ascii)
        #expect(UTF8Validity.check(Array("棉 😀 ascii after eight bytes".utf8)) == .validWithNonASCII)
        #expect(UTF8Validity.check([0xC0, 0xAF]) == .invalid)
        #expect(UTF8Validity.check([0xED, 0xA0, 0x80]) == .invalid)
        #expect(UTF8Validity.check([0xE6, 0xA3]) == .invalid)
    }
}
