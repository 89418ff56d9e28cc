import ArgumentParser
import Foundation
import ListingLintKit

extension ListingLintCommand {
    /// Runs the command, mapping command-line errors to exit code 2 (ArgumentParser's default is 64)
    /// so CI sees the documented codes: 0 clean, 1 findings, 2 input or usage errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usageError)
            }
            exit(withError: error)
        }
    }
}
