import Dispatch
import Foundation
public import ListingLintCore
import ListingLintIngest
public import ListingLintChecks

/// Checks a catalogue of any size in bounded memory: inputs are walked lazily, JSON Lines files are
/// streamed in batches of lines, batches are checked on all cores with a bounded number in flight,
/// and results reach `consume` in input order (deterministic), one batch at a time.
public struct AuditRunner: Sendable {
    public let checker: ListingChecker
    /// A format forced by the user; nil to detect per input.
    public var inputFormat: InputFormat?
    /// JSON Lines records per batch.
    public var batchSize = 256
    /// Files (pages, JSON exports) per batch: one page is too little work to hand to a thread on its
    /// own. A batch still holds one file's bytes at a time.
    public var filesPerBatch = 8
    /// Batches checked or waiting at once (memory bound).
    public var maxInFlight = ProcessInfo.processInfo.activeProcessorCount * 4
    /// The name standard input is reported under (a Spark partition passes its file's path).
    public var standardInputName = "-"
    /// The line number of standard input's first line (a Spark partition passes its offset).
    public var standardInputFirstLine = 1

    public init(checker: ListingChecker, inputFormat: InputFormat? = nil) {
        self.checker = checker
        self.inputFormat = inputFormat
    }

    /// What one batch produced, in input order.
    public struct BatchResult: Sendable {
        public var listings: [ListingReport]
        public var failures: [InputFailure]
        /// Inputs this batch completes, as `InputCoverage` labels.
        public var coverage: [String] = []
    }

    /// Runs the audit. `consume` is called on one thread at a time, in input order.
    /// - Returns: false if it was cancelled before the end.
    @discardableResult
    public func run(
        paths: [String],
        progress: AuditProgress? = nil,
        cancellation: Cancellation = Cancellation(),
        consume: @escaping @Sendable (BatchResult) -> Void
    ) -> Bool {
        let slots = DispatchSemaphore(value: maxInFlight)
        let group = DispatchGroup()
        // A slot is given back when its batch has been consumed, not merely checked: a slow batch
        // holds back at most `maxInFlight` finished ones waiting behind it in the reorder buffer.
        let reorder = ReorderBuffer { results in
            results.forEach(consume)
            slots.signal()
        }
        var index = 0
        // One unit of work: a batch of JSON Lines records, or a few files (one result per file).
        let submitResults = { (work: @escaping @Sendable () -> [BatchResult]) in
            slots.wait()
            let position = index
            index += 1
            group.enter()
            DispatchQueue.global().async {
                let results = work()
                progress?.add(listings: results.reduce(0) { $0 + $1.listings.count + $1.failures.count })
                reorder.deliver(results, at: position)
                group.leave()
            }
        }
        let submit = { (work: @escaping @Sendable () -> BatchResult) in submitResults { [work()] } }
        let checker = checker
        let limits = checker.configuration.limits
        let inputFormat = inputFormat
        var files: [InputSource] = []
        let submitFiles = {
            guard !files.isEmpty else { return }
            let batch = files
            files.removeAll(keepingCapacity: true)
            submitResults {
                batch.map { Self.check(file: $0, format: inputFormat, limits: limits, checker: checker, progress: progress) }
            }
        }
        inputs: for entry in InputWalker(paths: paths) {
            if cancellation.isCancelled { break }
            switch entry {
            case let .failure(failure):
                submitFiles()
                submit { BatchResult(listings: [], failures: [failure], coverage: [failure.source]) }
            case let .success(input):
                if isLineStream(input) {
                    submitFiles()
                    let name = input.isStandardInput ? standardInputName : input.path
                    let completed = streamLines(of: input, progress: progress, cancellation: cancellation) { lines, failure, coverage in
                        submit {
                            var result = Self.check(lines: lines, source: name, checker: checker)
                            if let failure { result.failures.append(failure) }
                            result.coverage = coverage
                            return result
                        }
                    }
                    if !completed { break inputs }
                } else {
                    files.append(input)
                    if files.count >= filesPerBatch { submitFiles() }
                }
            }
        }
        if !cancellation.isCancelled { submitFiles() }
        group.wait()
        return !cancellation.isCancelled
    }

    /// Reads and checks one file (a page or a JSON export).
    private static func check(
        file input: InputSource, format: InputFormat?, limits: InputLimits, checker: ListingChecker,
        progress: AuditProgress?
    ) -> BatchResult {
        switch InputLoader.load(input, format: format, limits: limits) {
        case let .success(document):
            progress?.add(bytes: document.bytes.count)
            let outcome = InputLoader.read(document, limits: limits)
            return BatchResult(listings: outcome.listings.map(checker.check), failures: outcome.failures, coverage: [input.path])
        case let .failure(failure):
            return BatchResult(listings: [], failures: [failure], coverage: [input.path])
        }
    }

    /// JSON Lines inputs (by extension, or standard input unless HTML is forced) are streamed.
    private func isLineStream(_ input: InputSource) -> Bool {
        if input.isStandardInput { return inputFormat != .html }
        var name = input.path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        return name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
    }

    /// Reads a JSON Lines input in chunks and hands out batches of lines (or a failure).
    /// - Returns: false if cancelled part-way.
    private func streamLines(
        of input: InputSource,
        progress: AuditProgress?,
        cancellation: Cancellation,
        batch: ([LineSplitter.Line], InputFailure?, [String]) -> Void
    ) -> Bool {
        let name = input.isStandardInput ? standardInputName : input.path
        let handle: FileHandle
        if input.isStandardInput {
            handle = FileHandle.standardInput
        } else if let file = FileHandle(forReadingAtPath: input.path) {
            handle = file
        } else {
            batch([], InputFailure(source: name, rule: InputRule.unreadable, message: "file cannot be opened for reading (permissions?)"), [name])
            return true
        }
        defer { if !input.isStandardInput { try? handle.close() } }
        let reader = ChunkedFileReader(descriptor: handle.fileDescriptor)
        let offset = input.isStandardInput ? standardInputFirstLine - 1 : 0
        var splitter = LineSplitter(maxLineBytes: checker.configuration.limits.maxFileBytes, firstLine: offset + 1)
        var pending: [LineSplitter.Line] = []
        var consumed = 0
        // A file without a single record is reported, not skipped (an empty stdin shard is fine).
        var sawRecord = input.isStandardInput
        do {
            while let chunk = try reader.next() {
                if cancellation.isCancelled { return false }
                progress?.add(bytes: reader.bytesConsumed - consumed)
                consumed = reader.bytesConsumed
                let lines = splitter.feed(chunk)
                if !sawRecord { sawRecord = lines.contains(where: Self.isRecord) }
                pending += lines
                var start = 0
                while pending.count - start >= batchSize {
                    batch(Array(pending[start..<(start + batchSize)]), nil, [])
                    start += batchSize
                }
                pending.removeFirst(start)
            }
        } catch {
            if let last = splitter.finish() { pending.append(last) }
            let failure = InputFailure(source: name, rule: InputRule.unreadable, message: "reading stopped after \(consumed) bytes: \(error)")
            batch(pending, failure, [coverage(name, first: offset + 1, last: splitter.lastLineNumber)])
            return true
        }
        if let last = splitter.finish() { pending.append(last) }
        if !sawRecord { sawRecord = pending.contains(where: Self.isRecord) }
        let empty = sawRecord ? nil : InputFailure(
            source: name,
            rule: InputRule.emptyInput,
            message: consumed == 0 ? "the file is empty" : "the JSON Lines file has no records (every line is blank)"
        )
        batch(pending, empty, [coverage(name, first: offset + 1, last: splitter.lastLineNumber)])
        return true
    }

    /// Whether a line holds a record (blank lines between records are allowed and skipped).
    private static func isRecord(_ line: LineSplitter.Line) -> Bool {
        switch line {
        case .tooLong: true
        case let .text(_, bytes): !bytes.allSatisfy(isBlank)
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// `path:FIRST-LAST`, or the bare path for a stream with no lines.
    private func coverage(_ name: String, first: Int, last: Int) -> String {
        last >= first ? InputCoverage.lines(name, first, last) : name
    }

    /// Reads and checks one batch of JSON Lines records.
    static func check(lines: [LineSplitter.Line], source: String, checker: ListingChecker) -> BatchResult {
        var result = BatchResult(listings: [], failures: [])
        for line in lines {
            switch line {
            case let .tooLong(number, bytes):
                result.failures.append(InputFailure(
                    source: source,
                    rule: InputRule.tooLarge,
                    message: "line is \(bytes) bytes, over the input size limit",
                    location: SourceLocation(line: number)
                ))
            case let .text(number, bytes):
                if bytes.allSatisfy(isBlank) { continue }
                switch JSONLinesRecord.read(bytes, source: source, lineNumber: number, limits: checker.configuration.limits) {
                case let .success(listing): result.listings.append(checker.check(listing))
                case let .failure(failure): result.failures.append(failure)
                }
            }
        }
        return result
    }
}

/// Collects the results of units of work that finish in any order and hands them on in input order.
private final class ReorderBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: [AuditRunner.BatchResult]] = [:]
    private var nextIndex = 0
    private let consume: @Sendable ([AuditRunner.BatchResult]) -> Void

    init(consume: @escaping @Sendable ([AuditRunner.BatchResult]) -> Void) { self.consume = consume }

    func deliver(_ result: [AuditRunner.BatchResult], at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = result
        while let ready = waiting.removeValue(forKey: nextIndex) {
            consume(ready)
            nextIndex += 1
        }
    }
}

/// A flag that Ctrl-C (or a test) sets to stop an audit cleanly.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }
}
