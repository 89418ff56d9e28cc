import Foundation
import ListingLintCore
import Testing

/// The escape meanings both JSON readers share, over every byte, against Foundation's JSON reading.
@Suite struct JSONEscapesTests {
    @Test func oneLetterEscapesMeanWhatFoundationReadsThemAs() throws {
        for letter in UInt8(0)...UInt8(255) where letter != UInt8(ascii: "u") {
            let json = Data([UInt8(ascii: "\""), UInt8(ascii: "\\"), letter, UInt8(ascii: "\"")])
            let foundation = try? JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed) as? String
            let ours = JSONEscapes.byte(afterBackslash: letter).map { String(decoding: [$0], as: UTF8.self) }
            #expect(ours == foundation, "escape \\\(letter)")
        }
        #expect(JSONEscapes.byte(afterBackslash: UInt8(ascii: "u")) == nil)
    }

    @Test func hexDigitsReadInEitherCaseAndNothingElse() {
        for byte in UInt8(0)...UInt8(255) {
            let expected = UInt8(String(UnicodeScalar(byte)), radix: 16)
            #expect(JSONEscapes.hexDigit(byte) == expected, "byte \(byte)")
        }
    }
}
