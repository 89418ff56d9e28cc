// How each data file's types are read from `DataFileJSON` (see there for why not `JSONDecoder`). The
// member names are those of the types' `Codable` keys and of `schemas/rule-pack.schema.json`.

extension RulePack {
    /// The pack in a JSON text.
    init(dataFile text: String) throws(DataFileError) {
        let object = try DataFileObject(DataFileJSON.parse(text), path: "")
        self.init(
            pack: try object.string("pack"), language: try object.string("language"),
            description: try object.string("description"), rules: try object.objects("rules", ClaimRule.init(dataFile:))
        )
    }
}

extension ClaimRule {
    init(dataFile object: DataFileObject) throws(DataFileError) {
        id = try object.string("id")
        category = try object.choice("category")
        severity = try object.choice("severity")
        jurisdictions = try object.strings("jurisdictions")
        basis = try object.string("basis")
        message = try object.string("message")
        rewrite = try object.string("rewrite")
        replacement = try object.optionalString("replacement")
        terms = try object.strings("terms")
        contexts = try object.optionalChoices("contexts")
        appliesFrom = try object.optionalString("appliesFrom")
        requires = try object.optionalChoice("requires")
        exceptions = try object.optionalObjects("exceptions") { (entry) throws(DataFileError) in
            RuleException(terms: try entry.strings("terms"), reason: try entry.string("reason"))
        }
        let examples = try object.object("examples")
        self.examples = RuleExamples(flag: try examples.strings("flag"), pass: try examples.strings("pass"))
    }
}

extension ContextExceptionFile {
    /// The exceptions file in a JSON text.
    init(dataFile text: String) throws(DataFileError) {
        let object = try DataFileObject(DataFileJSON.parse(text), path: "")
        pack = try object.string("pack")
        description = try object.string("description")
        exceptions = try object.objects("exceptions", ContextException.init(dataFile:))
    }
}

extension ContextException {
    init(dataFile object: DataFileObject) throws(DataFileError) {
        id = try object.string("id")
        reason = try object.string("reason")
        covers = try object.strings("covers")
        terms = try object.optionalStrings("terms")
        fields = try object.optionalChoices("fields")
        cuesBefore = try object.optionalStrings("cuesBefore")
        cuesAfter = try object.optionalStrings("cuesAfter")
        window = try object.optionalInteger("window")
        when = try object.optionalChoice("when")
        regionCues = try object.optionalStrings("regionCues")
        sourceCues = try object.optionalStrings("sourceCues")
        effect = try object.optionalChoice("effect")
    }
}

extension SensitiveContextFile {
    /// The sensitive-contexts file in a JSON text.
    init(dataFile text: String) throws(DataFileError) {
        let object = try DataFileObject(DataFileJSON.parse(text), path: "")
        pack = try object.string("pack")
        description = try object.string("description")
        window = try object.integer("window")
        contexts = try object.objects("contexts") { (entry) throws(DataFileError) in
            Entry(context: try entry.choice("context"), cues: try entry.strings("cues"))
        }
    }
}
