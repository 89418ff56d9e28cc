import Testing
@testable import ListingLintMatching

/// The normaliser's offset map and the evasions it undoes.
@Suite struct NormaliserTests {
    static let normaliser = ClaimTestSupport.matcher.normaliser

    /// Characters the random strings are made of: CJK (simplified and traditional), Latin, full-width,
    /// circled digits, zero-width, spaces and symbols, emoji (with modifiers), combining accents.
    static let alphabet: [String] = [
        "最", "好", "佳", "第", "一", "網", "國", "家", "级", "a", "B", "e", "1", "0", "Ｎ", "Ｏ", "．", "１", "①", "⑩",
        "\u{200B}", "\u{FEFF}", " ", "  ", "*", "-", "·", "。", "，", "\n", "🙂", "👍🏽", "é", "e\u{301}", "ﬁ", "㎏", "™",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    @Test func offsetMapCoversTheSourceInOrder() {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<2000 {
            let text = Self.randomText(&generator)
            let normalised = Self.normaliser.normalise(text)
            let bytes = Array(text.utf8)
            #expect(normalised.sourceStart.count == normalised.count)
            #expect(normalised.sourceEnd.count == normalised.count)
            #expect(normalised.evasions.count == normalised.count)
            var previousStart: Int32 = 0
            for index in 0..<normalised.count {
                let start = Int(normalised.sourceStart[index])
                let end = Int(normalised.sourceEnd[index])
                #expect(0 <= start && start < end && end <= bytes.count, "\(text.debugDescription) at \(index)")
                #expect(normalised.sourceStart[index] >= previousStart)
                previousStart = normalised.sourceStart[index]
                // Ranges start and end on scalar boundaries.
                #expect(bytes[start] & 0xC0 != 0x80)
                #expect(end == bytes.count || bytes[end] & 0xC0 != 0x80)
                // The character comes from its own source slice (except 第1 → 第一, which needs the 第).
                let own = Self.normaliser.normalise(ClaimTestSupport.slice(text, start..<end)).scalars
                let converted = Evasion(rawValue: normalised.evasions[index]).contains(.digitForNumeral)
                #expect(own.contains(normalised.scalars[index]) || converted, "\(text.debugDescription) at \(index)")
            }
        }
    }

    @Test func normalisingIsIdempotent() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<2000 {
            let once = Self.normaliser.normalise(Self.randomText(&generator)).text
            #expect(Self.normaliser.normalise(once).text == once, "\(once.debugDescription)")
        }
    }

    @Test func sourceTextOfAnyRunIsTheExactSourceSubstring() {
        let text = "A🙂全網最 好，ＮＯ．１！"
        let normalised = Self.normaliser.normalise(text)
        #expect(normalised.text == "a🙂全网最好,no.1!")
        let start = normalised.text.unicodeScalars.map(\.value).firstIndex(of: 0x5168)!  // 全
        #expect(normalised.sourceText(of: start..<(start + 4)) == "全網最 好")
    }

    @Test(arguments: [
        ("ＮＯ．１", "no.1", Evasion.fullWidth),
        ("全網", "全网", Evasion.traditional),
        ("均衡營養", "均衡营养", Evasion.traditional),
        ("最\u{200B}好", "最好", Evasion.zeroWidth),
        ("最 好", "最好", Evasion.spacedOut),
        ("最*好", "最好", Evasion.spacedOut),
        ("最-佳", "最佳", Evasion.spacedOut),
        ("国 家 级", "国家级", Evasion.spacedOut),
        ("第①", "第一", Evasion.enclosedDigit),
        ("第1", "第一", Evasion.digitForNumeral),
        ("第 1", "第一", Evasion.spacedOut),
        ("bést", "best", Evasion.diacritics),
        ("𝐛𝐞𝐬𝐭", "best", Evasion.compatibility),
        ("zui好", "最好", Evasion.pinyin),
        ("这是ZUI佳选择", "这是最佳选择", Evasion.pinyin),
    ])
    func evasionsAreUndoneAndNamed(source: String, expected: String, evasion: Evasion) {
        let normalised = Self.normaliser.normalise(source)
        #expect(normalised.text == expected)
        #expect(normalised.evasion(of: 0..<normalised.count).contains(evasion))
    }

    @Test func ordinaryTextIsLeftAlone() {
        #expect(Self.normaliser.normalise("第10名").text == "第10名")
        #expect(Self.normaliser.normalise("Best  Seller").text == "best seller")
        #expect(Self.normaliser.normalise("质量好，价格低").text == "质量好,价格低")
        #expect(Self.normaliser.normalise("最    好").text == "最好")  // a run of spaces counts as one filler
        #expect(Self.normaliser.normalise("最 * - ~ 好").text == "最 * - ~ 好")  // more than three fillers: kept
        #expect(Self.normaliser.normalise("Acme™ 100%").text == "acme™ 100%")
        #expect(Self.normaliser.normalise("最\u{200B}好").evasion(of: 0..<1) == [])  // gap before the first char is not in it
        #expect(Self.normaliser.normalise("Azui好").text == "azui好")  // zui inside a Latin word is not pinyin
        #expect(Self.normaliser.normalise("zui 好").text == "zui 好")
        #expect(Self.normaliser.normalise("这是zui好的").sourceText(of: 2..<4) == "zui好")
    }

    /// The table takes a shortcut over the large uniform blocks; every scalar of them must get what
    /// the full computation gives it: the same class, and no mapping but traditional → simplified.
    @Test func uniformBlocksMatchTheFullComputation() {
        let table = Self.normaliser.table
        var checked = 0
        var mismatches: [String] = []
        for value in UInt32(0)..<0x10000 {
            guard let uniform = NormalisationTable.uniformClass(of: value) else { continue }
            let name = "U+" + String(value, radix: 16, uppercase: true)
            guard let scalar = Unicode.Scalar(value) else {
                mismatches.append("\(name) is not a scalar")
                continue
            }
            checked += 1
            if NormalisationTable.classify(scalar) != uniform || table.bmpClass[Int(value)] != uniform.rawValue {
                mismatches.append("\(name): class")
            }
            let mapping = NormalisationTable.mapping(of: scalar, table.traditionalToSimplified)
            if let target = table.traditionalToSimplified[value] {
                if mapping?.0 != [target] || mapping?.1 != .traditional || table.bmp[Int(value)] != target
                    || table.bmpEvasion[Int(value)] != UInt8(Evasion.traditional.rawValue) {
                    mismatches.append("\(name): traditional → simplified")
                }
            } else if mapping != nil || table.bmp[Int(value)] != value {
                mismatches.append("\(name): maps to \(String(describing: mapping))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(checked == 6_592 + 20_992 + 11_172 + 6_400)
        #expect(table.traditionalToSimplified.keys.contains { NormalisationTable.uniformClass(of: $0) != nil })
    }
}
