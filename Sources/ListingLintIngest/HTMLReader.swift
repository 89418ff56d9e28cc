public import ListingLintCore

/// Reads one HTML product page into one listing.
///
/// Steps: refuse empty and binary files (``InputRule/emptyInput``, ``InputRule/binary``); decode the
/// bytes ourselves (``EncodingSniffer``: BOM → override → declared charset → UTF-8 validity → GB18030,
/// with an `input.charset-mismatch` info finding when the declared charset lies); parse the UTF-8 text
/// with libxml2 (``HTMLTreeConverter``, the only libxml2 code); walk the tree once
/// (``HTMLListingBuilder``).
///
/// ## What counts as the seller's text
/// The listing's `segments` hold every visible text with a role, and the checks decide by role:
/// - **The seller's words**: the title (`og:title`, else a structured-data name, else the first `<h1>`,
///   else `<title>`), description areas (`itemprop=description`; class/id words such as description,
///   details, features, overview, specs), bullets (`li` in description areas), sections under headings
///   such as 使用说明 / Care instructions (role `section`, field `section:<heading>`), spec-table names and
///   values, image alt text, and any other text in the page body (role `other`).
/// - **Not the seller's claims about this product** — role `boilerplate`: `nav`, `aside`, site-level
///   `header`/`footer` (inside `main`/`article` they belong to the product), ARIA landmarks navigation/
///   banner/contentinfo/complementary/search, and elements whose class/id words say nav, menu bar, footer,
///   cookie/consent, sidebar, newsletter, related/recommend/similar/upsell/cross-sell/also-bought,
///   recently viewed, sponsored, search; text after a heading like 猜你喜欢 / You may also like.
/// - **Shoppers' words** — role `review`: `itemprop=review`, Review/AggregateRating items, class/id words
///   review, comment, rating, testimonial, feedback, questions/answers; text after a heading like
///   商品评价 / Customer reviews; JSON-LD review bodies.
/// - **Breadcrumbs** (`aria-label`/class breadcrumb, BreadcrumbList) fill `breadcrumbs` and role `breadcrumb`.
/// - **Never visible**: `<script>`, `<style>`, `<noscript>`, `<template>` and `<head>` text. Scripts that carry
///   data (JSON types, or state objects such as `window.__INITIAL_STATE__ = {…}`) go to `hiddenText`
///   (role `other`, field `script:<id or type>`), so the checks can say a value is only in a script;
///   JSON-LD goes to the structured-data reader.
/// Outermost region wins (a "description" inside a recommendation carousel is boilerplate), except that
/// breadcrumbs inside a site header stay breadcrumbs.
///
/// Positions: line and column (1-based, column in Unicode scalars) in the decoded text, found by
/// ``HTMLSourceLocator``.
public enum HTMLReader {
    public static func read(_ document: InputDocument, limits: InputLimits) -> ReadOutcome {
        if let failure = unreadable(document) { return ReadOutcome(failures: [failure]) }
        let decoded = EncodingDecoder.decode(document.bytes, override: document.encoding)
        let tree = HTMLTreeConverter.parse(decoded.utf8, maxDepth: limits.maxDepth)
        guard !tree.nodes.isEmpty else {
            let firstError = tree.parseErrors.first
            return ReadOutcome(failures: [
                InputFailure(
                    source: document.source,
                    rule: InputRule.unreadable,
                    message: Messages.noDocument(firstError?.message),
                    location: firstError.map { SourceLocation(line: $0.line, column: $0.column > 0 ? $0.column : nil) }
                )
            ])
        }
        var builder = HTMLListingBuilder(tree: tree, source: document.source, sourceText: decoded.utf8, limits: limits)
        var listing = builder.build()
        listing.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
        return ReadOutcome(listings: [listing])
    }

    /// libxml2's version string.
    public static var libxml2Version: String { HTMLTreeConverter.libxml2Version }

    /// Prepares libxml2 for parsing on several threads; call once at start-up (reading also calls it).
    public static func prepare() { HTMLTreeConverter.prepareParser() }

    /// How many of the first bytes are looked at to tell text from binary.
    static let binaryWindow = 8192

    /// An empty, whitespace-only or binary input, as a failure; nil for text.
    static func unreadable(_ document: InputDocument) -> InputFailure? {
        let bytes = document.bytes
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            return InputFailure(
                source: document.source, rule: InputRule.emptyInput,
                message: bytes.isEmpty ? Messages.empty : Messages.blank)
        }
        if let kind = magicKind(bytes) {
            return InputFailure(source: document.source, rule: InputRule.binary, message: Messages.binary(kind))
        }
        // UTF-16 text is full of NUL bytes: only judge byte statistics when there is no UTF-16 BOM.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let window = min(bytes.count, binaryWindow)
        let control = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = 0
            while index + 8 <= window {
                let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let control = ByteMasks.belowSpace(word)
                index += 8
                guard control != 0 else { continue }
                // The control bytes text may hold, as in `isControl`.
                let allowed =
                    ByteMasks.equal(0x09, word) | ByteMasks.equal(0x0A, word) | ByteMasks.equal(0x0B, word)
                    | ByteMasks.equal(0x0C, word) | ByteMasks.equal(0x0D, word) | ByteMasks.equal(0x1B, word)
                count += ByteMasks.count(control & ~allowed)
            }
            while index < window {
                if Self.isControl(buffer[index]) { count += 1 }
                index += 1
            }
            return count
        }
        if control * 20 > window {
            return InputFailure(source: document.source, rule: InputRule.binary, message: Messages.binary(nil))
        }
        return nil
    }

    /// A control character that text does not hold (tab, line breaks, form feed and escape it may).
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B)
    }

    /// Well-known binary formats by their first bytes.
    private static func magicKind(_ bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("JPEG image", [0xFF, 0xD8, 0xFF]),
            ("GIF image", Array("GIF8".utf8)),
            ("PDF document", Array("%PDF".utf8)), ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
            ("gzip data", [0x1F, 0x8B]),
            ("WebP image", Array("RIFF".utf8)), ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }

    enum Messages {
        static let empty = "the file is empty: no HTML to read"
        static let blank = "the file holds only whitespace: no HTML to read"
        static func noDocument(_ parserMessage: String?) -> String {
            "libxml2 could not build a document from this file" + (parserMessage.map { " (\($0))" } ?? "")
        }

        static func binary(_ kind: String?) -> String {
            if let kind { return "the file is binary (\(kind)), not HTML" }
            return "the file is binary (more than 5% control bytes in its first \(binaryWindow) bytes), not HTML"
        }
    }
}
