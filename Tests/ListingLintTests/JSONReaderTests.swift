import ListingLintCore
import Testing

@testable import ListingLintIngest

/// Reads `text` as an input file named `source`.
func readJSON(
    _ text: String,
    source: String = "shop/listings.json",
    format: InputFormat? = nil,
    limits: InputLimits = InputLimits()
) -> ReadOutcome {
    ListingReaders.read(InputDocument(source: source, bytes: Array(text.utf8), format: format), limits: limits)
}

/// ListingLint's own listing format: object, array, JSON Lines, ids, limits, failures.
@Suite struct JSONReaderTests {
    static let fullListing = """
        {
          "id": "tee-001",
          "title": "纯棉圆领T恤",
          "description": "舒适透气，日常百搭。",
          "bullets": ["100%棉", "机洗"],
          "attributes": {"材质": "100%棉", "尺码": ["S", "M", "L"], "克重": 180},
          "category": ["服装", "上衣", "T恤"],
          "seller": {"name": "示例店铺"},
          "locale": "zh-CN",
          "url": "https://example.com/p/tee-001",
          "images": [{"url": "https://example.com/1.jpg", "alt": "正面平铺图"}],
          "reviews": ["最好的T恤！", {"text": "很舒服"}],
          "sections": [{"heading": "洗涤说明", "text": "30°C 以下机洗，不可漂白。"}]
        }
        """

    @Test func readsEveryFieldOfOneListingWithPointers() throws {
        let outcome = readJSON(Self.fullListing)
        #expect(outcome.failures.isEmpty)
        let listing = try #require(outcome.listings.first)
        #expect(listing.id == "tee-001")
        #expect(listing.format == .listingJSON)
        #expect(listing.source == "shop/listings.json")
        #expect(listing.title?.text == "纯棉圆领T恤")
        #expect(listing.title?.location == SourceLocation(pointer: "/title", field: "title"))
        #expect(listing.segments(.description).map(\.text) == ["舒适透气，日常百搭。"])
        #expect(listing.segments(.bullet).map(\.location.pointer) == ["/bullets/0", "/bullets/1"])
        #expect(listing.attribute("材质")?.value == "100%棉")
        #expect(listing.attribute("材质")?.origin == .exportField)
        #expect(listing.attribute("材质")?.location == SourceLocation(pointer: "/attributes/材质", field: "attribute:材质"))
        #expect(listing.attribute("尺码")?.value == "S, M, L")
        #expect(listing.attribute("克重")?.value == "180")
        #expect(listing.category == "T恤")
        #expect(listing.breadcrumbs == ["服装", "上衣", "T恤"])
        #expect(listing.seller == "示例店铺")
        #expect(listing.locale == "zh-CN")
        #expect(listing.url == "https://example.com/p/tee-001")
        #expect(listing.segments(.imageAlt).first?.location.pointer == "/images/0/alt")
        #expect(listing.segments(.review).map(\.text) == ["最好的T恤！", "很舒服"])
        #expect(listing.segments(.review).map(\.location.pointer) == ["/reviews/0", "/reviews/1/text"])
        let section = try #require(listing.segments(.section).first)
        #expect(section.location == SourceLocation(pointer: "/sections/0/text", field: "section:洗涤说明"))
        #expect(listing.diagnostics.isEmpty)
    }

    @Test func attributesAsAnArrayOfNameValuePairs() throws {
        let outcome = readJSON(
            #"{"title": "Mug", "attributes": [{"name": "Material", "value": "stoneware"}, {"name": "Size", "value": "350 ml"}]}"#
        )
        let listing = try #require(outcome.listings.first)
        #expect(listing.attributes.map(\.name) == ["Material", "Size"])
        #expect(listing.attribute("Size")?.location.pointer == "/attributes/1/value")
    }

    @Test func catalogueSpellingsAreReadLeniently() throws {
        let line =
            #"{"id": 7, "name": "羊毛被", "brief": "澳洲羊毛", "attributes": [{"attribute": "材质", "value": "羊毛"}], "specifications": [{"specification": "规格", "value": "200x230cm"}], "detail_html": "<p><img src=\"a.jpg\"></p>"}"#
        let listing = try #require(readJSON(line).listings.first)
        #expect(listing.id == "7")
        #expect(listing.title?.text == "羊毛被")
        #expect(listing.title?.location.pointer == "/name")
        #expect(listing.segments(.description).map(\.text) == ["澳洲羊毛"])
        #expect(listing.attribute("材质")?.value == "羊毛")
        #expect(listing.attribute("规格")?.location.pointer == "/specifications/0/value")
    }

    @Test func anArrayGivesOneListingPerElementWithIndexIds() {
        let outcome = readJSON(
            #"[{"title": "A"}, {"title": "B", "sku": "SKU-B"}, {"title": "C"}]"#, source: "dir/catalogue.v2.json")
        #expect(outcome.listings.map(\.id) == ["catalogue.v2#0", "SKU-B", "catalogue.v2#2"])
        #expect(outcome.listings[2].title?.location.pointer == "/2/title")
    }

    @Test func jsonLinesWithABadLineInTheMiddleReadsTheOthers() throws {
        let text = """
            {"id": "a", "title": "First"}

            {"id": "b", "title": "Second", "attributes": {"材质": "棉"
            {"title": "Third", "attributes": {"材质": "麻"}}
            """
        let outcome = readJSON(text, source: "feeds/daily.jsonl")
        #expect(outcome.listings.map(\.id) == ["a", "daily#4"])
        #expect(outcome.listings[1].title?.location == SourceLocation(line: 4, pointer: "/title", field: "title"))
        let failure = try #require(outcome.failures.first)
        #expect(outcome.failures.count == 1)
        #expect(failure.source == "feeds/daily.jsonl")
        #expect(failure.finding.rule == InputRule.malformedJSON)
        #expect(failure.finding.kind == .inputError)
        #expect(failure.finding.location?.line == 3)
        #expect(failure.finding.message.hasPrefix("malformed JSON at line 3"))
        #expect(failure.finding.message.hasSuffix("the input ends inside an object (opened at column 46)"))
        #expect(failure.description.hasPrefix("feeds/daily.jsonl:3"))
    }

    @Test func jsonLinesAreDetectedWithoutTheExtension() {
        let outcome = readJSON("{\"title\": \"One\"}\n{\"title\": \"Two\"}\n", source: "export.json")
        #expect(outcome.listings.map { $0.title?.text } == ["One", "Two"])
        #expect(outcome.listings.map(\.id) == ["export#1", "export#2"])
        #expect(outcome.listings.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test func jsonLinesWithABrokenFirstLineAreDetectedToo() throws {
        let outcome = readJSON("{\"title\": \"cut\",\n{\"title\": \"Two\"}\n{\"title\": \"Three\"}", source: "export.json")
        #expect(outcome.listings.map { $0.title?.text } == ["Two", "Three"])
        #expect(outcome.failures.map(\.finding.location?.line) == [1])
        // A pretty-printed document that is broken stays one failure.
        let pretty = readJSON("{\n  \"title\": \"x\",\n  \"bullets\": [\n}\n", source: "pretty.json")
        #expect(pretty.listings.isEmpty)
        #expect(pretty.failures.count == 1)
    }

    @Test func aLineThatIsNotAListingIsReportedByLine() throws {
        let outcome = readJSON("{\"title\": \"One\"}\n\"just text\"\n{\"price\": 3}\n", source: "x.jsonl")
        #expect(outcome.listings.count == 1)
        #expect(outcome.failures.map(\.finding.rule) == [InputRule.unknownFormat, InputRule.unknownFormat])
        #expect(outcome.failures.map(\.finding.location?.line) == [2, 3])
        #expect(outcome.failures[1].finding.message.contains("an object with keys price"))
    }

    @Test func aFileOfUnknownRecordsIsOneClearFailure() throws {
        let outcome = readJSON(
            #"{"100": {"code": 0, "data": {"price": 1}}, "200": {"code": 0, "data": {}}}"#, source: "api.json")
        #expect(outcome.listings.isEmpty)
        let failure = try #require(outcome.failures.first)
        #expect(outcome.failures.count == 1)
        #expect(failure.finding.rule == InputRule.unknownFormat)
        #expect(failure.finding.message.contains("found an object with keys 100, 200"))
        #expect(failure.finding.message.contains("Shopify"))
        #expect(failure.finding.message.contains("schemas/listing.schema.json"))
    }

    @Test func malformedDocumentIsOneFailureWithPosition() throws {
        let outcome = readJSON("{\n  \"title\": \"x\",\n  \"attributes\": {\"材质\" \"棉\"}\n}")
        let failure = try #require(outcome.failures.first)
        #expect(outcome.listings.isEmpty)
        #expect(failure.finding.rule == InputRule.malformedJSON)
        #expect(failure.finding.location?.line == 3)
        #expect(failure.finding.location?.column == 23)
        #expect(failure.finding.location?.pointer == "/attributes")
    }

    @Test func deepNestingIsAnInputErrorForTheFile() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let outcome = readJSON(deep)
        #expect(outcome.listings.isEmpty)
        #expect(outcome.failures.first?.finding.rule == InputRule.tooDeep)
        #expect(outcome.failures.first?.finding.message.contains("maxDepth") == true)
        #expect(outcome.failures.first?.finding.message.contains("…") == true)
        #expect((outcome.failures.first?.finding.message.count ?? 0) < 400)
        #expect(outcome.failures.first?.finding.location?.pointer?.count == 1024)
    }

    @Test func repairsBecomeInfoDiagnosticsOnTheListingTheyTouch() throws {
        let text = """
            [
              {"title": "A", "title": "A2"},
              {"title": "B", /* note */ "description": "b",},
            ] trailing
            """
        let outcome = readJSON(text)
        #expect(outcome.listings.map { $0.title?.text } == ["A2", "B"])
        let first = outcome.listings[0].diagnostics.map(\.message)
        let second = outcome.listings[1].diagnostics.map(\.message)
        #expect(first.contains { $0.contains("duplicate key \"title\"") })
        #expect(!second.contains { $0.contains("duplicate key") })
        #expect(second.contains { $0.contains("/* */ comment") })
        #expect(second.contains { $0.contains("trailing comma before '}'") })
        // Document-level repairs (the trailing comma of the array, the junk) go to every listing.
        #expect(
            first.contains { $0.contains("trailing content") } && second.contains { $0.contains("trailing content") })
        let duplicate = try #require(outcome.listings[0].diagnostics.first)
        #expect(duplicate.rule == InputRule.recovered)
        #expect(duplicate.kind == .inputWarning)
        #expect(duplicate.severity == .info)
        #expect(duplicate.location?.pointer == "/0/title")
        #expect(duplicate.location?.line == 2)
    }

    @Test func listingsOverTheFileLimitAreOneFailure() {
        let text = (1...5).map { "{\"title\": \"T\($0)\"}" }.joined(separator: "\n")
        var limits = InputLimits()
        limits.maxListingsPerFile = 3
        let outcome = readJSON(text, source: "big.jsonl", limits: limits)
        #expect(outcome.listings.count == 3)
        #expect(outcome.failures.map(\.finding.rule) == [InputRule.tooManyListings])
        #expect(outcome.failures.first?.finding.message.contains("maxListingsPerFile") == true)
    }

    @Test func textOverTheFieldLimitIsCutAndReported() throws {
        var limits = InputLimits()
        limits.maxFieldScalars = 5
        let outcome = readJSON(#"{"title": "棉麻混纺长袖衬衫", "description": "short"}"#, limits: limits)
        let listing = try #require(outcome.listings.first)
        #expect(listing.title?.text == "棉麻混纺长")
        #expect(listing.segments(.description).first?.text == "short")
        let warning = try #require(listing.diagnostics.first)
        #expect(listing.diagnostics.count == 1)
        #expect(warning.rule == InputRule.textTooLong)
        #expect(warning.location?.pointer == "/title")
        #expect(warning.message.contains("8 characters"))
    }

    @Test func readLineIsTheStreamingFastPath() throws {
        let good = Array(#"{"sku": "S1", "title": "Lamp", "attributes": {"Material": "brass"}}"#.utf8)
        let listing = try JSONReader.readLine(good[...], source: "big.jsonl", lineNumber: 41).get()
        #expect(listing.id == "S1")
        #expect(
            listing.attribute("Material")?.location
                == SourceLocation(line: 41, pointer: "/attributes/Material", field: "attribute:Material"))

        let anonymous = try JSONReader.readLine(
            Array(#"{"title": "x"}"#.utf8)[...], source: "a/big.jsonl", lineNumber: 7
        ).get()
        #expect(anonymous.id == "big#7")

        let bad = Array(#"{"title": "Lamp", "x": }"#.utf8)
        guard case .failure(let failure) = JSONReader.readLine(bad[...], source: "big.jsonl", lineNumber: 42) else {
            Issue.record("a malformed line must fail")
            return
        }
        #expect(failure.finding.location?.line == 42)
        #expect(failure.finding.message.contains("line 42"))

        guard
            case .failure(let unknown) = JSONReader.readLine(
                Array("[1]".utf8)[...], source: "big.jsonl", lineNumber: 43)
        else {
            Issue.record("a non-listing line must fail")
            return
        }
        #expect(unknown.finding.rule == InputRule.unknownFormat)
    }

    @Test func emptyAndBlankFilesAreInputErrors() {
        #expect(readJSON("", source: "a.json").failures.first?.finding.rule == InputRule.emptyInput)
        let blankLines = readJSON("\n\n  \n", source: "a.jsonl")
        #expect(blankLines.listings.isEmpty)
        #expect(blankLines.failures.map(\.finding.rule) == [InputRule.emptyInput])
    }

    @Test func fileStemsAndIds() {
        #expect(JSONReader.fileStem("a/b/products.json") == "products")
        #expect(JSONReader.fileStem("-") == "stdin")
        #expect(JSONReader.fileStem(".hidden") == ".hidden")
    }
}

/// Catalogue JSON of no known dialect, read by shape and key names.
@Suite struct JSONGenericCatalogueTests {
    static let keyedAPIResponses = """
        {
          "5001": {"code": 0, "msg": "ok", "data": {
            "id": 5001, "name": "保温杯 500ml（白色）", "price": 99,
            "shop_info": {"title": "保温杯", "sub_title": "316不锈钢内胆，长效保温", "spec_v2": [{"spec_name": "颜色", "spec_values": ["白色"]}]},
            "attr_info": {"1": {"spec_name": "颜色", "value": "白色"}},
            "detail": {"groups": [{"title": "规格参数", "list": [{"name": "材质", "value": "316不锈钢"}, {"name": "容量", "value": "500ml"}]}]},
            "reviews": [{"name": "买家A", "value": "最好的杯子"}]
          }},
          "5002": {"code": 0, "msg": "ok", "data": {"id": 5002, "name": "保温杯 500ml（黑色）"}}
        }
        """

    @Test func keyedAPIResponsesBecomeListingsReadByKeyNames() throws {
        let outcome = readJSON(Self.keyedAPIResponses, source: "store/items.json")
        #expect(outcome.failures.isEmpty)
        #expect(outcome.listings.map(\.id) == ["5001", "5002"])
        let cup = outcome.listings[0]
        #expect(cup.title?.text == "保温杯 500ml（白色）")
        #expect(cup.title?.location.pointer == "/5001/data/name")
        #expect(cup.segments(.description).map(\.text) == ["316不锈钢内胆，长效保温"])
        #expect(cup.segments(.description).first?.location.pointer == "/5001/data/shop_info/sub_title")
        #expect(cup.attributes.map(\.name) == ["颜色", "材质", "容量"])
        #expect(cup.attribute("材质")?.value == "316不锈钢")
        #expect(cup.attribute("材质")?.location.pointer == "/5001/data/detail/groups/0/list/0/value")
        // Reviews are never attributes or seller text.
        #expect(!cup.attributes.contains { $0.value.contains("最好") })
        let note = try #require(cup.diagnostics.first)
        #expect(note.rule == InputRule.unknownFormat)
        #expect(note.kind == .inputWarning)
        #expect(note.severity == .info)
        #expect(note.message.contains("read generically"))
    }

    @Test func arraysOfNamedRecordsAndPlainUnknownsStayApart() {
        let named = readJSON(
            #"{"code": 200, "result": [{"goods_name": "Tea", "props": [{"label": "Origin", "value": "Yunnan"}]}]}"#,
            source: "t.json")
        #expect(named.listings.first?.title?.text == "Tea")
        #expect(named.listings.first?.attribute("Origin")?.location.pointer == "/result/0/props/0/value")
        #expect(named.listings.first?.id == "t#0")
        // No name anywhere at record level: still an unknown-format error.
        let unnamed = readJSON(#"{"code": 0, "data": {"price": 3, "props": [{"label": "a", "value": "b"}]}}"#)
        #expect(unnamed.listings.isEmpty)
        #expect(unnamed.failures.first?.finding.rule == InputRule.unknownFormat)
    }

    @Test func forcedFormatsNeverFallBackToGenericReading() {
        let outcome = readJSON(Self.keyedAPIResponses, format: .listingJSON)
        #expect(outcome.listings.isEmpty)
        #expect(outcome.failures.first?.finding.rule == InputRule.unknownFormat)
    }
}

/// Malformed and hostile bytes through the whole reader: each ends in a listing with recovered
/// values and info findings, or in a clear input error — never a crash.
@Suite struct JSONHostileInputTests {
    @Test func recoveredValuesReachTheListing() throws {
        var bytes = Array("{\"title\": \"Lamp \\ud800 one\", \"attributes\": {\"weight\": 1e400, \"材质\": \"黄".utf8)
        bytes += [0xFF]
        bytes += Array("铜\", \"note\": \"a".utf8)
        bytes += [0x00]
        bytes += Array("b\"}, // comment\n}".utf8)
        let outcome = ListingReaders.read(InputDocument(source: "hostile.json", bytes: bytes))
        let listing = try #require(outcome.listings.first)
        #expect(outcome.failures.isEmpty)
        #expect(listing.title?.text == "Lamp \u{FFFD} one")
        #expect(listing.attribute("weight")?.value == "1e400")
        #expect(listing.attribute("材质")?.value == "黄\u{FFFD}铜")
        #expect(listing.attribute("note")?.value == "a\u{FFFD}b")
        let messages = listing.diagnostics.map(\.message)
        for expected in ["lone surrogate", "beyond the range", "invalid UTF-8", "NUL", "// comment"] {
            #expect(messages.contains { $0.contains(expected) }, "no diagnostic mentions \(expected)")
        }
        #expect(listing.diagnostics.allSatisfy { $0.rule == InputRule.recovered && $0.severity == .info })
        #expect(
            listing.diagnostics.first { $0.message.contains("invalid UTF-8") }?.location?.pointer == "/attributes/材质")
    }

    @Test func crlfJSONLinesAndByteOrderMark() {
        let outcome = readJSON("\u{FEFF}{\"title\": \"One\"}\r\n{\"title\": \"Two\"}\r\n", source: "w.jsonl")
        #expect(outcome.failures.isEmpty)
        #expect(outcome.listings.map { $0.title?.text } == ["One", "Two"])
        #expect(outcome.listings.map(\.title?.location.line) == [1, 2])
    }

    @Test func binaryGarbageIsAMalformedJSONError() throws {
        let bytes: [UInt8] = [0x7B, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        let outcome = ListingReaders.read(InputDocument(source: "image.json", bytes: bytes))
        #expect(outcome.listings.isEmpty)
        let failure = try #require(outcome.failures.first)
        #expect(failure.finding.rule == InputRule.malformedJSON)
        #expect(failure.finding.message.contains("expected an object key"))
    }

    @Test func truncatedExportNamesWhereItBroke() throws {
        let outcome = readJSON(
            #"{"products": [{"title": "A"}, {"title": "B", "body_html": "<p>cut"#, source: "cut.json")
        let failure = try #require(outcome.failures.first)
        #expect(outcome.listings.isEmpty)
        #expect(failure.finding.message.contains("unterminated string"))
        #expect(failure.finding.location?.pointer == "/products/1/body_html")
    }
}
