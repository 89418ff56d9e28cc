import Foundation
import ListingLintCore
import Yams

/// Typed reads from Yams nodes that fail with the key path and line of the offending node.
struct YAMLValueReader {
    let path: String

    func error(_ node: Node?, key: String?, _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node?.mark?.line, column: node?.mark?.column, key: key, message: message)
    }

    /// The entries of a mapping, rejecting keys outside `allowed` and duplicated keys.
    func mapping(_ node: Node, key: String?, allowed: Set<String>? = nil) throws(ConfigurationError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else { throw error(node, key: key, "expected a mapping of keys to values") }
        var seen: Set<String> = []
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string else { throw error(keyNode, key: key, "keys must be plain text") }
            let path = key.map { "\($0).\(name)" } ?? name
            if let allowed, !allowed.contains(name) {
                throw error(keyNode, key: path, "unknown key; expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
            guard seen.insert(name).inserted else { throw error(keyNode, key: path, "key appears twice") }
            entries.append((name, keyNode, value))
        }
        return entries
    }

    func string(_ node: Node, key: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error(node, key: key, "expected text") }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, key: String) throws(ConfigurationError) -> String {
        let text = try string(node, key: key).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw error(node, key: key, "must not be empty") }
        return text
    }

    func strings(_ node: Node, key: String) throws(ConfigurationError) -> [String] {
        guard let sequence = node.sequence else { throw error(node, key: key, "expected a list") }
        var values: [String] = []
        for (index, item) in sequence.enumerated() {
            values.append(try nonEmptyString(item, key: "\(key)[\(index)]"))
        }
        return values
    }

    func positiveInt(_ node: Node, key: String) throws(ConfigurationError) -> Int {
        guard let text = node.scalar?.string, let value = Int(text), value > 0 else {
            throw error(node, key: key, "expected a whole number above 0")
        }
        return value
    }

    func severity(_ node: Node, key: String) throws(ConfigurationError) -> Severity {
        let text = try string(node, key: key)
        guard let severity = Severity(rawValue: text) else {
            let allowed = Severity.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(node, key: key, "\"\(text)\" is not a severity; expected one of: \(allowed)")
        }
        return severity
    }

    func sequence(_ node: Node, key: String) throws(ConfigurationError) -> [Node] {
        guard let sequence = node.sequence else { throw error(node, key: key, "expected a list") }
        return Array(sequence)
    }
}
