import ArgumentParser
import Foundation
import ListingLintServer

/// `listinglint serve`: the HTTP API and the pre-publish page for the marketing team.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the check API (POST /v1/check, LanguageTool-compatible POST /v2/check) and the web page.",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise; any other address needs --token, and every \
            request must then carry Authorization: Bearer <token>. The API is described in schemas/openapi.yaml.
            """
    )

    @Option(help: "Address to bind (a non-loopback address requires --token).")
    var host = "127.0.0.1"

    @Option(help: "TCP port (0 picks a free one).")
    var port = 8080

    @Option(help: "Shared secret; every request must then send Authorization: Bearer <token>.")
    var token: String?

    @Option(help: "Largest request body accepted, in bytes; larger bodies get 413.")
    var maxBody = 2 << 20

    func run() async throws {
        let configuration = ServerConfiguration(host: host, port: port, token: token, maxBodyBytes: maxBody)
        do {
            try ListingLintService.validate(configuration)
        } catch {
            throw ValidationError(error.description)
        }
        try await ListingLintService.run(configuration) { port in
            FileHandle.standardError.write(Data("listinglint serve: listening on http://\(host):\(port)/\n".utf8))
        }
    }
}
