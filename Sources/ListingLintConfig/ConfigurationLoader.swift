import Foundation
public import ListingLintCore
import Yams

/// Reads `.listinglint.yml` into a `LintConfiguration` (schema: `schemas/config.schema.json`).
///
/// Strict: an unknown key, a duplicated key or a bad value is a `ConfigurationError` naming the key
/// and its line, never silently ignored.
public struct ConfigurationLoader: Sendable {
    public let vocabulary: ConfigurationVocabulary

    public init(vocabulary: ConfigurationVocabulary) {
        self.vocabulary = vocabulary
    }

    /// The keys a configuration file may have at its top level.
    public static let topLevelKeys: Set<String> = [
        "version", "jurisdictions", "as-of", "category-mapping", "categories", "synonyms", "severity", "disabled",
        "limits", "allowlist", "custom-rules",
    ]

    /// Reads and parses the file at `path`.
    public func load(path: String) throws(ConfigurationError) -> LintConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(path: path, message: "cannot be read: \(error.localizedDescription)")
        }
        var configuration = try parse(text, path: path)
        configuration.sourcePath = path
        return configuration
    }

    /// Parses configuration text; `path` names it in errors.
    public func parse(_ text: String, path: String) throws(ConfigurationError) -> LintConfiguration {
        let reader = YAMLValueReader(path: path)
        if let line = YAMLNestingGuard.firstTooDeepLine(in: text) {
            throw ConfigurationError(path: path, line: line, message: "nested too deeply (more than \(YAMLNestingGuard.maxFlowDepth) levels)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Self.syntaxError(error, path: path)
        }
        var configuration = LintConfiguration()
        guard let root else { return configuration }
        for (key, keyNode, value) in try reader.mapping(root, key: nil, allowed: Self.topLevelKeys) {
            switch key {
            case "version":
                guard value.scalar?.string == "1" else { throw reader.error(value, key: key, "only version 1 is known") }
            case "jurisdictions":
                configuration.jurisdictions = try jurisdictions(value, reader: reader)
            case "as-of":
                configuration.asOf = try date(value, reader: reader)
            case "category-mapping":
                configuration.categoryMapping = try categoryMapping(value, reader: reader)
            case "categories":
                configuration.profileOverrides = try profileOverrides(value, reader: reader)
            case "synonyms":
                configuration.extraSynonyms = try synonyms(value, reader: reader)
            case "severity":
                configuration.severityOverrides = try severities(value, reader: reader)
            case "disabled":
                configuration.disabledRules = Set(try ruleIDs(value, key: key, reader: reader))
            case "limits":
                configuration.limits = try limits(value, reader: reader)
            case "allowlist":
                configuration.allowlist = try allowlist(value, reader: reader)
            case "custom-rules":
                configuration.customRules = try customRules(value, reader: reader)
            default:
                throw reader.error(keyNode, key: key, "unknown key")
            }
        }
        try checkMappedCategories(configuration, root: root, reader: reader)
        return configuration
    }

    private func jurisdictions(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> Set<String> {
        var found: Set<String> = []
        for (index, item) in try reader.sequence(node, key: "jurisdictions").enumerated() {
            let name = try reader.nonEmptyString(item, key: "jurisdictions[\(index)]").lowercased()
            guard vocabulary.jurisdictions.contains(name) else {
                let known = vocabulary.jurisdictions.sorted().joined(separator: ", ")
                throw reader.error(item, key: "jurisdictions[\(index)]", "unknown jurisdiction \"\(name)\"; expected one of: \(known)")
            }
            found.insert(name)
        }
        return found
    }

    private func date(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> String {
        let text = try reader.nonEmptyString(node, key: "as-of")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        guard text.count == 10, formatter.date(from: text) != nil else {
            throw reader.error(node, key: "as-of", "\"\(text)\" is not a date in the form YYYY-MM-DD")
        }
        return text
    }

    private func categoryMapping(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> [CategoryMapping] {
        var mappings: [CategoryMapping] = []
        for (index, item) in try reader.sequence(node, key: "category-mapping").enumerated() {
            let key = "category-mapping[\(index)]"
            var pattern: String?
            var category: String?
            for (name, _, value) in try reader.mapping(item, key: key, allowed: ["pattern", "category"]) {
                if name == "pattern" {
                    let text = try reader.nonEmptyString(value, key: "\(key).pattern")
                    if text.count > 2, text.hasPrefix("/"), text.hasSuffix("/") {
                        do {
                            _ = try NSRegularExpression(pattern: String(text.dropFirst().dropLast()))
                        } catch {
                            throw reader.error(value, key: "\(key).pattern", "\"\(text)\" is not a valid regular expression")
                        }
                    }
                    pattern = text
                } else {
                    category = try reader.nonEmptyString(value, key: "\(key).category")
                }
            }
            guard let pattern, let category else {
                throw reader.error(item, key: key, "each mapping needs both `pattern` and `category`")
            }
            mappings.append(CategoryMapping(pattern: pattern, category: category))
        }
        return mappings
    }

    private func profileOverrides(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> [String: ProfileOverride] {
        var overrides: [String: ProfileOverride] = [:]
        for (name, _, value) in try reader.mapping(node, key: "categories") {
            let key = "categories.\(name)"
            var override = ProfileOverride()
            for (list, _, fieldsNode) in try reader.mapping(value, key: key, allowed: ["required", "recommended", "not-applicable"]) {
                let fields = try fieldNames(fieldsNode, key: "\(key).\(list)", reader: reader)
                switch list {
                case "required": override.required = fields
                case "recommended": override.recommended = fields
                default: override.notApplicable = fields
                }
            }
            overrides[name] = override
        }
        return overrides
    }

    private func fieldNames(_ node: Node, key: String, reader: YAMLValueReader) throws(ConfigurationError) -> [FieldName] {
        let names = try reader.strings(node, key: key)
        let items = try reader.sequence(node, key: key)
        for (index, name) in names.enumerated() where !vocabulary.fields.contains(name) {
            throw reader.error(items[index], key: "\(key)[\(index)]", Self.unknownFieldMessage(name, known: vocabulary.fields))
        }
        return names
    }

    private func synonyms(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> [FieldName: [String]] {
        var synonyms: [FieldName: [String]] = [:]
        for (field, keyNode, value) in try reader.mapping(node, key: "synonyms") {
            guard vocabulary.fields.contains(field) else {
                throw reader.error(keyNode, key: "synonyms.\(field)", Self.unknownFieldMessage(field, known: vocabulary.fields))
            }
            synonyms[field] = try reader.strings(value, key: "synonyms.\(field)")
        }
        return synonyms
    }

    private func severities(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> [String: Severity] {
        var severities: [String: Severity] = [:]
        for (rule, keyNode, value) in try reader.mapping(node, key: "severity") {
            try checkRuleID(rule, node: keyNode, key: "severity.\(rule)", reader: reader)
            severities[rule] = try reader.severity(value, key: "severity.\(rule)")
        }
        return severities
    }

    private func ruleIDs(_ node: Node, key: String, reader: YAMLValueReader) throws(ConfigurationError) -> [String] {
        var rules: [String] = []
        for (index, item) in try reader.sequence(node, key: key).enumerated() {
            let rule = try reader.nonEmptyString(item, key: "\(key)[\(index)]")
            try checkRuleID(rule, node: item, key: "\(key)[\(index)]", reader: reader)
            rules.append(rule)
        }
        return rules
    }

    /// Rule ids are lower-case words joined by `.` (a trailing `.` makes a prefix); field rule ids
    /// must name a known field.
    private func checkRuleID(_ rule: String, node: Node, key: String, reader: YAMLValueReader) throws(ConfigurationError) {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789.-_")
        guard !rule.isEmpty, rule.unicodeScalars.allSatisfy(allowed.contains), !rule.hasPrefix(".") else {
            throw reader.error(
                node, key: key,
                "\"\(rule)\" is not a rule id (lower-case words joined by dots, e.g. field.material.missing or claim.us.)"
            )
        }
        let parts = rule.split(separator: ".", omittingEmptySubsequences: false)
        if parts.first == "field", parts.count > 1, !parts[1].isEmpty, !vocabulary.fields.contains(String(parts[1])) {
            throw reader.error(node, key: key, Self.unknownFieldMessage(String(parts[1]), known: vocabulary.fields))
        }
    }

    private func limits(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> InputLimits {
        var limits = InputLimits()
        let keys: Set<String> = ["max-file-bytes", "max-depth", "max-listings-per-file", "max-field-scalars"]
        for (name, _, value) in try reader.mapping(node, key: "limits", allowed: keys) {
            let number = try reader.positiveInt(value, key: "limits.\(name)")
            switch name {
            case "max-file-bytes": limits.maxFileBytes = number
            case "max-depth": limits.maxDepth = number
            case "max-listings-per-file": limits.maxListingsPerFile = number
            default: limits.maxFieldScalars = number
            }
        }
        return limits
    }

    private func allowlist(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> [AllowlistEntry] {
        var entries: [AllowlistEntry] = []
        for (index, item) in try reader.sequence(node, key: "allowlist").enumerated() {
            let key = "allowlist[\(index)]"
            var text: String?
            var reason: String?
            var rule: String?
            for (name, _, value) in try reader.mapping(item, key: key, allowed: ["text", "reason", "rule"]) {
                let content = try reader.nonEmptyString(value, key: "\(key).\(name)")
                switch name {
                case "text": text = content
                case "reason": reason = content
                default:
                    try checkRuleID(content, node: value, key: "\(key).rule", reader: reader)
                    rule = content
                }
            }
            guard let text, let reason else {
                throw reader.error(item, key: key, "each allowlist entry needs `text` and `reason` (say why it is allowed)")
            }
            entries.append(AllowlistEntry(text: text, reason: reason, rule: rule))
        }
        return entries
    }

    private func customRules(_ node: Node, reader: YAMLValueReader) throws(ConfigurationError) -> [CustomClaimRule] {
        var rules: [CustomClaimRule] = []
        for (index, item) in try reader.sequence(node, key: "custom-rules").enumerated() {
            let key = "custom-rules[\(index)]"
            var id: String?
            var terms: [String]?
            var severity: Severity?
            var message: String?
            var category: String?
            let allowed: Set<String> = ["id", "terms", "severity", "message", "category"]
            for (name, _, value) in try reader.mapping(item, key: key, allowed: allowed) {
                switch name {
                case "id":
                    let text = try reader.nonEmptyString(value, key: "\(key).id")
                    try checkRuleID(text, node: value, key: "\(key).id", reader: reader)
                    id = text.hasPrefix("custom.") ? text : "custom." + text
                case "terms":
                    let list = try reader.strings(value, key: "\(key).terms")
                    guard !list.isEmpty else { throw reader.error(value, key: "\(key).terms", "needs at least one term") }
                    terms = list
                case "severity": severity = try reader.severity(value, key: "\(key).severity")
                case "message": message = try reader.nonEmptyString(value, key: "\(key).message")
                default: category = try reader.nonEmptyString(value, key: "\(key).category")
                }
            }
            guard let id, let terms, let severity, let message else {
                throw reader.error(item, key: key, "each custom rule needs `id`, `terms`, `severity` and `message`")
            }
            rules.append(CustomClaimRule(id: id, terms: terms, severity: severity, message: message, category: category))
        }
        return rules
    }

    /// Mapped categories must be built-in profiles or ones defined under `categories`.
    private func checkMappedCategories(_ configuration: LintConfiguration, root: Node, reader: YAMLValueReader) throws(ConfigurationError) {
        let known = vocabulary.profiles.union(configuration.profileOverrides.keys)
        let items = root.mapping?["category-mapping"]?.sequence.map(Array.init) ?? []
        for (index, mapping) in configuration.categoryMapping.enumerated() where !known.contains(mapping.category) {
            let node = index < items.count ? items[index].mapping?["category"] : nil
            throw reader.error(
                node, key: "category-mapping[\(index)].category",
                "unknown category \"\(mapping.category)\"; expected one of: "
                    + "\(known.sorted().joined(separator: ", ")) (or define it under `categories`)"
            )
        }
    }

    private static func unknownFieldMessage(_ field: String, known: Set<FieldName>) -> String {
        "unknown field \"\(field)\"; expected one of: \(known.sorted().joined(separator: ", "))"
    }

    /// A YAML syntax error with its line, from Yams.
    private static func syntaxError(_ error: any Error, path: String) -> ConfigurationError {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                return ConfigurationError(path: path, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
            default:
                break
            }
        }
        return ConfigurationError(path: path, message: "YAML syntax: \(error)")
    }
}
