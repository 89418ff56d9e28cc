import FuzzSupport
import ListingLintConfig
import ListingLintKit

/// Built once: the loader knows the embedded profiles and fields, as `listinglint check` does.
private let loader = ConfigurationLoader(vocabulary: RunConfiguration.vocabulary)

/// libFuzzer entry point: one input is the text of a `.listinglint.yml` (invalid UTF-8 replaced).
/// Parsing must end in a configuration or a `ConfigurationError` naming the file — never a crash,
/// a hang or a sanitizer report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfigLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    do {
        _ = try loader.parse(text, path: "fuzz.listinglint.yml")
    } catch {
        precondition(error.path == "fuzz.listinglint.yml", "configuration error does not name the file")
    }
    return 0
}

/// The executable's entry point: libFuzzer's driver with this target's test.
@main
enum FuzzConfigLoaderMain {
    static func main() { FuzzDriver.run(fuzzConfigLoader) }
}
