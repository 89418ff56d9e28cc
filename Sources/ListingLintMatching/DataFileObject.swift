/// Typed access to the members of one JSON object of a data file, with the JSON path of the object so
/// that a missing or mistyped member is reported where it is (`rules[3].severity: missing`).
///
/// As with `JSONDecoder`: members the type does not read are ignored (the schemas forbid them, and the
/// schema tests check the shipped files), and `null` counts as absent for optional members.
struct DataFileObject {
    let members: [(key: String, value: DataFileJSON)]
    let path: String

    /// The object that `value` must be.
    init(_ value: DataFileJSON, path: String) throws(DataFileError) {
        guard case let .object(members) = value else { throw DataFileError(path: path, message: "expected an object") }
        self.members = members
        self.path = path
    }

    private func member(_ key: String) -> DataFileJSON? {
        for member in members where member.key == key {
            if case .null = member.value { return nil }
            return member.value
        }
        return nil
    }

    private func at(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func required(_ key: String) throws(DataFileError) -> DataFileJSON {
        guard let value = member(key) else { throw DataFileError(path: at(key), message: "missing") }
        return value
    }

    func string(_ key: String) throws(DataFileError) -> String {
        try Self.string(required(key), path: at(key))
    }

    func optionalString(_ key: String) throws(DataFileError) -> String? {
        guard let value = member(key) else { return nil }
        return try Self.string(value, path: at(key))
    }

    func strings(_ key: String) throws(DataFileError) -> [String] {
        try elements(of: required(key), path: at(key)).enumerated().map { (index, value) throws(DataFileError) in
            try Self.string(value, path: "\(at(key))[\(index)]")
        }
    }

    func optionalStrings(_ key: String) throws(DataFileError) -> [String]? {
        guard member(key) != nil else { return nil }
        return try strings(key)
    }

    func integer(_ key: String) throws(DataFileError) -> Int {
        try Self.integer(required(key), path: at(key))
    }

    func optionalInteger(_ key: String) throws(DataFileError) -> Int? {
        guard let value = member(key) else { return nil }
        return try Self.integer(value, path: at(key))
    }

    /// A member whose string must be one of an enumeration's raw values.
    func choice<Choice: RawRepresentable>(_ key: String) throws(DataFileError) -> Choice where Choice.RawValue == String {
        try Self.choice(required(key), path: at(key))
    }

    func optionalChoice<Choice: RawRepresentable>(_ key: String) throws(DataFileError) -> Choice?
    where Choice.RawValue == String {
        guard let value = member(key) else { return nil }
        return try Self.choice(value, path: at(key))
    }

    func optionalChoices<Choice: RawRepresentable>(_ key: String) throws(DataFileError) -> [Choice]?
    where Choice.RawValue == String {
        guard let value = member(key) else { return nil }
        return try elements(of: value, path: at(key)).enumerated().map { (index, value) throws(DataFileError) in
            try Self.choice(value, path: "\(at(key))[\(index)]")
        }
    }

    func object(_ key: String) throws(DataFileError) -> DataFileObject {
        try DataFileObject(required(key), path: at(key))
    }

    /// The objects of an array member, each read by `read`.
    func objects<Element>(
        _ key: String, _ read: (DataFileObject) throws(DataFileError) -> Element
    ) throws(DataFileError) -> [Element] {
        let path = at(key)
        return try elements(of: required(key), path: path).enumerated().map { (index, value) throws(DataFileError) in
            try read(DataFileObject(value, path: "\(path)[\(index)]"))
        }
    }

    func optionalObjects<Element>(
        _ key: String, _ read: (DataFileObject) throws(DataFileError) -> Element
    ) throws(DataFileError) -> [Element]? {
        guard member(key) != nil else { return nil }
        return try objects(key, read)
    }

    /// Paths are only spelt out for an error (`@autoclosure`): reading the packs asks for thousands.
    private func elements(
        of value: DataFileJSON, path: @autoclosure () -> String
    ) throws(DataFileError) -> [DataFileJSON] {
        guard case let .array(elements) = value else { throw DataFileError(path: path(), message: "expected an array") }
        return elements
    }

    private static func string(_ value: DataFileJSON, path: @autoclosure () -> String) throws(DataFileError) -> String {
        guard case let .string(text) = value else { throw DataFileError(path: path(), message: "expected a string") }
        return text
    }

    private static func integer(_ value: DataFileJSON, path: @autoclosure () -> String) throws(DataFileError) -> Int {
        guard case let .number(number) = value, let integer = Int(exactly: number) else {
            throw DataFileError(path: path(), message: "expected a whole number")
        }
        return integer
    }

    private static func choice<Choice: RawRepresentable>(
        _ value: DataFileJSON, path: @autoclosure () -> String
    ) throws(DataFileError) -> Choice where Choice.RawValue == String {
        let text = try string(value, path: path())
        guard let choice = Choice(rawValue: text) else {
            throw DataFileError(path: path(), message: "\"\(text)\" is not one of the allowed values")
        }
        return choice
    }
}
