import Foundation

/// Validates JSON against a JSON Schema with python3's `jsonschema` (the validator class the schema's
/// `$schema` declares: Draft 4 for SARIF, 2020-12 for ours). Tests that need it are enabled only when
/// python3 with jsonschema is installed.
enum SchemaCheck {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The official OASIS SARIF 2.1.0 schema: `$LISTINGLINT_SARIF_SCHEMA`, or the team's shared copy
    /// beside the repository (`../shared/external-schemas/`, where CI lays it too). Not vendored into
    /// the repository (third-party text); tests that need it skip without it.
    static let officialSARIFSchema: String? = {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/external-schemas/sarif-schema-2.1.0.json").path
        let path = ProcessInfo.processInfo.environment["LISTINGLINT_SARIF_SCHEMA"] ?? shared
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Whether `python3 -c 'import jsonschema'` works.
    static let available: Bool = python(["-c", "import jsonschema"]).status == 0

    /// Validation errors of `json` (or of each line of it, with `lines`) against the schema at
    /// `schemaPath` (absolute, or relative to the package root). Empty when valid.
    static func errors(_ json: String, schema schemaPath: String, lines: Bool = false) -> [String] {
        let schema = schemaPath.hasPrefix("/") ? schemaPath : packageRoot.appendingPathComponent(schemaPath).path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            validator = cls(schema)
            text = open(sys.argv[3], encoding="utf-8").read()
            docs = [l for l in text.split("\\n") if l.strip()] if sys.argv[2] == "lines" else [text]
            bad = 0
            for n, doc in enumerate(docs, 1):
                for e in validator.iter_errors(json.loads(doc)):
                    bad += 1
                    print(f"document {n}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
            sys.exit(1 if bad else 0)
            """
        let instance = FileManager.default.temporaryDirectory.appendingPathComponent(
            "listinglint-schema-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: instance) }
        guard (try? Data(json.utf8).write(to: instance)) != nil else { return ["cannot write \(instance.path)"] }
        let result = python(["-c", script, schema, lines ? "lines" : "whole", instance.path])
        if result.status == 0 { return [] }
        let output = result.output.split(separator: "\n").map(String.init)
        return output.isEmpty ? ["python3 exited with \(result.status)"] : output
    }

    static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = stdout
        do {
            try process.run()
        } catch {
            return (127, "\(error)")
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
