import Foundation
import ListingLintCore
import ListingLintIngest
import ListingLintKit
import Testing

@Suite struct InputLoaderTests {
    private func load(_ path: String, limit: Int) -> Result<InputDocument, InputFailure> {
        InputLoader.load(InputSource(path: path), format: nil, limits: InputLimits(maxFileBytes: limit))
    }

    @Test func aFileIsReadWholeUpToTheLimitAndRefusedOneByteOver() throws {
        let directory = TemporaryDirectory()
        // Not a multiple of any block size, and larger than one read buffer's first guess.
        let text = String(repeating: "<p>棉 100%</p>\n", count: 9_001)
        let file = directory.write("page.html", text)
        let size = text.utf8.count
        let document = try load(file, limit: size).get()
        #expect(document.bytes == Array(text.utf8))
        #expect(document.source == file)
        guard case .failure(let failure) = load(file, limit: size - 1) else {
            Issue.record("a file one byte over the limit was read")
            return
        }
        #expect(failure.finding.rule == InputRule.tooLarge)
        #expect(try load(directory.write("empty.html", ""), limit: 10).get().bytes.isEmpty)
    }

    @Test func aFileWithoutAKnownSizeIsReadToItsEnd() throws {
        // A named pipe reports no size: the reader grows its buffer as the bytes come.
        let directory = TemporaryDirectory()
        let pipe = directory.path + "/pipe.html"
        #expect(mkfifo(pipe, 0o600) == 0)
        let text = String(repeating: "0123456789abcdef", count: 20_000)  // 320,000 bytes
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: pipe)
            handle?.write(Data(text.utf8))
            try? handle?.close()
        }
        writer.start()
        let document = try load(pipe, limit: 1 << 20).get()
        #expect(document.bytes.count == text.utf8.count)
        #expect(document.bytes == Array(text.utf8))
    }

    @Test func aMissingFileIsAFailureThatNamesIt() {
        guard case .failure(let failure) = load("/nonexistent/listing.html", limit: 1 << 20) else {
            Issue.record("a missing file was read")
            return
        }
        #expect(failure.source == "/nonexistent/listing.html")
        #expect(failure.finding.rule == InputRule.unreadable)
    }
}
