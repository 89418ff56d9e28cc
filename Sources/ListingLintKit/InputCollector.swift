import Foundation
public import ListingLintCore

/// One input to read: a file path, or `-` for standard input.
public struct InputSource: Sendable, Hashable {
    public var path: String
    public init(path: String) { self.path = path }
    public var isStandardInput: Bool { path == "-" }
}

/// Expands command-line paths into input files, lazily: files as given, directories recursively
/// (sorted by name, hidden entries skipped, only listing file extensions), `-` as standard input.
/// A path that cannot be used is yielded as a failure, so a batch carries on and still counts it.
/// Memory holds one directory listing per level, never the whole tree.
public struct InputWalker: Sequence, IteratorProtocol {
    /// File extensions read from directories. Files named explicitly are read whatever their name.
    public static let listingExtensions: Set<String> = ["html", "htm", "xhtml", "json", "jsonl", "ndjson", "jsonld", "gz"]

    private var pendingPaths: [String]
    /// Directory frames being walked: remaining entries, deepest last.
    private var frames: [(directory: String, names: [String])] = []
    private var visited: Set<String> = []

    public init(paths: [String]) { pendingPaths = paths.reversed() }

    public mutating func next() -> Result<InputSource, InputFailure>? {
        while true {
            if var frame = frames.popLast() {
                guard !frame.names.isEmpty else { continue }
                let name = frame.names.removeFirst()
                frames.append(frame)
                if let result = visit(frame.directory + "/" + name, named: name) { return result }
                continue
            }
            guard let path = pendingPaths.popLast() else { return nil }
            if path == "-" { return .success(InputSource(path: path)) }
            if let result = visit(path, named: nil) { return result }
        }
    }

    /// What one path yields: an input, a failure, or nothing (a directory entered, a skipped file).
    private mutating func visit(_ path: String, named name: String?) -> Result<InputSource, InputFailure>? {
        // One stat (following links, as FileManager's fileExists does) tells existence, directory
        // and regular file: an audit visits every file of the catalogue.
        var info = stat()
        guard stat(path, &info) == 0 else {
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            if let name, !isLink || !Self.isListingFile(name) { return nil }
            return .failure(InputFailure(
                source: path,
                rule: isLink ? InputRule.unreadable : InputRule.notFound,
                message: isLink ? "symbolic link points to nothing (or loops)" : "no such file or directory"
            ))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            if let name, !Self.isListingFile(name) { return nil }
            // Found in a directory, a FIFO or device would block or never end; named ones are read.
            if name != nil, info.st_mode & S_IFMT != S_IFREG {
                return .failure(InputFailure(
                    source: path,
                    rule: InputRule.unreadable,
                    message: "not a regular file (a FIFO, socket or device); skipped"
                ))
            }
            return .success(InputSource(path: path))
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            return .failure(InputFailure(
                source: path,
                rule: InputRule.symlinkLoop,
                message: "directory was already visited through a symbolic link (a loop); skipped"
            ))
        }
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
            frames.append((path.hasSuffix("/") ? String(path.dropLast()) : path, names))
            return nil
        } catch {
            return .failure(InputFailure(source: path, rule: InputRule.unreadable, message: "directory cannot be listed (permissions?)"))
        }
    }

    /// Whether a name found in a directory has a listing file's extension: the text after its last
    /// dot, as `NSString.pathExtension` reads it (none for `.hidden` or `name.`), without bridging.
    static func isListingFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return listingExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}

/// Collects every input under the given paths at once (for `check`, whose input sets are small).
public enum InputCollector {
    public static func collect(_ paths: [String]) -> (inputs: [InputSource], failures: [InputFailure]) {
        var inputs: [InputSource] = []
        var failures: [InputFailure] = []
        for result in InputWalker(paths: paths) {
            switch result {
            case let .success(input): inputs.append(input)
            case let .failure(failure): failures.append(failure)
            }
        }
        return (inputs, failures)
    }
}
