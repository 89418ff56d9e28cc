import FuzzSupport
import ListingLintCore
import ListingLintIngest
import ListingLintKit

/// The limits under fuzzing: small enough that every limit is reached by some inputs.
private let limits = InputLimits(maxFileBytes: 1 << 20, maxDepth: 64, maxListingsPerFile: 16, maxFieldScalars: 4096)

/// libFuzzer entry point: one input is read three ways — as a JSON file (format detected: own
/// format, Shopify, WooCommerce, JSON-LD) and as a JSON Lines file, both through `InputLoader.read`
/// (the entry point of `check` and `audit`), and as one JSON Lines record the way the catalogue
/// audit streams it.
///
/// Besides "no crash, no hang, no sanitizer report", it checks the reader's contract: an input is
/// never silently dropped, every failure names the file, and every source position is 1-based.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for source in ["fuzz.json", "fuzz.jsonl"] {
        let outcome = InputLoader.read(InputDocument(source: source, bytes: bytes), limits: limits)
        FuzzContract.check(outcome, source: source, limits: limits)
    }
    switch JSONReader.readLine(bytes[...], source: "fuzz.jsonl", lineNumber: 7, limits: limits) {
    case .success(let listing):
        FuzzContract.check(ReadOutcome(listings: [listing]), source: "fuzz.jsonl", limits: limits)
    case .failure(let failure):
        FuzzContract.check(ReadOutcome(failures: [failure]), source: "fuzz.jsonl", limits: limits)
    }
    return 0
}

/// The executable's entry point: libFuzzer's driver with this target's test.
@main
enum FuzzJSONReaderMain {
    static func main() { FuzzDriver.run(fuzzJSONReader) }
}
