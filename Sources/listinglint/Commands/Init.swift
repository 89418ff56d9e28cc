import ArgumentParser
import Foundation
import ListingLintConfig

/// `listinglint init`: write a commented default `.listinglint.yml`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented default .listinglint.yml into a directory."
    )

    @Argument(help: "Directory to write .listinglint.yml into.")
    var directory: String = "."

    @Flag(help: "Overwrite an existing .listinglint.yml.")
    var force = false

    func run() throws {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(ConfigurationResolver.fileName).path
        if FileManager.default.fileExists(atPath: path), !force {
            FileHandle.standardError.write(Data("\(path) already exists; use --force to overwrite it\n".utf8))
            throw ExitCode(2)
        }
        do {
            try Data(ConfigurationTemplate.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("cannot write \(path): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        print("wrote \(path)")
    }
}
