import Testing

@testable import ListingLintIngest

/// The byte-level JSON parser: values, positions, pointers, lenient repairs and hard limits.
@Suite struct JSONParserTests {
    private func lenient(_ text: String, maxDepth: Int = 512) throws -> JSONDocument {
        try JSONParser(mode: .lenient, maxDepth: maxDepth).parse(text).get()
    }

    private func strictError(_ text: String) -> JSONParseError? {
        if case .failure(let error) = JSONParser(mode: .strict).parse(text) { return error }
        return nil
    }

    private func lenientError(_ text: String, maxDepth: Int = 512) -> JSONParseError? {
        if case .failure(let error) = JSONParser(mode: .lenient, maxDepth: maxDepth).parse(text) { return error }
        return nil
    }

    @Test func parsesEveryKindOfValue() throws {
        let document = try JSONParser(mode: .strict).parse(
            #"{"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"}"#
        ).get()
        #expect(document.value["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
        #expect(document.value["b"] == .string("x\"\\/\né😀"))
        #expect(document.notes.isEmpty)
        #expect(!document.hasTrailingContent)
    }

    @Test func keepsNonASCIITextAndMemberOrder() throws {
        let document = try lenient(#"{"材质": "100%棉", "尺寸": "M", "a": 1}"#)
        #expect(document.value.objectValue?.keys == ["材质", "尺寸", "a"])
        #expect(document.value["材质"]?.stringValue == "100%棉")
    }

    @Test func errorsNameLineColumnOffsetAndPointer() {
        let text = "{\n  \"products\": [\n    {\"title\": \"棉T恤\" \"x\": }\n  ]\n}"
        let error = strictError(text)
        #expect(error?.kind == .malformed)
        // Line 3: `    {"title": "棉T恤" "x": }` — the stray `"` is scalar 21 (棉 and 恤 count as one each).
        #expect(error?.position.line == 3)
        #expect(error?.position.column == 21)
        #expect(error?.position.offset == text.utf8.count - "\"x\": }\n  ]\n}".utf8.count)
        #expect(error?.pointer == "/products/0")
        #expect(error?.message.contains("expected ',' or '}'") == true)
    }

    @Test func unterminatedInputSaysWhereTheContainerOpened() {
        let error = lenientError("[1, {\"a\": 2")
        #expect(error?.kind == .malformed)
        #expect(error?.message == "the input ends inside an object")
        #expect(error?.opening?.column == 5)
        #expect(error?.description == "the input ends inside an object (opened at 1:5) at 1:12 (byte 11), in /1")
    }

    @Test func emptyInputIsItsOwnKind() {
        #expect(lenientError("  \n // nothing\n")?.kind == .empty)
        #expect(lenientError("")?.rule == "input.empty")
    }

    @Test func hundredThousandDeepNestingIsAnInputErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = lenientError(deep)
        #expect(error?.kind == .tooDeep)
        #expect(error?.rule == "input.limit.depth")
        #expect(error?.position.offset == 512)
        let objects = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(lenientError(objects)?.kind == .tooDeep)
        // Exactly at the limit is fine.
        let atLimit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? lenient(atLimit)) != nil)
    }

    @Test func depthLimitIsConfigurable() {
        #expect(lenientError(#"{"a": {"b": [1]}}"#, maxDepth: 2)?.kind == .tooDeep)
        #expect((try? lenient(#"{"a": {"b": [1]}}"#, maxDepth: 3)) != nil)
    }

    @Test func commentsAreSkippedWithNotes() throws {
        let document = try lenient("// head\n{\"a\": /* inline */ 1, // tail\n \"b\": 2}")
        #expect(document.value["a"] == .number("1"))
        #expect(document.value["b"] == .number("2"))
        #expect(document.notes.map(\.message) == ["a // comment", "a /* */ comment", "a // comment"])
        #expect(document.notes[1].position.line == 2)
        #expect(document.notes[1].pointer == "/a")
        #expect(strictError("{\"a\": 1 // no\n}") != nil)
    }

    @Test func htmlEscapedQuotesAreRead() throws {
        let document = try lenient(
            "{&quot;@type&quot;: &quot;Product&quot;, &quot;name&quot;: &quot;Tom &amp; Jerry mug&quot;, \"size\": \"a &quot; b\"}"
        )
        #expect(document.value["@type"]?.stringValue == "Product")
        #expect(document.value["name"]?.stringValue == "Tom & Jerry mug")
        // Inside a normal string `&quot;` is text.
        #expect(document.value["size"]?.stringValue == "a &quot; b")
        #expect(document.notes.contains { $0.message.contains("&quot;") })
    }

    @Test func trailingCommasAreAccepted() throws {
        let document = try lenient(#"{"a": [1, 2,], "b": {"c": 3,},}"#)
        #expect(document.value["a"] == .array([.number("1"), .number("2")]))
        #expect(document.value["b"]?["c"] == .number("3"))
        #expect(document.notes.filter { $0.message.hasPrefix("a trailing comma") }.count == 3)
        #expect(strictError("[1,]")?.message.contains("not allowed in strict JSON") == true)
    }

    @Test func trailingJunkIsIgnoredWithANote() throws {
        let document = try lenient(#"{"a": 1}; console.log("x")"#)
        #expect(document.value["a"] == .number("1"))
        #expect(document.hasTrailingContent)
        #expect(document.end == 8)
        #expect(document.notes.last?.message.contains("trailing content") == true)
        #expect(strictError(#"{"a": 1} x"#)?.message.contains("after the JSON value") == true)
    }

    @Test func duplicateKeysKeepTheLastValueAndAreNoted() throws {
        let document = try lenient(#"{"size": "S", "material": "cotton", "size": "XL"}"#)
        #expect(document.value.objectValue?.keys == ["size", "material"])
        #expect(document.value["size"]?.stringValue == "XL")
        let note = try #require(document.notes.first)
        #expect(note.message == "duplicate key \"size\": the last value is used")
        #expect(note.pointer == "/size")
    }

    @Test func duplicateKeysInLargeObjectsToo() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let document = try lenient("{\(members), \"k7\": \"again\"}")
        #expect(document.value.objectValue?.members.count == 40)
        #expect(document.value["k7"]?.stringValue == "again")
        #expect(document.notes.count == 1)
    }

    @Test func hugeNumbersKeepTheirTextAndNeverTrap() throws {
        let document = try lenient(#"{"n": 1e400, "m": -1e400, "id": 123456789012345678901234567890}"#)
        #expect(document.value["n"] == .number("1e400"))
        #expect(document.value["n"]?.doubleValue == Double.infinity)
        #expect(document.value["m"]?.doubleValue == -Double.infinity)
        #expect(document.value["id"]?.scalarText == "123456789012345678901234567890")
        #expect(document.notes.filter { $0.message.contains("beyond the range") }.count == 2)
        #expect(strictError("[1e400]") == nil)
    }

    @Test func nonStandardNumbersAndLiteralsInLenientModeOnly() throws {
        let document = try lenient("[+1, .5, 01, NaN, Infinity, -Infinity, undefined]")
        #expect(
            document.value
                == .array([
                    .number("+1"), .number(".5"), .number("01"), .number("NaN"), .number("Infinity"),
                    .number("-Infinity"), .null,
                ]))
        #expect(strictError("[.5]") != nil)
        #expect(strictError("[NaN]") != nil)
        #expect(lenientError("[1e]")?.kind == .malformed)
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        let document = try lenient(#"["a\ud800b", "\udc00", "\ud83d\ude00"]"#)
        #expect(document.value[0]?.stringValue == "a\u{FFFD}b")
        #expect(document.value[1]?.stringValue == "\u{FFFD}")
        #expect(document.value[2]?.stringValue == "😀")
        #expect(document.notes.filter { $0.message.contains("lone surrogate") }.count == 2)
        #expect(strictError(#"["\ud800"]"#) != nil)
    }

    @Test func invalidUTF8IsReplaced() throws {
        var bytes = Array(#"{"t": "ok "#.utf8)
        bytes += [0xFF, 0xC3]
        bytes += Array(#" end", "棉": 1}"#.utf8)
        let document = try JSONParser(mode: .lenient).parse(bytes).get()
        #expect(document.value["t"]?.stringValue == "ok \u{FFFD}\u{FFFD} end")
        #expect(document.value["棉"] == .number("1"))
        #expect(document.notes.contains { $0.message.contains("invalid UTF-8") })
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        let samples: [[UInt8]] = [
            Array("棉 cotton 😀 é".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x9F, 0x98], [0xE6, 0xA3], [0x80], [0xFF], [0xC3, 0xA9], [0xEF, 0xBF, 0xBD], [0xF0, 0x90, 0x80, 0x80],
        ]
        for sample in samples {
            let expected = String(validating: sample, as: UTF8.self) != nil
            #expect(sample.withUnsafeBufferPointer { JSONScanner.isValidUTF8($0) } == expected, "\(sample)")
        }
        // Every two-byte sequence, and three-byte sequences over interesting lead bytes.
        var disagreements = 0
        for first in 0x80...0xFF {
            for second in 0...0xFF {
                for third in [0x00, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] {
                    let sample = [UInt8(first), UInt8(second), UInt8(third)]
                    let expected = String(validating: sample, as: UTF8.self) != nil
                    if sample.withUnsafeBufferPointer({ JSONScanner.isValidUTF8($0) }) != expected { disagreements += 1 }
                }
            }
        }
        #expect(disagreements == 0)
    }

    @Test func nulBytesAreSurvivedInAndBetweenTokens() throws {
        var bytes = Array(#"{"a": "x"#.utf8)
        bytes += [0x00]
        bytes += Array("y\",".utf8)
        bytes += [0x00, 0x00]
        bytes += Array(#" "b": 2}"#.utf8)
        bytes += [0x00]
        let document = try JSONParser(mode: .lenient).parse(bytes).get()
        #expect(document.value["a"]?.stringValue == "x\u{FFFD}y")
        #expect(document.value["b"] == .number("2"))
        #expect(document.notes.filter { $0.message.contains("NUL") }.count == 3)
        #expect(throws: JSONParseError.self) { try JSONParser(mode: .strict).parse(bytes).get() }
    }

    @Test func escapedNulIsReplacedToo() throws {
        let document = try lenient(#"["a\u0000b"]"#)
        #expect(document.value[0]?.stringValue == "a\u{FFFD}b")
    }

    @Test func singleQuotesUnquotedKeysAndMissingCommas() throws {
        let document = try lenient("{name: 'Mug', \"a\": 1 \"b\": [1 {\"c\": 2}]}")
        #expect(document.value["name"]?.stringValue == "Mug")
        #expect(
            document.value["b"]
                == .array([.number("1"), .object(JSONObject(members: [JSONMember(key: "c", value: .number("2"))]))]))
        #expect(document.notes.contains { $0.message == "a missing ',' between object members" })
    }

    @Test func rawControlCharactersInStringsAreKeptLeniently() throws {
        let document = try lenient("[\"line one\nline two\"]")
        #expect(document.value[0]?.stringValue == "line one\nline two")
        #expect(strictError("[\"a\nb\"]") != nil)
    }

    @Test func byteOrderMarkAndHTMLCommentWrappers() throws {
        let document = try lenient("\u{FEFF}<!-- {\"a\": 1} -->")
        #expect(document.value["a"] == .number("1"))
        #expect(!document.hasTrailingContent)
    }

    @Test func cdataWrappersAroundScriptJSON() throws {
        let document = try lenient("//<![CDATA[\n<![CDATA[ {\"a\": [[1]]} ]]>")
        #expect(document.value["a"] == .array([.array([.number("1")])]))
        #expect(!document.hasTrailingContent)
        // Inside a value `]]` still closes arrays.
        #expect(try lenient("[[1]]").value == .array([.array([.number("1")])]))
    }

    @Test func notesAreCappedSoHostileInputCannotFloodThem() throws {
        let many = "[" + String(repeating: "/**/1,", count: 50) + "]"
        let capped = try JSONParser(mode: .lenient, maxNotes: 4).parse(many).get()
        #expect(capped.notes.count == 5)
        #expect(capped.notes.last?.message == "and 47 more repairs")
    }

    @Test func parseAllReadsSeveralValuesInOneBlock() {
        let (documents, error) = JSONParser().parseAll(#"{"a": 1} [2] {"b": 3} junk"#)
        #expect(error == nil)
        #expect(
            documents.map(\.value) == [
                .object(JSONObject(members: [JSONMember(key: "a", value: .number("1"))])),
                .array([.number("2")]),
                .object(JSONObject(members: [JSONMember(key: "b", value: .number("3"))])),
            ])
        #expect(documents.last?.notes.last?.message.contains("trailing content") == true)
    }

    @Test func pointersEscapeTildeAndSlash() {
        #expect(JSONPointer.appending("a/b~c", to: "/x") == "/x/a~1b~0c")
        #expect(JSONPointer.appending(3, to: "") == "/3")
        let value = JSONValue.object(
            JSONObject(members: [
                JSONMember(key: "a/b~c", value: .array([.string("zero"), .string("one")]))
            ]))
        #expect(JSONPointer.resolve("/a~1b~0c/1", in: value) == .string("one"))
        #expect(JSONPointer.resolve("", in: value) == value)
        #expect(JSONPointer.resolve("/missing", in: value) == nil)
    }

    /// A key may start with a combining mark (found by the fuzzer): the pointer still starts with the
    /// `/` scalar, though `/` and the mark make one character, and it still resolves.
    @Test func aKeyStartingWithACombiningMarkKeepsItsPointer() throws {
        let key = "\u{6E1}bul/~x"
        let pointer = JSONPointer.appending(key, to: JSONPointer.root)
        #expect(pointer.unicodeScalars.first == "/")
        #expect(!pointer.hasPrefix("/"), "one character: the check must read scalars")
        let value = JSONValue.object(JSONObject(members: [JSONMember(key: key, value: .string("v"))]))
        #expect(JSONPointer.resolve(pointer, in: value) == .string("v"))
        #expect(JSONPointer.resolve("/~01", in: .object(JSONObject(members: [JSONMember(key: "~1", value: .null)]))) == .null)
    }

    @Test func errorPointerEscapesKeys() {
        let error = strictError(#"{"a/b": {"~": [1, }]}}"#)
        #expect(error?.pointer == "/a~1b/~0/1")
    }

    @Test func columnsCountUnicodeScalarsAfterMultibyteText() {
        // A CJK + emoji prefix so offsets cannot hide behind ASCII.
        let error = strictError("{\"标题😀\": tru}")
        #expect(error?.position.line == 1)
        #expect(error?.position.column == 9)
        #expect(error?.position.offset == 15)
    }
}
