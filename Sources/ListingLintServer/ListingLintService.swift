public import Hummingbird
import ListingLintCore
import NIOCore
import ListingLintKit
import ListingLintReport

/// `listinglint serve`: the HTTP API and the web page. The routes:
///
/// - `GET /` (page), `GET /app.js`, `GET /app.css`
/// - `GET /healthz`, `GET /v1/rules`
/// - `POST /v1/check`: a listing JSON, product export or HTML page in; the JSON report out
/// - `POST /v2/check`: LanguageTool-compatible check of a text as a listing description
///
/// `schemas/openapi.yaml` describes them. Nothing in a request is ever fetched: the readers only
/// read the bytes sent.
public enum ListingLintService {
    /// The application bound as `configuration` says. Throws if the configuration is unsafe or invalid.
    public static func makeApplication(
        _ configuration: ServerConfiguration,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws(ServerConfigurationError) -> some ApplicationProtocol {
        try validate(configuration)
        return Application(
            router: makeRouter(configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "listinglint"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) }
        )
    }

    /// Runs the server until SIGINT or SIGTERM. `onServerRunning` gets the bound port.
    public static func run(
        _ configuration: ServerConfiguration,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await makeApplication(configuration, onServerRunning: onServerRunning).runService()
    }

    /// Checks what `makeApplication` refuses: a non-loopback address without a token, bad numbers.
    public static func validate(_ configuration: ServerConfiguration) throws(ServerConfigurationError) {
        guard (0...65535).contains(configuration.port) else { throw .invalidPort(configuration.port) }
        guard configuration.maxBodyBytes >= 1 else { throw .invalidBodyLimit(configuration.maxBodyBytes) }
        if configuration.token?.isEmpty == true { throw .emptyToken }
        if configuration.token == nil, !HostPolicy.isLoopback(configuration.host) {
            throw .tokenRequired(host: configuration.host)
        }
    }

    /// The routes and middleware, without binding anything (router-level tests use this).
    public static func makeRouter(_ configuration: ServerConfiguration) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeadersMiddleware())
        if let token = configuration.token {
            router.add(middleware: BearerTokenMiddleware(token: token))
        }
        let linters = LinterCache()
        let limit = configuration.maxBodyBytes

        for (path, asset) in WebAssets.routes {
            router.get(RouterPath(path)) { _, _ in try WebAssets.response(asset) }
        }
        router.get("/healthz") { _, _ in
            JSONResponse.make(JSONReporterEncoding.compact(Health(version: ListingLintVersion.version, ruleSet: ListingLintVersion.ruleSet)))
        }
        router.get("/v1/rules") { _, _ in
            JSONResponse.make(JSONReporter.encode(RuleListing.document) + "\n")
        }
        router.post("/v1/check") { request, _ in
            let body = try await BodyCollector.collect(request, limit: limit)
            let check = try CheckRequest(request: request, body: body)
            let report = CheckReport.make(check.document, linter: linters.linter(for: check.jurisdictions))
            return JSONResponse.make(JSONReporter.render(report))
        }
        router.post("/v2/check") { request, _ in
            let body = try await BodyCollector.collect(request, limit: limit)
            let check = try LanguageToolRequest(request: request, body: body)
            let linter = linters.linter(for: CheckRequest.knownJurisdictions)
            let report = linter.checker.check(check.listing)
            let answer = LanguageToolResponse(
                text: check.text,
                findings: report.findings,
                requested: check.language,
                detected: check.detectedLanguage,
                version: ListingLintVersion.version
            )
            return JSONResponse.make(JSONReporterEncoding.compact(answer))
        }
        return router
    }

    /// `GET /healthz`'s body.
    struct Health: Encodable {
        var status = "ok"
        var version: String
        var ruleSet: String
    }
}
