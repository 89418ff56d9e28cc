public import ListingLintCore

/// Reads JSON exports into listings: ListingLint's own listing format (one object, an array, or
/// JSON Lines), Shopify product JSON, WooCommerce REST products and schema.org Product JSON-LD;
/// catalogue JSON of none of these is read generically when it has a record shape
/// (`JSONGenericCatalogue`), and is an `input.unknown-format` error when it has not.
///
/// The dialect is detected per record from its keys (`InputDocument.format` forces one). Parsing is
/// lenient (`JSONParser`); each repair becomes an `input.recovered` info finding on the listings it
/// touches. A record that cannot be read becomes an `InputFailure` naming the file and its line
/// (JSON Lines) or JSON pointer, and the other records are still read.
///
/// Listing ids come from the data (`id`, `product_id`, `sku`, `handle`, `productID`); otherwise
/// `<file stem>#<n>` where *n* is the array index (0 for a single object), the 1-based line number
/// for JSON Lines, or the product's ordinal in a JSON-LD file.
public enum JSONReader {
    /// Reads every listing of one JSON input (object, array, JSON Lines, or a wrapper such as
    /// Shopify's `{"products": […]}`). Never throws: unreadable records become failures.
    public static func read(_ document: InputDocument, limits: InputLimits) -> ReadOutcome {
        let forced = document.format == .html ? nil : document.format
        if isJSONLinesName(document.source) {
            return readLines(document, forced: forced, limits: limits)
        }
        let parser = JSONParser(mode: .lenient, maxDepth: limits.maxDepth)
        switch parser.parse(document.bytes) {
        case .failure(let error):
            if error.kind == .malformed, looksLikeJSONLines(document.bytes) {
                return readLines(document, forced: forced, limits: limits)
            }
            return ReadOutcome(failures: [JSONReaderMessages.parseFailure(error, source: document.source, line: nil)])
        case .success(let parsed):
            if parsed.hasTrailingContent, continuesOnNextLine(document.bytes, at: parsed.end) {
                return readLines(document, forced: forced, limits: limits)
            }
            var collector = Collector(source: document.source, limits: limits)
            collector.add(parsed, line: nil, forced: forced, fallbackIndex: nil)
            return collector.finish(fileLevelUnknown: true)
        }
    }

    /// Reads one line of JSON Lines in ListingLint's own format, for callers that stream a large
    /// file themselves (the catalogue audit). `lineNumber` is 1-based and named in failures.
    public static func readLine(
        _ bytes: ArraySlice<UInt8>,
        source: String,
        lineNumber: Int,
        limits: InputLimits = InputLimits()
    ) -> Result<Listing, InputFailure> {
        let parser = JSONParser(mode: .lenient, maxDepth: limits.maxDepth)
        switch parser.parse(bytes) {
        case .failure(let error):
            return .failure(JSONReaderMessages.parseFailure(error, source: source, line: lineNumber))
        case .success(let parsed):
            if let object = parsed.value.objectValue, let html = JSONHTMLRecord.page(in: object) {
                let id = dataID(object) ?? "\(fileStem(source))#\(lineNumber)"
                let outcome = JSONHTMLRecord.read(html, id: id, source: source, limits: limits)
                if let listing = outcome.listings.first { return .success(listing) }
                return .failure(outcome.failures.first ?? JSONReaderMessages.unknownLine(parsed.value, source: source, line: lineNumber))
            }
            guard let object = parsed.value.objectValue, JSONListingFormat.isListing(object) else {
                return .failure(JSONReaderMessages.unknownLine(parsed.value, source: source, line: lineNumber))
            }
            let id = dataID(object) ?? "\(fileStem(source))#\(lineNumber)"
            var builder = JSONListingBuilder(
                id: id, source: source, format: .listingJSON, limits: limits, line: lineNumber)
            JSONListingFormat.read(object, at: JSONPointer.root, into: &builder)
            for note in parsed.notes { builder.addDiagnostic(JSONReaderMessages.recovered(note, line: lineNumber)) }
            return .success(builder.listing)
        }
    }

    // MARK: - JSON Lines

    private static func readLines(_ document: InputDocument, forced: InputFormat?, limits: InputLimits) -> ReadOutcome {
        let parser = JSONParser(mode: .lenient, maxDepth: limits.maxDepth)
        var collector = Collector(source: document.source, limits: limits)
        let bytes = document.bytes
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        var records = 0
        while lineStart < bytes.count, !collector.isFull {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            records += 1
            switch parser.parse(line) {
            case .failure(let error):
                collector.failures.append(
                    JSONReaderMessages.parseFailure(error, source: document.source, line: lineNumber))
            case .success(let parsed):
                collector.add(parsed, line: lineNumber, forced: forced, fallbackIndex: lineNumber)
            }
        }
        if records == 0 {
            return ReadOutcome(failures: [JSONReaderMessages.noRecords(source: document.source)])
        }
        return collector.finish(fileLevelUnknown: false)
    }

    /// `.jsonld` files are schema.org JSON-LD whatever their first node says.
    static func isJSONLDName(_ source: String) -> Bool {
        source.lowercased().hasSuffix(".jsonld")
    }

    static func isJSONLinesName(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".jsonlines")
    }

    /// Whether another JSON value starts at `offset` on a later line than the first value ended:
    /// JSON Lines in a file not named `.jsonl`.
    private static func continuesOnNextLine(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "{") || bytes[offset] == UInt8(ascii: "[") else {
            return false
        }
        var cursor = offset - 1
        while cursor >= 0, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[cursor]) {
            if bytes[cursor] == 0x0A { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether every non-blank line starts with `{` (two lines at least): JSON Lines whose first
    /// record is broken, in a file not named `.jsonl`.
    private static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        var records = 0
        var atLineStart = true
        for byte in bytes {
            if byte == 0x0A {
                atLineStart = true
            } else if atLineStart, byte != 0x20, byte != 0x09, byte != 0x0D {
                guard byte == UInt8(ascii: "{") || (records == 0 && byte == 0xEF) else { return false }
                records += 1
                atLineStart = false
            }
        }
        return records >= 2
    }

    // MARK: - Records

    /// The id a record states: `id`, `product_id`, `sku`, `handle`, `productID`.
    static func dataID(_ object: JSONObject) -> String? {
        for key in ["id", "product_id", "sku", "handle", "productID"] {
            if let text = object[key]?.scalarText?.trimmingJSONWhitespace(), !text.isEmpty { return text }
        }
        return nil
    }

    /// `shop/products.json` → `products`; `-` → `stdin`.
    static func fileStem(_ source: String) -> String {
        if source == "-" { return "stdin" }
        let name = source.split(separator: "/").last.map(String.init) ?? source
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Turns parsed documents into listings and failures, within the per-file listing limit.
    private struct Collector {
        let source: String
        let limits: InputLimits
        var listings: [Listing] = []
        /// The JSON pointer of each listing's record, same order as `listings`.
        var recordPointers: [String] = []
        var failures: [InputFailure] = []
        /// Records that had no known shape (reported per record, or once for the file).
        var unknown: [InputFailure] = []
        var overflow = 0

        init(source: String, limits: InputLimits) {
            self.source = source
            self.limits = limits
        }

        var isFull: Bool { overflow > 0 }

        mutating func add(_ parsed: JSONDocument, line: Int?, forced: InputFormat?, fallbackIndex: Int?) {
            let start = listings.count
            let unknownBefore = unknown.count
            let value = parsed.value
            let isJSONLD =
                forced == .jsonLD || (forced == nil && (JSONLDProducts.isJSONLD(value) || isJSONLDName(source)))
            if isJSONLD {
                addJSONLD(value, line: line, fallbackIndex: fallbackIndex)
            } else if case .array(let elements) = value {
                for (index, element) in elements.enumerated() {
                    addRecord(
                        element, pointer: JSONPointer.appending(index, to: JSONPointer.root), line: line,
                        forced: forced, index: fallbackIndex ?? index)
                }
            } else {
                addRecord(value, pointer: JSONPointer.root, line: line, forced: forced, index: fallbackIndex ?? 0)
            }
            if forced == nil, !isJSONLD, listings.count == start, unknown.count > unknownBefore {
                let records = JSONGenericCatalogue.records(in: value)
                if !records.isEmpty {
                    unknown.removeSubrange(unknownBefore...)
                    for (index, record) in records.enumerated() {
                        addGeneric(record, line: line, index: fallbackIndex ?? index)
                    }
                }
            }
            attach(parsed.notes, toListingsFrom: start, line: line)
        }

        private mutating func addGeneric(_ record: JSONGenericCatalogue.Record, line: Int?, index: Int) {
            guard reserve() else { return }
            let id = record.key ?? JSONReader.dataID(record.object) ?? "\(JSONReader.fileStem(source))#\(index)"
            var builder = JSONListingBuilder(id: id, source: source, format: .listingJSON, limits: limits, line: line)
            JSONGenericCatalogue.read(record, into: &builder)
            listings.append(builder.listing)
            recordPointers.append(record.pointer)
        }

        private mutating func addRecord(
            _ value: JSONValue, pointer: String, line: Int?, forced: InputFormat?, index: Int
        ) {
            guard let object = value.objectValue else {
                unknown.append(JSONReaderMessages.unknownRecord(value, source: source, pointer: pointer, line: line))
                return
            }
            if forced == .shopify || forced == nil,
                let key = ShopifyProductReader.containerKeys.first(where: { object[$0] != nil })
            {
                let container = object[key] ?? .null
                let containerPointer = JSONPointer.appending(key, to: pointer)
                if let products = container.arrayValue {
                    for (productIndex, product) in products.enumerated() {
                        addProduct(
                            product, format: .shopify,
                            pointer: JSONPointer.appending(productIndex, to: containerPointer), line: line,
                            index: productIndex)
                    }
                    return
                }
                if container.objectValue != nil {
                    addProduct(container, format: .shopify, pointer: containerPointer, line: line, index: index)
                    return
                }
            }
            if forced == .jsonLD || (forced == nil && JSONLDProducts.isJSONLD(value)) {
                addJSONLD(value, line: line, fallbackIndex: nil, base: pointer)
                return
            }
            if forced == nil || forced == .html, let html = JSONHTMLRecord.page(in: object) {
                guard reserve() else { return }
                let id = JSONReader.dataID(object) ?? "\(JSONReader.fileStem(source))#\(index)"
                let outcome = JSONHTMLRecord.read(html, id: id, source: source, limits: limits)
                listings += outcome.listings
                recordPointers += outcome.listings.map { _ in pointer }
                unknown += outcome.failures
                return
            }
            let format: InputFormat
            if let forced {
                guard recognises(forced, object) else {
                    unknown.append(
                        JSONReaderMessages.notForcedFormat(
                            value, format: forced, source: source, pointer: pointer, line: line))
                    return
                }
                format = forced
            } else if WooCommerceProductReader.isProduct(object) {
                format = .woocommerce
            } else if ShopifyProductReader.isProduct(object) {
                format = .shopify
            } else if JSONListingFormat.isListing(object) {
                format = .listingJSON
            } else {
                unknown.append(JSONReaderMessages.unknownRecord(value, source: source, pointer: pointer, line: line))
                return
            }
            addProduct(value, format: format, pointer: pointer, line: line, index: index)
        }

        /// Whether a forced format's reader would read anything from `object`.
        private func recognises(_ format: InputFormat, _ object: JSONObject) -> Bool {
            switch format {
            case .listingJSON, .html, .jsonLD: JSONListingFormat.isListing(object)
            case .shopify: ["title", "body_html", "options", "handle"].contains(where: object.contains)
            case .woocommerce:
                ["name", "description", "short_description", "attributes"].contains(where: object.contains)
            }
        }

        private mutating func addProduct(
            _ value: JSONValue, format: InputFormat, pointer: String, line: Int?, index: Int
        ) {
            guard let object = value.objectValue else {
                unknown.append(JSONReaderMessages.unknownRecord(value, source: source, pointer: pointer, line: line))
                return
            }
            guard reserve() else { return }
            let id = JSONReader.dataID(object) ?? "\(JSONReader.fileStem(source))#\(index)"
            var builder = JSONListingBuilder(id: id, source: source, format: format, limits: limits, line: line)
            switch format {
            case .shopify: ShopifyProductReader.read(object, at: pointer, into: &builder)
            case .woocommerce: WooCommerceProductReader.read(object, at: pointer, into: &builder)
            case .listingJSON, .html, .jsonLD: JSONListingFormat.read(object, at: pointer, into: &builder)
            }
            listings.append(builder.listing)
            recordPointers.append(pointer)
        }

        private mutating func addJSONLD(_ value: JSONValue, line: Int?, fallbackIndex: Int?, base: String = "") {
            let products = JSONLDProducts.products(in: value)
            guard !products.isEmpty else {
                unknown.append(JSONReaderMessages.noProductInJSONLD(source: source, pointer: base, line: line))
                return
            }
            for (ordinal, product) in products.enumerated() {
                guard reserve() else { return }
                let id = product.sku ?? "\(JSONReader.fileStem(source))#\(fallbackIndex ?? ordinal)"
                var builder = JSONListingBuilder(id: id, source: source, format: .jsonLD, limits: limits, line: line)
                SchemaOrgProductReader.read(product, base: base, into: &builder)
                listings.append(builder.listing)
                recordPointers.append(base + product.pointer)
            }
        }

        /// Makes room for one more listing; false (and counted) once the file's limit is reached.
        private mutating func reserve() -> Bool {
            guard listings.count < limits.maxListingsPerFile else {
                overflow += 1
                return false
            }
            return true
        }

        /// Parse notes go to the listings whose records contain them (all of them for notes outside any).
        private mutating func attach(_ notes: [JSONParseNote], toListingsFrom start: Int, line: Int?) {
            guard !notes.isEmpty, start < listings.count else { return }
            for note in notes {
                let finding = JSONReaderMessages.recovered(note, line: line)
                let owners = (start..<listings.count).filter { recordPointers[$0].isPrefix(of: note.pointer) }
                for slot in owners.isEmpty ? Array(start..<listings.count) : owners {
                    listings[slot].diagnostics.append(finding)
                }
            }
        }

        mutating func finish(fileLevelUnknown: Bool) -> ReadOutcome {
            if listings.isEmpty, !unknown.isEmpty, fileLevelUnknown || failures.isEmpty {
                failures.append(
                    unknown.count == 1
                        ? unknown[0]
                        : JSONReaderMessages.noRecognisedRecords(
                            source: source, count: unknown.count, first: unknown[0]))
            } else {
                failures += unknown
            }
            if overflow > 0 {
                failures.append(JSONReaderMessages.tooManyListings(source: source, limit: limits.maxListingsPerFile))
            }
            return ReadOutcome(listings: listings, failures: failures)
        }
    }
}

extension String {
    /// Whether `self` is `pointer` or one of its ancestors (`/a` is a prefix of `/a/b`, not of `/ab`).
    fileprivate func isPrefix(of pointer: String) -> Bool {
        pointer == self || pointer.hasPrefix(self + "/") || isEmpty
    }
}

/// The messages the JSON readers emit, in one place.
enum JSONReaderMessages {
    static let expectedShapes =
        "a listing object (title, description, attributes… per schemas/listing.schema.json), "
        + "an array or JSON Lines of them, Shopify {\"product\":…}, {\"products\":[…]} or {\"product_listings\":[…]}, "
        + "WooCommerce REST products (name, permalink, short_description…), or schema.org Product JSON-LD"

    static func parseFailure(_ error: JSONParseError, source: String, line: Int?) -> InputFailure {
        let place = line.map { "line \($0), column \(error.position.column)" } ?? error.position.description
        let inside = error.pointer.isEmpty ? "" : " (in \(JSONPointer.abbreviated(error.pointer)))"
        // A JSON Lines record is one line: where its container opened is a column of that line.
        let opened = error.opening.map { opening in
            line == nil ? " (opened at \(opening.line):\(opening.column))" : " (opened at column \(opening.column))"
        } ?? ""
        let what: String =
            switch error.kind {
            case .malformed: "malformed JSON"
            case .tooDeep: "JSON too deep"
            case .empty: "no JSON"
            }
        return InputFailure(
            source: source,
            rule: error.rule,
            message: "\(what) at \(place)\(inside): \(error.message)\(opened)",
            location: SourceLocation(
                line: line ?? error.position.line, column: error.position.column, pointer: error.pointer)
        )
    }

    static func recovered(_ note: JSONParseNote, line: Int?) -> Finding {
        let place = line.map { "line \($0), column \(note.position.column)" } ?? note.position.description
        return Finding(
            rule: InputRule.recovered,
            kind: .inputWarning,
            severity: .info,
            message: "lenient JSON reading accepted \(note.message) at \(place)",
            location: SourceLocation(
                line: line ?? note.position.line, column: note.position.column, pointer: note.pointer)
        )
    }

    static func textTooLong(field: String, scalars: Int, limit: Int, location: SourceLocation) -> Finding {
        Finding(
            rule: InputRule.textTooLong,
            kind: .inputWarning,
            field: field,
            severity: .warning,
            message:
                "\(field) is \(scalars) characters long; only the first \(limit) were read (input limit maxFieldScalars)",
            location: location
        )
    }

    static func readGenerically(titlePointer: String, pairs: Int) -> Finding {
        Finding(
            rule: InputRule.unknownFormat,
            kind: .inputWarning,
            severity: .info,
            message: "no known export format: read generically by field names (title at \(titlePointer), "
                + "\(pairs) name/value pairs); expected \(expectedShapes)",
            location: SourceLocation(pointer: titlePointer)
        )
    }

    static func tooManyListings(source: String, limit: Int) -> InputFailure {
        InputFailure(
            source: source,
            rule: InputRule.tooManyListings,
            message:
                "the file holds more than \(limit) listings; only the first \(limit) were read (input limit maxListingsPerFile)"
        )
    }

    static func unknownRecord(_ value: JSONValue, source: String, pointer: String, line: Int?) -> InputFailure {
        let place = line.map { "line \($0)" } ?? (pointer.isEmpty ? "the document" : pointer)
        return InputFailure(
            source: source,
            rule: InputRule.unknownFormat,
            message: "unrecognised JSON shape at \(place): found \(describe(value)); expected \(expectedShapes)",
            location: SourceLocation(line: line, pointer: pointer)
        )
    }

    static func unknownLine(_ value: JSONValue, source: String, line: Int) -> InputFailure {
        InputFailure(
            source: source,
            rule: InputRule.unknownFormat,
            message:
                "line \(line) is not a listing: found \(describe(value)); expected an object with title, description, "
                + "attributes… (schemas/listing.schema.json)",
            location: SourceLocation(line: line, pointer: JSONPointer.root)
        )
    }

    static func notForcedFormat(_ value: JSONValue, format: InputFormat, source: String, pointer: String, line: Int?)
        -> InputFailure
    {
        let place = line.map { "line \($0)" } ?? (pointer.isEmpty ? "the document" : pointer)
        return InputFailure(
            source: source,
            rule: InputRule.unknownFormat,
            message:
                "the input format was set to \(format.rawValue), but \(place) is \(describe(value)), which has none of that format's fields",
            location: SourceLocation(line: line, pointer: pointer)
        )
    }

    static func noProductInJSONLD(source: String, pointer: String, line: Int?) -> InputFailure {
        InputFailure(
            source: source,
            rule: InputRule.unknownFormat,
            message: "the JSON-LD has no schema.org Product, ProductModel, IndividualProduct or ProductGroup node",
            location: SourceLocation(line: line, pointer: pointer)
        )
    }

    static func noRecords(source: String) -> InputFailure {
        InputFailure(
            source: source, rule: InputRule.emptyInput,
            message: "the JSON Lines input has no records (every line is blank)")
    }

    static func noRecognisedRecords(source: String, count: Int, first: InputFailure) -> InputFailure {
        InputFailure(
            source: source,
            rule: InputRule.unknownFormat,
            message: "none of the \(count) records is a known listing shape; the first: \(first.finding.message)",
            location: first.finding.location
        )
    }

    /// `an object with keys code, data, msg`, `an array of 3 elements`, `a string`.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .object(let object):
            let keys = object.keys.prefix(8).joined(separator: ", ")
            let more = object.members.count > 8 ? ", … (\(object.members.count) keys)" : ""
            return object.members.isEmpty ? "an empty object" : "an object with keys \(keys)\(more)"
        case .array(let elements): return "an array of \(elements.count) elements"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}
