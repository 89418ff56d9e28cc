// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Release builds on Linux link the Swift runtime and Foundation into each binary (`-static-stdlib`):
/// see the `listinglint` target. Not for the fuzzers' sanitizer builds (`scripts/fuzz.sh`).
let staticStandardLibrary = ProcessInfo.processInfo.environment["LISTINGLINT_FUZZ"] == nil

/// One set of Swift 6 settings for every target. The flag also goes to the compiler, where it makes
/// modules name the static libraries' own dependencies for the linker.
let settings: [SwiftSetting] =
    [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
    + (staticStandardLibrary ? [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))] : [])

/// What every executable and test target links with (see `staticStandardLibrary`).
let linkerBase: [LinkerSetting] =
    staticStandardLibrary ? [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))] : []

let package = Package(
    name: "ListingLint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "listinglint", targets: ["listinglint"]),
        .library(name: "ListingLintKit", targets: ["ListingLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // libxml2, seen only by the HTML reader.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for gzip-compressed catalogue exports.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Model, findings, score and summary. No dependencies.
        .target(name: "ListingLintCore", swiftSettings: settings),
        // Normaliser, Aho–Corasick automaton, claim rule packs (data, embedded at build time).
        .target(
            name: "ListingLintMatching",
            dependencies: ["ListingLintCore"],
            exclude: ["Packs"],
            swiftSettings: settings,
            plugins: ["EmbedDataPlugin"]
        ),
        // Readers: HTML through libxml2, JSON exports. The only target that sees libxml2.
        .target(name: "ListingLintIngest", dependencies: ["ListingLintCore", "CLibXML2"], swiftSettings: settings),
        // Field and claim checks, category profiles, per-listing scoring.
        .target(
            name: "ListingLintChecks",
            dependencies: ["ListingLintCore", "ListingLintMatching"],
            exclude: ["Data"],
            swiftSettings: settings,
            plugins: ["EmbedDataPlugin"]
        ),
        // The `.listinglint.yml` configuration file.
        .target(name: "ListingLintConfig", dependencies: ["ListingLintCore", .product(name: "Yams", package: "Yams")], swiftSettings: settings),
        // Reporters: pure functions from results to bytes.
        .target(name: "ListingLintReport", dependencies: ["ListingLintCore"], swiftSettings: settings),
        // The audit history: an embedded SQLite database (GRDB).
        .target(
            name: "ListingLintHistory",
            dependencies: ["ListingLintCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: settings
        ),
        // The library call behind every command: inputs → readers → checks → results.
        .target(
            name: "ListingLintKit",
            dependencies: ["ListingLintCore", "ListingLintIngest", "ListingLintChecks", "ListingLintReport", "ListingLintConfig", "CZlib"],
            swiftSettings: settings
        ),
        // `listinglint serve`: the HTTP API and the web page (Hummingbird), kept apart so the core builds without it.
        .target(
            name: "ListingLintServer",
            dependencies: [
                "ListingLintCore", "ListingLintIngest", "ListingLintReport", "ListingLintKit", "ListingLintChecks",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            exclude: ["Data"],
            swiftSettings: settings,
            plugins: ["EmbedDataPlugin"]
        ),
        .executableTarget(
            name: "listinglint",
            dependencies: [
                "ListingLintKit",
                "ListingLintHistory",
                "ListingLintChecks",
                "ListingLintMatching",
                "ListingLintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings,
            // mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc for the whole process,
            // libxml2 included: a page's parse and checks allocate tens of thousands of small blocks, and
            // the audit ran about 9% faster with it on the benchmark's pages (Benchmarks/audit/run.sh).
            // Release binaries carry the Swift runtime and Foundation inside (linkerBase): they run on
            // machines without a Swift toolchain (CI runners, Spark executors), start about 5 ms sooner,
            // and call the runtime (retain, release, allocation) directly rather than through the dynamic
            // linker's tables: the audit ran about 6% faster on the benchmark's pages.
            linkerSettings: linkerBase + [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Throughput of the HTML reader alone, against Benchmarks/c-baseline (see Benchmarks/README.md).
        .executableTarget(
            name: "html-reader-benchmark",
            dependencies: ["ListingLintIngest", "ListingLintCore"],
            path: "Benchmarks/HTMLReaderBenchmark",
            swiftSettings: settings,
            linkerSettings: linkerBase
        ),
        // Benchmark: normalise + match throughput of the claims engine over generated zh/en text.
        .executableTarget(
            name: "listinglint-bench-matcher", dependencies: ["ListingLintMatching"], swiftSettings: settings,
            linkerSettings: linkerBase
        ),
        // Build tool: turns data files into Swift string literals so the binary is one self-contained file.
        .executableTarget(name: "EmbedData", swiftSettings: settings, linkerSettings: linkerBase),
        .plugin(name: "EmbedDataPlugin", capability: .buildTool(), dependencies: ["EmbedData"]),
        .testTarget(
            name: "ListingLintTests",
            dependencies: [
                "ListingLintKit", "ListingLintHistory", "ListingLintChecks", "ListingLintMatching",
                // libxml2 itself, for the test that compares the reader's tree with libxml2's own.
                "CLibXML2",
            ],
            exclude: ["Golden"],
            swiftSettings: settings,
            linkerSettings: linkerBase
        ),
        .testTarget(
            name: "ListingLintServerTests",
            dependencies: [
                "ListingLintCore",
                "ListingLintIngest",
                "ListingLintServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["openapi_conformance.py"],
            swiftSettings: settings,
            linkerSettings: linkerBase
        ),
    ]
)

// libFuzzer targets, built by `scripts/fuzz.sh` only (with LISTINGLINT_FUZZ set), so that normal builds and
// tests stay fast. Each defines `LLVMFuzzerTestOneInput` and a `@main` that starts libFuzzer's driver.
if ProcessInfo.processInfo.environment["LISTINGLINT_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzSupport", dependencies: ["ListingLintCore", "ListingLintIngest"], path: "Fuzz/FuzzSupport", swiftSettings: settings),
        .executableTarget(
            name: "FuzzHTMLReader",
            dependencies: ["FuzzSupport", "ListingLintCore", "ListingLintIngest", "ListingLintKit"],
            path: "Fuzz/FuzzHTMLReader",
            swiftSettings: settings
        ),
        .executableTarget(
            name: "FuzzJSONReader",
            dependencies: ["FuzzSupport", "ListingLintCore", "ListingLintIngest", "ListingLintKit"],
            path: "Fuzz/FuzzJSONReader",
            swiftSettings: settings
        ),
        .executableTarget(
            name: "FuzzClaimMatcher",
            dependencies: ["FuzzSupport", "ListingLintMatching"],
            path: "Fuzz/FuzzClaimMatcher",
            swiftSettings: settings
        ),
        .executableTarget(
            name: "FuzzConfigLoader",
            dependencies: ["FuzzSupport", "ListingLintConfig", "ListingLintKit"],
            path: "Fuzz/FuzzConfigLoader",
            swiftSettings: settings
        ),
    ]
}
