@testable import ListingLintChecks
import ListingLintCore
import Testing

/// Material names and category keywords are found with one Aho–Corasick pass over the folded text.
/// Over texts of the corpus and the evaluation set, they must be found exactly as a plain search
/// for each name at each position finds them (words bounded, plurals, single ideographs, a keyword of
/// two categories).
@Suite struct WordListScanTests {
    /// Every fourth sample text (the plain search is slow in a debug build), and a few made for it.
    static let texts: [String] = {
        let samples = (try? FieldTextScanningTests.sampleTexts()) ?? []
        var texts = samples.indices.filter { $0 % 4 == 0 }.map { samples[$0] }
        texts += ["ABS plastic, metal legs", "零食大礼包 snacks", "Cottonwood table", "pure cotton tees", "皮卡丘", "沙发套 sofas"]
        return texts
    }()

    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func occurrences(of name: [UInt8], in text: [UInt8]) -> [Int] {
        guard !name.isEmpty, name.count <= text.count else { return [] }
        return (0...(text.count - name.count)).filter { text[$0..<($0 + name.count)].elementsEqual(name) }
    }

    @Test func materialNamesAreFoundAsAPlainSearchFindsThem() {
        let lexicon = MaterialLexicon(materials: ValueListData.embedded.materials)
        let names = ValueListData.embedded.materials.flatMap { material in
            material.names.map { (text: FieldKey.fold($0), family: material.canonical) }
        }.sorted { $0.text.count > $1.text.count }
        #expect(Self.texts.count > 250)
        for text in Self.texts {
            let folded = Array(FieldKey.fold(text).utf8)
            for allowSingle in [true, false] {
                let expected = names.filter { name in
                    let bytes = Array(name.text.utf8)
                    let scalars = name.text.unicodeScalars
                    if !allowSingle, scalars.count == 1, scalars.allSatisfy(FieldKey.isIdeograph) { return false }
                    return Self.occurrences(of: bytes, in: folded).contains { start in
                        !scalars.allSatisfy(\.isASCII)
                            || (!(start > 0 && Self.isWordByte(folded[start - 1]))
                                && !(start + bytes.count < folded.count && Self.isWordByte(folded[start + bytes.count])))
                    }
                }
                let found = lexicon.recognise(text, allowSingleIdeographs: allowSingle)
                #expect(found.map { "\($0.name)/\($0.family)" }.sorted() == expected.map { "\($0.text)/\($0.family)" }.sorted(), "\(text.prefix(80))")
            }
        }
    }

    @Test func categoryKeywordsAreFoundAsAPlainSearchFindsThem() {
        let keywords = CategoryKeywords(profiles: .embedded)
        var entries: [(category: String, keyword: String)] = []
        for (name, profile) in ProfileData.embedded.profiles.sorted(by: { $0.key < $1.key }) {
            entries += profile.keywords.all.map { (name, FieldKey.fold($0)) }.filter { !$0.1.isEmpty }
        }
        for text in Self.texts {
            let folded = Array(FieldKey.fold(text).utf8)
            var expected: [String] = []
            for entry in entries {
                let bytes = Array(entry.keyword.utf8)
                var nextAllowed = 0
                for start in Self.occurrences(of: bytes, in: folded) where start >= nextAllowed {
                    var end = start + bytes.count
                    nextAllowed = end
                    if entry.keyword.unicodeScalars.allSatisfy(\.isASCII) {
                        guard start == 0 || !Self.isWordByte(folded[start - 1]) else { continue }
                        for suffix in [Array("es".utf8), Array("s".utf8)]
                        where folded.count >= end + suffix.count && folded[end..<(end + suffix.count)].elementsEqual(suffix)
                            && (end + suffix.count == folded.count || !Self.isWordByte(folded[end + suffix.count])) {
                            end += suffix.count
                            break
                        }
                        guard end == folded.count || !Self.isWordByte(folded[end]) else { continue }
                    }
                    expected.append("\(entry.category)/\(entry.keyword)@\(end)")
                }
            }
            let found = keywords.hits(in: text).map { "\($0.category)/\($0.keyword)@\($0.end)" }
            #expect(found == expected, "\(text.prefix(80))")
        }
    }

    @Test func aTextNamingNoMaterialCannotHoldAMaterialPhrase() {
        let lexicon = MaterialLexicon(materials: ValueListData.embedded.materials)
        #expect(!lexicon.mayNameAny("This product is made with carefully chosen materials and neat workmanship."))
        #expect(!lexicon.mayNameAny("这款产品采用精选材料制作，做工细致。"))
        #expect(lexicon.mayNameAny("Made of 100% COTTON"))
        #expect(lexicon.mayNameAny("采用优质纯棉面料"))
        #expect(lexicon.mayNameAny("Fabriqué à la main"), "text the quick fold does not cover is always looked at")
    }
}
