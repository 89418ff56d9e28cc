import Foundation
import PackagePlugin

/// Embeds a target's data files (`Packs/` and `Data/`) into its code as string literals.
///
/// The binary must run as one copied file (a Spark executor, a container), so lexicons, profiles and
/// synonym tables cannot be resource bundles beside it. SwiftPM's own `.embedInCode` writes byte-array
/// literals, which took minutes to type-check for a few hundred kilobytes; a raw string literal compiles
/// in seconds.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let extensions: Set<String> = ["json", "yml", "yaml", "txt", "html", "css", "js", "svg"]
        var inputs: [URL] = []
        for folder in ["Packs", "Data"] {
            let directory = target.directoryURL.appending(path: folder)
            let items = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
            inputs += items.filter { extensions.contains($0.pathExtension) }
        }
        inputs.sort { $0.path < $1.path }
        guard !inputs.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files into \(target.name)",
                executable: try context.tool(named: "EmbedData").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
