import Foundation
import Hummingbird
import HummingbirdTesting
import ListingLintServer
import Testing

@Suite("schemas/openapi.yaml")
struct OpenAPIConformanceTests {
    /// Calls every documented (operation, status) pair and keeps the answers.
    static func exchanges() async throws -> [Exchange] {
        let recorder = Recorder()
        let form = "application/x-www-form-urlencoded"
        try await withServer(ServerConfiguration(maxBodyBytes: 4096)) { client in
            for path in ["/", "/app.js", "/app.css", "/healthz", "/v1/rules"] {
                await recorder.add(try await client.send(.get, path).exchange)
            }
            for (type, body) in [("application/json", sampleListingJSON), ("text/html", samplePageHTML), ("application/json", "[]")] {
                await recorder.add(try await client.send(.post, "/v1/check?jurisdiction=cn", contentType: type, body: body).exchange)
            }
            await recorder.add(try await client.send(.post, "/v1/check", contentType: "application/json", body: "{").exchange)
            await recorder.add(try await client.send(.post, "/v1/check", contentType: "text/html", body: String(repeating: "x", count: 5000)).exchange)
            await recorder.add(try await client.send(.post, "/v2/check", contentType: form, body: "text=%E5%85%A8%E7%BD%91%E6%9C%80%E5%A5%BD&language=auto").exchange)
            await recorder.add(try await client.send(.post, "/v2/check", contentType: form, body: "language=auto").exchange)
            await recorder.add(try await client.send(.post, "/v2/check", contentType: form, body: "text=" + String(repeating: "x", count: 5000)).exchange)
        }
        try await withServer(ServerConfiguration(token: "t0ken")) { client in
            for (method, path) in SecurityTests.routes {
                await recorder.add(try await client.send(method, path).exchange)
            }
        }
        return await recorder.exchanges
    }

    @Test("every endpoint's answers match the OpenAPI document, and it is valid OpenAPI 3.1", .enabled(if: pythonHasValidators))
    func conformance() async throws {
        let exchanges = try await Self.exchanges()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("listinglint-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("exchanges.json")
        try JSONEncoder().encode(exchanges).write(to: file)
        var arguments = [
            repositoryRoot.appendingPathComponent("Tests/ListingLintServerTests/openapi_conformance.py").path,
            repositoryRoot.appendingPathComponent("schemas/openapi.yaml").path,
            file.path,
        ]
        // The full report contract, once it is in the repository.
        let reportSchema = repositoryRoot.appendingPathComponent("schemas/report.schema.json")
        if FileManager.default.fileExists(atPath: reportSchema.path) { arguments.append(reportSchema.path) }
        let (status, output) = try runPython(arguments)
        #expect(status == 0, "\(output)")
    }
}

/// Collects exchanges from the test client's closures.
actor Recorder {
    private(set) var exchanges: [Exchange] = []
    func add(_ exchange: Exchange) { exchanges.append(exchange) }
}

/// Whether python3 with jsonschema, PyYAML and openapi-spec-validator is on this machine.
let pythonHasValidators: Bool = (try? runPython(["-c", "import jsonschema, yaml, openapi_spec_validator"]).status) == 0

/// Runs python3 with `arguments`; returns its exit status and its standard output and error.
func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
