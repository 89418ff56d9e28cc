import Foundation
public import ListingLintCore

/// One input to read: a file path, or `-` for standard input.
public struct InputSource: Sendable, Hashable {
    public var path: String
    public init(path: String) { self.path = path }
    public var isStandardInput: Bool { path == "-" }
}

/// Expands command-line paths into input files: files as given, directories recursively (sorted,
/// hidden files skipped), `-` as standard input. Paths that cannot be used become failures, so a
/// batch carries on and still counts them.
public enum InputCollector {
    /// File extensions read from directories. Files named explicitly are read whatever their name.
    public static let listingExtensions: Set<String> = ["html", "htm", "xhtml", "json", "jsonl", "ndjson", "jsonld"]

    public static func collect(_ paths: [String]) -> (inputs: [InputSource], failures: [InputFailure]) {
        var inputs: [InputSource] = []
        var failures: [InputFailure] = []
        for path in paths {
            if path == "-" {
                inputs.append(InputSource(path: path))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let isBrokenLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                failures.append(InputFailure(
                    source: path,
                    rule: isBrokenLink ? InputRule.unreadable : InputRule.notFound,
                    message: isBrokenLink ? "symbolic link points to nothing (or loops)" : "no such file or directory"
                ))
                continue
            }
            if isDirectory.boolValue {
                var visited: Set<String> = []
                walk(directory: path, visited: &visited, inputs: &inputs, failures: &failures)
            } else {
                inputs.append(InputSource(path: path))
            }
        }
        return (inputs, failures)
    }

    private static func walk(directory: String, visited: inout Set<String>, inputs: inout [InputSource], failures: inout [InputFailure]) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            failures.append(InputFailure(source: directory, rule: InputRule.symlinkLoop, message: "directory was already visited through a symbolic link (loop); skipped"))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            failures.append(InputFailure(source: directory, rule: InputRule.unreadable, message: "directory cannot be listed: \(error.localizedDescription)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if listingExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    failures.append(InputFailure(source: path, rule: InputRule.unreadable, message: "symbolic link points to nothing (or loops)"))
                }
                continue
            }
            if isDirectory.boolValue {
                walk(directory: path, visited: &visited, inputs: &inputs, failures: &failures)
            } else if listingExtensions.contains((name as NSString).pathExtension.lowercased()) {
                inputs.append(InputSource(path: path))
            }
        }
    }
}
