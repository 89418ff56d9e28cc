import FuzzSupport
import ListingLintCore
import ListingLintIngest
import ListingLintKit

/// The limits under fuzzing: small enough that every limit is reached by some inputs.
private let limits = InputLimits(maxFileBytes: 1 << 20, maxDepth: 64, maxListingsPerFile: 16, maxFieldScalars: 4096)

/// libFuzzer entry point: one input is one HTML page, read with the HTML reader through
/// `InputLoader.read`, the entry point `check` and `audit` use.
///
/// Besides "no crash, no hang, no sanitizer report", it checks the reader's contract: an input is
/// never silently dropped (it yields listings or failures), every failure names the file, and every
/// source position is 1-based.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let outcome = InputLoader.read(InputDocument(source: "fuzz.html", bytes: bytes, format: .html), limits: limits)
    FuzzContract.check(outcome, source: "fuzz.html", limits: limits)
    return 0
}

/// The executable's entry point: libFuzzer's driver with this target's test.
@main
enum FuzzHTMLReaderMain {
    static func main() { FuzzDriver.run(fuzzHTMLReader) }
}
