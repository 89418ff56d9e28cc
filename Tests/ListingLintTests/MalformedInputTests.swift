import Foundation
import ListingLintChecks
import ListingLintCore
import ListingLintKit
import Testing

/// Hostile and broken inputs (issue #9): each ends in correct findings or a clear input error naming
/// the file (and line or JSON pointer) — never a crash, a hang or a silently dropped listing.
/// Readable cases live in `Tests/Fixtures/malformed/`; odd bytes are generated here.
@Suite struct MalformedInputTests {
    // MARK: - Size, depth, binary, empty

    @Test func fiftyMegabytePageOverTheSizeLimitIsAnInputErrorNamingTheFile() throws {
        let directory = TemporaryDirectory()
        let filler = String(
            repeating: "<p>filler paragraph of a page far too large to be a product page</p>\n", count: (50 << 20) / 60)
        let file = directory.write("huge.html", HostileBytes.page(extraBody: filler))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0 >= 50 << 20)
        let report = HostileRun.check([file], limits: InputLimits(maxFileBytes: 32 << 20))
        let failure = try #require(HostileRun.failures(report, file).first)
        #expect(failure.finding.rule == InputRule.tooLarge)
        #expect(failure.finding.message.contains("maxFileBytes"))
        #expect(failure.description.hasPrefix(file + ": "))
    }

    @Test func jsonNestedAHundredThousandDeepIsADepthErrorWithItsPosition() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("deep.json", bytes: HostileBytes.deepJSON(depth: 100_000))
        let report = HostileRun.check([file])
        let failure = try #require(HostileRun.failures(report, file).first)
        #expect(failure.finding.rule == InputRule.tooDeep)
        #expect(failure.finding.location?.line == 1)
        #expect(failure.finding.location?.pointer?.hasPrefix("/description/0/0") == true)
        #expect(failure.finding.message.contains("maxDepth"))
    }

    @Test func htmlNestedAHundredThousandDeepIsReadToTheDepthLimitAndSaysSo() throws {
        let directory = TemporaryDirectory()
        // The spec table comes after the deep part: it must still be read.
        let nesting =
            String(repeating: "<div>", count: 100_000) + "deep text" + String(repeating: "</div>", count: 100_000)
        let after =
            "<table><tr><th>Size</th><td>60 x 40 cm</td></tr><tr><th>Care instructions</th><td>Machine wash</td></tr></table>"
        let file = directory.write(
            "deep.html",
            HostileBytes.page(extraBody: nesting + after).replacingOccurrences(
                of: "<tr><th>Size</th><td>S, M, L (chest 96-112 cm)</td></tr>", with: ""))
        let report = HostileRun.check([file])
        let said =
            HostileRun.findings(report).contains { $0.rule == InputRule.tooDeep }
            || HostileRun.failures(report, file).contains { $0.finding.rule == InputRule.tooDeep }
        #expect(said, "the depth limit was hit silently")
        if let listing = report.listings.first {
            #expect(listing.fields.first { $0.field == "size" }?.state == .present, "text after the deep part was lost")
        }
    }

    @Test func binaryDataNamedHTMLIsAnInputErrorNamingTheFile() throws {
        let directory = TemporaryDirectory()
        let file = directory.write(
            "photo.html",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + HostileBytes.binary(count: 64 << 10))
        let report = HostileRun.check([file])
        #expect(report.listings.isEmpty)
        let failure = try #require(HostileRun.failures(report, file).first)
        #expect(failure.source == file)
    }

    @Test func nulBytesInsideAPageDoNotLoseThePage() throws {
        let directory = TemporaryDirectory()
        var bytes = Array(HostileBytes.page(title: "Linen shirt").utf8)
        let body = try #require(bytes.firstIndex(of: UInt8(ascii: "<"))).advanced(by: 200)
        bytes.insert(contentsOf: [0, 0, 0x41, 0, 0x42, 0], at: body)
        let file = directory.write("nul.html", bytes: bytes)
        let report = HostileRun.check([file])
        // Either read (the NULs dropped) or refused as binary, with the file named either way.
        if let listing = report.listings.first {
            #expect(listing.title?.contains("Linen shirt") == true)
        } else {
            #expect(HostileRun.failures(report, file).count == 1)
        }
    }

    @Test(arguments: ["empty.html", "empty.json", "empty.jsonl", "blank.json"])
    func emptyFilesAreInputErrorsNamingTheFile(name: String) throws {
        let directory = TemporaryDirectory()
        let file = directory.write(name, name.hasPrefix("blank") ? " \n\t\r\n " : "")
        let report = HostileRun.check([file])
        #expect(report.listings.isEmpty)
        let failure = try #require(HostileRun.failures(report, file).first)
        #expect(failure.finding.rule == InputRule.emptyInput)
    }

    // MARK: - File system

    @Test func unreadableFileIsAnInputErrorUnlessRunningAsRoot() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("locked.html", HostileBytes.page())
        #expect(chmod(file, 0) == 0)
        defer { chmod(file, 0o644) }
        let report = HostileRun.check([file])
        if HostileRun.isRoot {
            // Root reads through chmod 000; the file must then be checked like any other.
            #expect(report.listings.count + report.inputErrors.count >= 1)
        } else {
            let failure = try #require(HostileRun.failures(report, file).first)
            #expect(failure.finding.rule == InputRule.unreadable)
        }
    }

    @Test func directoryWithSymlinkLoopsFinishesAndNamesEveryLoop() throws {
        let directory = TemporaryDirectory()
        let good = directory.write(
            "shop/good.json", #"{"id": "G1", "title": "Cotton apron", "attributes": {"Material": "cotton"}}"#)
        let shop = directory.path + "/shop"
        #expect(symlink(shop, shop + "/loop") == 0)  // a directory that contains itself
        #expect(symlink(shop + "/b.html", shop + "/a.html") == 0)  // a -> b -> a
        #expect(symlink(shop + "/a.html", shop + "/b.html") == 0)
        #expect(symlink(shop + "/gone.json", shop + "/dangling.json") == 0)
        #expect(mkfifo(shop + "/pipe.html", 0o644) == 0)  // would block a reader for ever
        let report = HostileRun.check(
            [shop],
            accounting: [
                good, shop + "/a.html", shop + "/b.html", shop + "/dangling.json", shop + "/loop", shop + "/pipe.html",
            ])
        #expect(report.listings.map(\.source) == [good])
        #expect(HostileRun.failures(report, shop + "/loop").first?.finding.rule == InputRule.symlinkLoop)
        #expect(HostileRun.failures(report, shop + "/a.html").first?.finding.rule == InputRule.unreadable)
        #expect(
            HostileRun.failures(report, shop + "/pipe.html").first?.finding.message.contains("not a regular file")
                == true)
    }

    @Test func missingPathIsNamed() throws {
        let directory = TemporaryDirectory()
        let report = HostileRun.check([directory.path + "/nothing-here.json"])
        #expect(report.inputErrors.first?.finding.rule == InputRule.notFound)
    }

    // MARK: - Encodings

    @Test(arguments: [("utf8-bom", 0), ("utf16le", 1), ("utf16be", 2)])
    func byteOrderMarksAreHonoured(name: String, kind: Int) throws {
        let directory = TemporaryDirectory()
        let text = HostileBytes.page(title: "Lin shirt naïve 棉质衬衫", charset: nil)
        let bytes: [UInt8] =
            switch kind {
            case 0: [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case 1: HostileBytes.utf16(text, littleEndian: true)
            default: HostileBytes.utf16(text, littleEndian: false)
            }
        let file = directory.write("\(name).html", bytes: bytes)
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        #expect(listing.title == "Lin shirt naïve 棉质衬衫")
    }

    @Test func byteOrderMarkBeforeJSONIsSkipped() throws {
        let directory = TemporaryDirectory()
        let file = directory.write(
            "bom.json", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"id": "BOM-1", "title": "Bamboo tray"}"#.utf8))
        let report = HostileRun.check([file])
        #expect(report.listings.first?.title == "Bamboo tray")
    }

    @Test func gb2312LabelWithGBKOnlyCharactersIsDecodedAsGBK() throws {
        let directory = TemporaryDirectory()
        // 喆 and 镕 are in GBK but not in GB2312: a strict GB2312 decoder loses them.
        let title = "喆镕家纺 纯棉四件套"
        let file = directory.write(
            "gb2312.html", bytes: try HostileBytes.gbk(HostileBytes.chinesePage(title: title, charset: "gb2312")))
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        #expect(listing.title == title)
    }

    @Test func utf8PageThatDeclaresGBKIsReadAsUTF8AndTheLieReported() throws {
        let directory = TemporaryDirectory()
        let title = "纯棉四件套 简约北欧风"
        let file = directory.write("lies.html", HostileBytes.chinesePage(title: title, charset: "gbk"))
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        #expect(listing.title == title)
        #expect(listing.findings.contains { $0.rule == InputRule.charsetMismatch })
    }

    @Test func gbkPageThatDeclaresUTF8IsStillReadRight() throws {
        let directory = TemporaryDirectory()
        let title = "纯棉四件套 简约北欧风"
        let file = directory.write(
            "lies-gbk.html", bytes: try HostileBytes.gbk(HostileBytes.chinesePage(title: title, charset: "utf-8")))
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        #expect(listing.title == title)
        #expect(
            listing.findings.contains { $0.rule == InputRule.charsetMismatch || $0.rule == InputRule.encodingFallback })
    }

    @Test func invalidUTF8InAPageIsReplacedNotFatal() throws {
        let directory = TemporaryDirectory()
        var bytes = Array(HostileBytes.page(title: "Linen shirt").utf8)
        let cut = try #require(bytes.firstIndex(of: UInt8(ascii: "<"))).advanced(by: 300)
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80], at: cut)
        let file = directory.write("invalid-utf8.html", bytes: bytes)
        let report = HostileRun.check([file])
        #expect(report.listings.first?.title == "Linen shirt")
    }

    @Test func invalidUTF8InJSONIsReadOrNamed() throws {
        let directory = TemporaryDirectory()
        let bytes =
            Array(#"{"id": "U8-1", "title": "Tea towel "#.utf8) + [0xC3, 0x28, 0xFF]
            + Array(#"", "attributes": {"Material": "linen"}}"#.utf8)
        let file = directory.write("invalid-utf8.json", bytes: bytes)
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        #expect(listing.title?.hasPrefix("Tea towel") == true)
    }

    @Test func mixedLineEndingsKeepLineNumbersOfFindings() throws {
        let directory = TemporaryDirectory()
        // Lines 1-4 end in CRLF, LF, CRLF, LF; the claim is on line 5.
        let text =
            "<!DOCTYPE html>\r\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mug</title></head>\n<body>\r\n<h1>Mug</h1>\n"
            + "<p>The best mug in the world, guaranteed.</p>\r\n</body></html>\n"
        let file = directory.write("line-endings.html", text)
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        let claims = listing.findings.filter { $0.kind == .bannedClaim }
        #expect(!claims.isEmpty)
        for claim in claims { #expect(claim.location?.line == 5, "\(claim.rule) at \(claim.location?.line ?? 0)") }
    }

    // MARK: - JSON oddities (fixtures)

    @Test func commentsAndTrailingCommasAreReadLenientlyAndNoted() throws {
        let file = HostileRun.fixture("trailing-commas-and-comments.json")
        let report = HostileRun.check([file])
        let listing = try #require(report.listings.first)
        #expect(listing.id == "M-TC-1")
        #expect(listing.findings.contains { $0.rule == InputRule.recovered })
        #expect(listing.fields.first { $0.field == "material" }?.state == .present)
    }

    @Test func duplicateKeysDoNotLoseTheListing() throws {
        let report = HostileRun.check([HostileRun.fixture("duplicate-keys.json")])
        let listing = try #require(report.listings.first)
        #expect(listing.id == "M-DK-1")
        #expect(listing.title == "Cotton apron" || listing.title == "First title")
    }

    @Test func hugeNumbersAreRead() throws {
        let report = HostileRun.check([HostileRun.fixture("huge-number.json")])
        #expect(report.listings.first?.title == "Stoneware mug")
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        let report = HostileRun.check([HostileRun.fixture("lone-surrogates.json")])
        let listing = try #require(report.listings.first)
        let title = try #require(listing.title)
        #expect(title.hasPrefix("Wool scarf "))
        #expect(title.contains("\u{FFFD}"))
        #expect(title.contains("😀"))
    }

    @Test func shopifyExportWithMissingFieldsIsCheckedAndFlagged() throws {
        let report = HostileRun.check([HostileRun.fixture("shopify-missing-fields.json")])
        let listing = try #require(report.listings.first)
        #expect(listing.title == "Mystery box")
        let missing = Set(listing.findings.filter { $0.kind == .missingField }.compactMap(\.field))
        #expect(missing.isSuperset(of: ["material", "size", "instructions"]))
    }

    @Test func truncatedHTMLIsReadAsFarAsItGoes() throws {
        let report = HostileRun.check([HostileRun.fixture("truncated.html")])
        let listing = try #require(report.listings.first)
        #expect(listing.title == "Linen shirt")
        #expect(listing.fields.first { $0.field == "material" }?.state == .present)
    }

    @Test func truncatedJSONNamesTheFileAndPosition() throws {
        let file = HostileRun.fixture("truncated.json")
        let report = HostileRun.check([file])
        let failure = try #require(HostileRun.failures(report, file).first)
        #expect(failure.finding.rule == InputRule.malformedJSON)
        #expect(failure.finding.location?.line != nil)
        #expect(failure.description.hasPrefix(file + ":"))
    }

    @Test func auditOfJSONLinesNamesEachBadLineAndGivesEachRecordItsOwnID() throws {
        let directory = TemporaryDirectory()
        let file = directory.write(
            "export.jsonl",
            bytes: [0xEF, 0xBB, 0xBF]
                + Array(
                    """
                    {"title": "No id one", "attributes": {"Material": "cotton"}}
                    {"title": "No id two"}

                    {bad json
                    {"id": "X5", "title": "Repaired", "tags": [1, 2,], }
                    """.utf8))
        var options = AuditOptions(paths: [file])
        options.showProgress = false
        options.worstListings = 10
        let result = try Audit.run(options, checker: ListingChecker())
        #expect(result.summary.read == 4)
        #expect(result.summary.checked == 3)
        #expect(Set(result.worst.map(\.id)) == ["export#1", "export#2", "X5"])
        let failure = try #require(result.inputErrors.first)
        #expect(failure.finding.rule == InputRule.malformedJSON)
        #expect(failure.finding.location?.line == 4)
        #expect(failure.finding.message.contains("line 4"))
        let repaired = try #require(result.worst.first { $0.id == "X5" })
        let notes = repaired.findings.filter { $0.rule == InputRule.recovered }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0.location?.line == 5 })
    }

    // MARK: - Limits

    @Test func listingsOverThePerFileLimitAreCutAndSaid() throws {
        let directory = TemporaryDirectory()
        let records = (0..<12).map { #"{"id": "L\#($0)", "title": "Item \#($0)"}"# }
        let file = directory.write("many.json", "[" + records.joined(separator: ",") + "]")
        let report = HostileRun.check([file], limits: InputLimits(maxListingsPerFile: 5))
        #expect(report.listings.count == 5)
        #expect(HostileRun.failures(report, file).contains { $0.finding.rule == InputRule.tooManyListings })
    }

    @Test func fieldTextOverTheLimitIsCutAndSaid() throws {
        let directory = TemporaryDirectory()
        let long = String(repeating: "棉", count: 5000)
        let json = directory.write("long.json", #"{"id": "LONG", "title": "Towel", "description": "\#(long)"}"#)
        let html = directory.write("long.html", HostileBytes.page(extraBody: "<p>\(long)</p>"))
        let report = HostileRun.check([json, html], limits: InputLimits(maxFieldScalars: 1000))
        #expect(report.listings.count == 2)
        for listing in report.listings {
            #expect(listing.findings.contains { $0.rule == InputRule.textTooLong }, "\(listing.source) cut silently")
        }
    }

    @Test func mixedBatchOfMalformedInputsIsFullyAccountedFor() throws {
        let names = [
            "trailing-commas-and-comments.json", "duplicate-keys.json", "huge-number.json", "lone-surrogates.json",
            "shopify-missing-fields.json", "truncated.html", "truncated.json",
        ]
        let paths = names.map(HostileRun.fixture)
        let report = HostileRun.check(paths)
        #expect(report.summary.checked == 6)
        #expect(report.summary.failed == 1)
    }
}
