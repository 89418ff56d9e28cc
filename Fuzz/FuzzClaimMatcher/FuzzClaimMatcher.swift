import FuzzSupport
import ListingLintMatching

/// Built once: the shipped rule packs, every jurisdiction, a fixed date (so date-gated rules apply).
private let matcher = ClaimMatcher(jurisdictions: ["cn", "eu", "us"], asOf: "2026-11-29")

/// libFuzzer entry point: the first byte picks the field class, the rest (as UTF-8, invalid bytes
/// replaced) is normalised and matched against every claim rule.
///
/// Besides "no crash, no hang, no sanitizer report", it checks that the normaliser's map back to
/// the source stays inside the source and that every hit's evidence is the source text it points at.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaimMatcher(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let classes = FieldClass.allCases
    let field = classes[Int(data[0]) % classes.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let scan = matcher.scan(text, field: field)
    let sourceLength = scan.normalised.source.utf8.count
    for hit in scan.hits {
        precondition(
            hit.range.lowerBound >= 0 && hit.range.upperBound <= scan.normalised.count,
            "hit outside the normalised text")
        precondition(
            hit.sourceRange.lowerBound >= 0 && hit.sourceRange.upperBound <= sourceLength, "hit outside the source")
        precondition(!hit.evidence.isEmpty, "hit without evidence")
    }
    return 0
}

/// The executable's entry point: libFuzzer's driver with this target's test.
@main
enum FuzzClaimMatcherMain {
    static func main() { FuzzDriver.run(fuzzClaimMatcher) }
}
