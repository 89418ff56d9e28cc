import Foundation
import ListingLintCore
import ListingLintIngest

// Reads every .html file of a directory with the HTML reader, several times over, on one thread, and
// prints the throughput. Compare with `Benchmarks/c-baseline/parse_walk.c` (libxml2 parse and walk
// only) on the same files: see `Benchmarks/README.md`.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: html-reader-benchmark DIRECTORY [REPETITIONS]\n".utf8))
    exit(2)
}
let directory = arguments[1]
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let names = (try FileManager.default.contentsOfDirectory(atPath: directory)).filter { $0.hasSuffix(".html") }.sorted()
let documents = try names.map { name in
    InputDocument(source: name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))))
}
let totalBytes = documents.reduce(0) { $0 + $1.bytes.count }
HTMLReader.prepare()
var segments = 0
let start = Date()
for _ in 0..<repetitions {
    for document in documents {
        for listing in HTMLReader.read(document, limits: InputLimits()).listings { segments += listing.segments.count }
    }
}
let seconds = Date().timeIntervalSince(start)
let megabytes = Double(totalBytes * repetitions) / 1_000_000
print(
    "files: \(documents.count)  bytes: \(totalBytes)  repetitions: \(repetitions)  segments: \(segments / repetitions)")
print(
    String(
        format: "seconds: %.3f  per pass: %.4f  MB/s: %.1f", seconds, seconds / Double(repetitions), megabytes / seconds
    ))
