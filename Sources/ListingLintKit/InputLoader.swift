import Foundation
public import ListingLintCore
public import ListingLintIngest

/// Loads one input's bytes, within the size limit, turning file-system trouble into a failure, and
/// reads them, holding the readers to the run's promises.
public enum InputLoader {
    /// Bytes read from standard input per call.
    private static let standardInputChunk = 1 << 20

    public static func load(
        _ input: InputSource, format: InputFormat?, limits: InputLimits
    ) -> Result<InputDocument, InputFailure> {
        if input.isStandardInput {
            return loadStandardInput(format: format, limits: limits)
        }
        let descriptor = open(input.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(
                InputFailure(
                    source: input.path, rule: InputRule.unreadable,
                    message: "file cannot be opened for reading (permissions?)"))
        }
        defer { close(descriptor) }
        switch WholeFile.contents(of: descriptor, limit: limits.maxFileBytes) {
        case .success(let bytes):
            return .success(InputDocument(source: input.path, bytes: bytes, format: format))
        case .failure(.tooLarge):
            return .failure(tooLarge(input.path, limits: limits))
        case .failure(.system(let code)):
            return .failure(
                InputFailure(
                    source: input.path, rule: InputRule.unreadable,
                    message: "file cannot be read: \(String(cString: strerror(code)))"))
        }
    }

    /// Reads one loaded document. Whatever the reader does, the input is never silently dropped (no
    /// listing and no failure becomes an `input.empty` failure) and at most `maxListingsPerFile`
    /// listings are kept (the rest become one `input.limit.listings` failure).
    public static func read(_ document: InputDocument, limits: InputLimits) -> ReadOutcome {
        var outcome = ListingReaders.read(document, limits: limits)
        if outcome.listings.isEmpty, outcome.failures.isEmpty {
            outcome.failures.append(
                InputFailure(
                    source: document.source,
                    rule: InputRule.emptyInput,
                    message: document.bytes.isEmpty ? "the file is empty" : "no listing was found in the file"
                ))
        }
        if outcome.listings.count > limits.maxListingsPerFile {
            outcome.listings.removeLast(outcome.listings.count - limits.maxListingsPerFile)
            if !outcome.failures.contains(where: { $0.finding.rule == InputRule.tooManyListings }) {
                outcome.failures.append(
                    InputFailure(
                        source: document.source,
                        rule: InputRule.tooManyListings,
                        message:
                            "the file holds more than \(limits.maxListingsPerFile) listings; only the first \(limits.maxListingsPerFile) were read (input limit maxListingsPerFile)"
                    ))
            }
        }
        return outcome
    }

    /// Standard input, read in chunks and no further than the size limit (a pipe can be endless).
    private static func loadStandardInput(
        format: InputFormat?, limits: InputLimits
    ) -> Result<InputDocument, InputFailure> {
        var bytes: [UInt8] = []
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: standardInputChunk)
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.count > limits.maxFileBytes { return .failure(tooLarge("-", limits: limits)) }
        }
        return .success(InputDocument(source: "-", bytes: bytes, format: format))
    }

    private static func tooLarge(_ source: String, limits: InputLimits) -> InputFailure {
        InputFailure(
            source: source,
            rule: InputRule.tooLarge,
            message: "input is larger than the limit of \(limits.maxFileBytes) bytes (input limit maxFileBytes)"
        )
    }
}
