/// Every rule pack, the context exceptions and the matching tables, read from the data files the
/// EmbedDataPlugin compiled into this module (`Packs/*.json`, `Packs/traditional-simplified.txt`).
///
/// Loading never throws: a file that does not decode, a duplicate rule id or a rule without examples
/// becomes a `problems` entry, and the tests require `problems` to be empty for the shipped packs.
public struct RulePackLibrary: Sendable {
    /// The packs, in file-name order.
    public internal(set) var packs: [RulePack]
    /// Every rule of every pack, in pack then file order.
    public internal(set) var rules: [ClaimRule]
    public internal(set) var exceptions: [ContextException]
    public internal(set) var sensitiveContexts: SensitiveContextFile
    /// Traditional → simplified character pairs.
    public internal(set) var traditionalToSimplified: [UInt32: UInt32]
    /// What is wrong with the data files, one sentence each, naming the file.
    public internal(set) var problems: [String]
    /// A stable hash of every data file (FNV-1a, 64 bits, over the files sorted by name), as 16 hex digits.
    /// Changes whenever a pack, the exceptions or the character table changes.
    public internal(set) var version: String

    /// The library built from the embedded data files, loaded once.
    public static let shared = RulePackLibrary(files: EmbeddedData.files)

    /// File names of the non-pack data files.
    static let exceptionsFile = "exceptions.json"
    static let sensitiveContextsFile = "sensitive-contexts.json"
    static let characterTableFile = "traditional-simplified.txt"

    /// Loads packs from file name → contents (`cn-absolute.json` → JSON text).
    public init(files: [String: String]) {
        var problems: [String] = []
        var packs: [RulePack] = []
        var exceptions: [ContextException] = []
        var contexts = SensitiveContextFile(pack: "sensitive-contexts", description: "", window: 0, contexts: [])
        for name in files.keys.sorted() where name.hasSuffix(".json") {
            let text = files[name]!
            do throws(DataFileError) {
                switch name {
                case Self.exceptionsFile:
                    exceptions = try ContextExceptionFile(dataFile: text).exceptions
                case Self.sensitiveContextsFile:
                    contexts = try SensitiveContextFile(dataFile: text)
                default:
                    var pack = try RulePack(dataFile: text)
                    let stem = String(name.dropLast(".json".count))
                    if pack.pack != stem { problems.append(Problem.packName(name, pack.pack)) }
                    for index in pack.rules.indices { pack.rules[index].pack = pack.pack }
                    packs.append(pack)
                }
            } catch {
                problems.append(Problem.undecodable(name, error))
            }
        }
        let table = files[Self.characterTableFile].map { Self.parseCharacterTable($0, problems: &problems) } ?? [:]
        let rules = packs.flatMap(\.rules)
        problems += Self.validate(rules)
        self.packs = packs
        self.rules = rules
        self.exceptions = exceptions
        self.sensitiveContexts = contexts
        self.traditionalToSimplified = table
        self.problems = problems
        self.version = Self.fingerprint(files)
    }

    /// The rule with an id.
    public func rule(id: String) -> ClaimRule? { rules.first { $0.id == id } }

    /// Checks what the schema cannot: unique ids across packs, examples on both sides, dates, jurisdictions.
    static func validate(_ rules: [ClaimRule]) -> [String] {
        var problems: [String] = []
        var seen: [String: String] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                problems.append(Problem.duplicateID(rule.id, first, rule.pack))
            } else {
                seen[rule.id] = rule.pack
            }
            if rule.examples.flag.isEmpty || rule.examples.pass.isEmpty { problems.append(Problem.examples(rule)) }
            if rule.terms.isEmpty || rule.terms.contains(where: \.isEmpty) { problems.append(Problem.terms(rule)) }
            if rule.jurisdictions.isEmpty || !rule.jurisdictions.allSatisfy(["cn", "eu", "us"].contains) {
                problems.append(Problem.jurisdictions(rule))
            }
            if let date = rule.appliesFrom, !isISODate(date) { problems.append(Problem.date(rule, date)) }
        }
        return problems
    }

    /// Whether a string is a `YYYY-MM-DD` date.
    public static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Lines of two characters, traditional then simplified; `#` starts a comment.
    static func parseCharacterTable(_ text: String, problems: inout [String]) -> [UInt32: UInt32] {
        var table: [UInt32: UInt32] = [:]
        // Read as scalars: characters and Foundation's trimming took 12 k instructions a line, at every start.
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        for (number, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var scalars = Array(line.prefix { $0 != "#" })
            while let last = scalars.last, isSpace(last) { scalars.removeLast() }
            scalars.removeFirst(scalars.prefix(while: isSpace).count)
            if scalars.isEmpty { continue }
            guard scalars.count == 2, scalars[0] != scalars[1], table[scalars[0].value] == nil else {
                problems.append(Problem.characterLine(number + 1, String(line)))
                continue
            }
            table[scalars[0].value] = scalars[1].value
        }
        return table
    }

    /// FNV-1a (64 bits) over `name NUL contents NUL` of every file, sorted by name.
    static func fingerprint(_ files: [String: String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in files.keys.sorted() {
            for byte in name.utf8 + [0] + files[name]!.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Messages for data-file problems.
private enum Problem {
    static func packName(_ file: String, _ pack: String) -> String {
        "\(file): \"pack\" is \"\(pack)\" but must equal the file stem."
    }
    static func undecodable(_ file: String, _ error: any Error) -> String {
        "\(file): does not match the rule-pack format: \(error)"
    }
    static func duplicateID(_ id: String, _ first: String, _ second: String) -> String {
        "duplicate rule id \(id) in packs \(first) and \(second)."
    }
    static func examples(_ rule: ClaimRule) -> String {
        "\(rule.pack): rule \(rule.id) needs at least one flag and one pass example."
    }
    static func terms(_ rule: ClaimRule) -> String { "\(rule.pack): rule \(rule.id) has no (or an empty) term." }
    static func jurisdictions(_ rule: ClaimRule) -> String {
        "\(rule.pack): rule \(rule.id) has jurisdictions outside cn, eu, us."
    }
    static func date(_ rule: ClaimRule, _ date: String) -> String {
        "\(rule.pack): rule \(rule.id) appliesFrom \"\(date)\" is not YYYY-MM-DD."
    }
    static func characterLine(_ line: Int, _ text: String) -> String {
        "traditional-simplified.txt:\(line): expected two different characters not seen before, got \"\(text)\"."
    }
}
