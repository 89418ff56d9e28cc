import Foundation
public import ListingLintCore

/// Finds the configuration of a run: `--config FILE` when given, otherwise the first
/// `.listinglint.yml` found walking up from the first input path (the working directory for `-`),
/// otherwise the built-in defaults.
public struct ConfigurationResolver: Sendable {
    /// The file name looked for.
    public static let fileName = ".listinglint.yml"

    public let loader: ConfigurationLoader

    public init(vocabulary: ConfigurationVocabulary) {
        loader = ConfigurationLoader(vocabulary: vocabulary)
    }

    /// The configuration for a run over `inputs`.
    public func resolve(explicitPath: String?, inputs: [String]) throws(ConfigurationError) -> LintConfiguration {
        if let explicitPath {
            guard FileManager.default.fileExists(atPath: explicitPath) else {
                throw ConfigurationError(path: explicitPath, message: "no such configuration file")
            }
            return try loader.load(path: explicitPath)
        }
        guard let found = Self.discover(from: inputs.first) else { return LintConfiguration() }
        return try loader.load(path: found)
    }

    /// The nearest `.listinglint.yml` in the directory of `input` (or `input` itself when it is a
    /// directory) and its ancestors.
    public static func discover(from input: String?) -> String? {
        let fileManager = FileManager.default
        var start = URL(fileURLWithPath: fileManager.currentDirectoryPath)
        if let input, input != "-" {
            var isDirectory: ObjCBool = false
            let url = URL(fileURLWithPath: input, relativeTo: start).standardizedFileURL
            let exists = fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory)
            start = exists && isDirectory.boolValue ? url : url.deletingLastPathComponent()
        }
        var directory = start.standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent(fileName).path
            if fileManager.fileExists(atPath: candidate) { return candidate }
            let parent = directory.deletingLastPathComponent().standardizedFileURL
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }
}
