import Foundation
import ListingLintCore

/// The body of a LanguageTool `POST /v2/check` answer, with the fields editor plug-ins read.
/// Offsets and lengths are UTF-16 code units (`UTF16Span`).
struct LanguageToolResponse: Encodable {
    struct Software: Encodable {
        var name = "ListingLint"
        var version: String
        var apiVersion = 1
        var premium = false
        var status = ""
    }

    struct Warnings: Encodable {
        var incompleteResults = false
    }

    struct Language: Encodable {
        struct Detected: Encodable {
            var name: String
            var code: String
            var confidence: Double
        }

        var name: String
        var code: String
        var detectedLanguage: Detected
    }

    struct Match: Encodable {
        struct Replacement: Encodable {
            var value: String
        }

        struct Rule: Encodable {
            struct Category: Encodable {
                var id: String
                var name: String
            }

            var id: String
            var description: String
            /// LanguageTool's issue types: `misspelling`, `grammar`, `style`, `uncategorized`…
            var issueType: String
            var category: Category
        }

        struct Context: Encodable {
            var text: String
            var offset: Int
            var length: Int
        }

        struct MatchType: Encodable {
            var typeName = "Other"
        }

        var message: String
        var shortMessage: String
        var offset: Int
        var length: Int
        var replacements: [Replacement]
        var rule: Rule
        var context: Context
        var sentence: String
        var type = MatchType()
        var ignoreForIncompleteSentence = false
        var contextForSureMatch = 0
    }

    var software: Software
    var warnings = Warnings()
    var language: Language
    var matches: [Match]

    /// UTF-16 units of text shown on each side of a match in `context`, as LanguageTool shows about 40.
    static let contextRadius = 40

    /// The answer for `findings` of a listing whose only text is `text`. Findings whose evidence is
    /// not in `text` (a missing field has none) are left out: an editor can only mark text.
    init(text: String, findings: [Finding], requested: LanguageToolLanguage, detected: LanguageToolLanguage, version: String) {
        software = Software(version: version)
        language = Language(
            name: requested.name,
            code: requested.code,
            detectedLanguage: .init(name: detected.name, code: detected.code, confidence: 1)
        )
        let units = Array(text.utf16)
        let spans = UTF16Span.locate(findings.map { ($0.evidence, $0.location?.line, $0.location?.column) }, in: text)
        matches = zip(findings, spans).compactMap { finding, span in
            span.map { Self.match(finding, span: $0, units: units) }
        }.sorted { $0.offset < $1.offset }
    }

    private static func match(_ finding: Finding, span: UTF16Span, units: [UInt16]) -> Match {
        let contextStart = boundary(max(0, span.offset - contextRadius), in: units)
        let contextEnd = boundary(min(units.count, span.offset + span.length + contextRadius), in: units)
        let sentence = sentenceRange(around: span, in: units)
        let category = finding.category ?? finding.kind.rawValue
        return Match(
            message: [finding.message, finding.suggestion].compactMap { $0 }.joined(separator: " — "),
            shortMessage: finding.kind == .bannedClaim ? "Banned claim" : finding.kind.rawValue,
            offset: span.offset,
            length: span.length,
            // Findings carry no replacement wording yet (the claims work adds it); until then none is offered.
            replacements: [],
            rule: .init(
                id: finding.rule,
                description: finding.basis.map { "\(finding.message) (\($0))" } ?? finding.message,
                issueType: finding.kind == .bannedClaim ? "style" : "uncategorized",
                category: .init(id: category.uppercased().replacingOccurrences(of: "-", with: "_"), name: category)
            ),
            context: .init(
                text: String(decoding: units[contextStart..<contextEnd], as: UTF16.self),
                offset: span.offset - contextStart,
                length: span.length
            ),
            sentence: String(decoding: units[sentence], as: UTF16.self)
        )
    }

    /// `index` moved back off a low surrogate so a cut never splits a character's UTF-16 pair.
    private static func boundary(_ index: Int, in units: [UInt16]) -> Int {
        index > 0 && index < units.count && UTF16.isTrailSurrogate(units[index]) ? index - 1 : index
    }

    /// The sentence holding `span`: from after the previous terminator (。！？!?.; or a line break)
    /// to the next one, inclusive.
    private static func sentenceRange(around span: UTF16Span, in units: [UInt16]) -> Range<Int> {
        let terminators: Set<UInt16> = Set("。！？!?.;；\n".utf16)
        var start = span.offset
        while start > 0, !terminators.contains(units[start - 1]) { start -= 1 }
        var end = span.offset + span.length
        while end < units.count, !terminators.contains(units[end]) { end += 1 }
        if end < units.count, units[end] != 0x0A { end += 1 }
        while start < end, units[start] == 0x20 { start += 1 }
        return start..<end
    }
}
