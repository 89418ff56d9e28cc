import Foundation
import ListingLintCore
import ListingLintKit

/// One `Linter` per set of jurisdictions, built on first use and kept: building a checker loads the
/// rule packs, which a request should not pay for.
final class LinterCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var linters: [Set<String>: Linter] = [:]

    func linter(for jurisdictions: Set<String>) -> Linter {
        lock.withLock {
            if let linter = linters[jurisdictions] { return linter }
            let linter = Linter(configuration: LintConfiguration(jurisdictions: jurisdictions))
            linters[jurisdictions] = linter
            return linter
        }
    }
}
