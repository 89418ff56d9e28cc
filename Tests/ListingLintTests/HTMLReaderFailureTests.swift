import Dispatch
import ListingLintCore
import Testing

@testable import ListingLintIngest

@Suite struct HTMLReaderFailureTests {
    private func read(_ bytes: [UInt8], limits: InputLimits = InputLimits()) -> ReadOutcome {
        HTMLReader.read(InputDocument(source: "shop/item.html", bytes: bytes), limits: limits)
    }

    @Test func emptyAndBlankFilesAreInputErrors() throws {
        for bytes in [[], Array(" \n\t\r\n".utf8)] as [[UInt8]] {
            let outcome = read(bytes)
            #expect(outcome.listings.isEmpty)
            let failure = try #require(outcome.failures.first)
            #expect(failure.finding.rule == InputRule.emptyInput)
            #expect(failure.finding.kind == .inputError)
            #expect(failure.description.hasPrefix("shop/item.html: "))
        }
    }

    @Test func binaryFilesAreInputErrors() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
        let pngFailure = try #require(read(png).failures.first)
        #expect(pngFailure.finding.rule == InputRule.binary)
        #expect(pngFailure.finding.message.contains("PNG"))
        let noise = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        #expect(read(noise).failures.first?.finding.rule == InputRule.binary)
    }

    /// Binary means more than 5% control bytes in the first 8,192 bytes; tab, line breaks, form feed
    /// and escape do not count, and neither does anything after the window.
    @Test func controlBytesAreCountedExactlyAtTheBinaryThreshold() {
        func page(controls: Int, window: Int = 8192, filler: UInt8 = UInt8(ascii: "a")) -> [UInt8] {
            var bytes = [UInt8](repeating: filler, count: window)
            // Spread over odd positions, with the allowed control bytes in between.
            for index in 0..<controls { bytes[(index * 37 + 5) % window] = UInt8(1 + index % 8) }
            for index in stride(from: 3, to: window, by: 11) where bytes[index] == filler {
                bytes[index] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B][index % 6]
            }
            // A long page continues past the window with nothing but control bytes.
            return window == 8192 ? bytes + Array(repeating: 0x01, count: 5000) : bytes
        }
        #expect(read(page(controls: 409)).failures.first?.finding.rule != InputRule.binary)  // 409 × 20 ≤ 8192
        #expect(read(page(controls: 410)).failures.first?.finding.rule == InputRule.binary)
        // A short page is its own window.
        #expect(read(page(controls: 15, window: 301)).failures.first?.finding.rule != InputRule.binary)
        #expect(read(page(controls: 16, window: 301)).failures.first?.finding.rule == InputRule.binary)
    }

    @Test func strayNULBytesAreReadNotRejected() throws {
        let outcome = read(Array("<h1>Towel\u{0}</h1><p>Material: cotton</p>".utf8))
        let listing = try #require(outcome.listings.first)
        #expect(listing.title?.text == "Towel\u{FFFD}")
        #expect(listing.attribute("Material")?.value == "cotton")
    }

    @Test func brokenMarkupIsRecovered() throws {
        let truncated = "<html><body><div class=\"description\"><p>Linen <b>shirt<table><tr><td>Material<td>Linen</td"
        let listing = try #require(read(Array(truncated.utf8)).listings.first)
        #expect(listing.texts(.description).first?.hasPrefix("Linen shirt") == true)
        #expect(try #require(read(Array("<<<>>>&&&</p></div>".utf8)).listings.first).id == "item")
    }

    @Test func nestingDeeperThanTheLimitIsCutAndReported() throws {
        let depth = 300
        let html =
            String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
            + "<p>shallow text</p>"
        let limits = InputLimits(maxDepth: 100)
        let listing = try #require(read(Array(html.utf8), limits: limits).listings.first)
        let finding = try #require(listing.diagnostics.first { $0.rule == InputRule.tooDeep })
        #expect(finding.kind == .inputError)
        #expect(finding.message.contains("100"))
        #expect(!listing.segments.contains { $0.text == "deep text" })
        #expect(listing.segments.contains { $0.text == "shallow text" })
    }

    @Test func veryDeepNestingDoesNotCrash() throws {
        let depth = 100_000
        let html = String(repeating: "<span>", count: depth) + "x"
        let outcome = read(Array(html.utf8))
        #expect(outcome.listings.count + outcome.failures.count == 1)
    }

    @Test func longTextIsCutAndReported() throws {
        let long = String(repeating: "棉", count: 500)
        let listing = try #require(
            read(
                Array("<div class=\"description\"><p>\(long)</p></div>".utf8),
                limits: InputLimits(maxFieldScalars: 100)
            ).listings.first)
        #expect(listing.texts(.description).first?.unicodeScalars.count == 100)
        let finding = try #require(listing.diagnostics.first { $0.rule == InputRule.textTooLong })
        #expect(finding.message.contains("500"))
        #expect(finding.location?.field == "description")
    }

    @Test func pagesReadOnSeveralThreadsGiveTheSameListings() throws {
        let pages = (0..<16).map { index in
            Array(
                "<h1>Item \(index)</h1><table><tr><th>Material</th><td>Cotton \(index)</td></tr></table><p><<broken"
                    .utf8)
        }
        let results = ResultBox(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            results.set(index, read(pages[index]).listings.first?.attribute("Material")?.value)
        }
        #expect(results.values == (0..<16).map { "Cotton \($0)" })
    }
}

/// Slots written once each from several threads.
private final class ResultBox: @unchecked Sendable {
    private var slots: [String?]
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String?) { lock.withLock { slots[index] = value } }

    var values: [String?] { lock.withLock { slots } }
}

/// A tiny lock on a serial queue, so the test needs no Foundation.
private final class NSLockLike: @unchecked Sendable {
    private let queue = DispatchQueue(label: "results")
    func withLock<T>(_ body: () -> T) -> T { queue.sync(execute: body) }
}
