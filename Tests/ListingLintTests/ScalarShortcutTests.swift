import ListingLintCore
import Testing
@testable import ListingLintIngest

/// The character tests that skip Unicode's property tables for common ranges must answer exactly as
/// the tables do, for every scalar.
@Suite struct ScalarShortcutTests {
    static var everyScalar: [Unicode.Scalar] {
        (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init)
    }

    @Test func whitespaceShortcutAgreesWithTheProperty() {
        let wrong = Self.everyScalar.filter { $0.isWhitespaceFast != $0.properties.isWhitespace }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0.value, radix: 16) })")
    }

    @Test func wordCharacterShortcutAgreesWithTheProperties() {
        let wrong = Self.everyScalar.filter {
            HTMLListingBuilder.isWordCharacter($0) != ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0.value, radix: 16) })")
    }
}
