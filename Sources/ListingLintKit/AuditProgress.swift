public import Foundation

/// Counts an audit's progress and shows it on standard error: on a terminal a bar with listings
/// done, listings/s and ETA (from bytes read against the inputs' total size); otherwise one line
/// every `interval` seconds.
public final class AuditProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var listings = 0
    private var bytes = 0
    private let totalBytes: Int
    private let started = Date()
    private let isTerminal: Bool
    private let interval: TimeInterval
    private var timer: (any DispatchSourceTimer)?

    /// - Parameters:
    ///   - totalBytes: the inputs' total size in bytes (0 if unknown: no ETA).
    ///   - interval: seconds between lines when standard error is not a terminal.
    public init(totalBytes: Int, interval: TimeInterval = 10) {
        self.totalBytes = totalBytes
        self.interval = interval
        isTerminal = isatty(STDERR_FILENO) == 1
    }

    func add(listings count: Int) {
        lock.lock()
        listings += count
        lock.unlock()
    }

    func add(bytes count: Int) {
        lock.lock()
        bytes += count
        lock.unlock()
    }

    /// Listings done so far.
    public var listingsDone: Int {
        lock.lock()
        defer { lock.unlock() }
        return listings
    }

    public func start() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + (isTerminal ? 0.25 : interval), repeating: isTerminal ? 0.25 : interval)
        timer.setEventHandler { [weak self] in self?.draw(final: false) }
        timer.resume()
        self.timer = timer
    }

    public func stop() {
        timer?.cancel()
        timer = nil
        draw(final: true)
    }

    private func draw(final: Bool) {
        lock.lock()
        let (done, read) = (listings, bytes)
        lock.unlock()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        var line = "\(done) listings, \(Int(rate)) listings/s, \(String(format: "%.1f", Double(read) / elapsed / 1_048_576)) MB/s"
        if totalBytes > 0 {
            let fraction = min(1, Double(read) / Double(totalBytes))
            let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line += ", \(Int(fraction * 100))%, ETA \(Self.duration(remaining))"
            if isTerminal {
                let width = 24
                let filled = Int(fraction * Double(width))
                line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] " + line
            }
        }
        let text = isTerminal ? "\r\u{1B}[2K" + line + (final ? "\n" : "") : "audit: " + line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `1h02m`, `3m05s`, `12s`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total >= 3600 { return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m" }
        if total >= 60 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total)s"
    }
}
