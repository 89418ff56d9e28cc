public import ListingLintCore
public import ListingLintIngest

/// What every reader promises whatever the bytes, checked on each fuzz input. A broken promise
/// stops the fuzzer (`preconditionFailure`) and libFuzzer keeps the input as a crash artefact.
public enum FuzzContract {
    /// - Parameters:
    ///   - outcome: what a reader returned for one input.
    ///   - source: the input's name as given to the reader.
    ///   - limits: the limits the reader was given.
    public static func check(_ outcome: ReadOutcome, source: String, limits: InputLimits) {
        precondition(
            !outcome.listings.isEmpty || !outcome.failures.isEmpty, "input silently dropped: no listing and no failure")
        precondition(outcome.listings.count <= limits.maxListingsPerFile, "more listings than maxListingsPerFile")
        for failure in outcome.failures {
            precondition(failure.source == source, "failure names \(failure.source), not the input")
            precondition(failure.finding.kind == .inputError, "failure is not an input-error finding")
            precondition(!failure.finding.message.isEmpty, "failure without a message")
            checkLocation(failure.finding.location)
        }
        for listing in outcome.listings {
            precondition(listing.source == source, "listing names \(listing.source), not the input")
            let texts = [listing.title].compactMap(\.self) + listing.segments + listing.hiddenText
            for segment in texts {
                checkLength(segment.text, limits: limits)
                checkLocation(segment.location)
            }
            for attribute in listing.attributes {
                checkLength(attribute.value, limits: limits)
                checkLocation(attribute.location)
            }
            for finding in listing.diagnostics { checkLocation(finding.location) }
        }
    }

    /// Lines and columns count from 1; a pointer is empty or starts with `/` (its first scalar: a key
    /// may start with a combining mark, which joins the `/` in one character).
    private static func checkLocation(_ location: SourceLocation?) {
        guard let location else { return }
        if let line = location.line { precondition(line >= 1, "line \(line) is not 1-based") }
        if let column = location.column { precondition(column >= 1, "column \(column) is not 1-based") }
        if let pointer = location.pointer {
            precondition(pointer.isEmpty || pointer.unicodeScalars.first == "/", "bad JSON pointer \(pointer)")
        }
    }

    /// Text kept per field stays within `maxFieldScalars` (one extra scalar allowed for a cut mark).
    private static func checkLength(_ text: String, limits: InputLimits) {
        precondition(
            text.unicodeScalars.count <= limits.maxFieldScalars + 1,
            "text of \(text.unicodeScalars.count) scalars kept, over maxFieldScalars")
    }
}
