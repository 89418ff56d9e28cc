import Foundation
public import ListingLintCore
public import ListingLintIngest

/// Loads one input's bytes, within the size limit, turning file-system trouble into a failure.
public enum InputLoader {
    public static func load(_ input: InputSource, format: InputFormat?, limits: InputLimits) -> Result<InputDocument, InputFailure> {
        if input.isStandardInput {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return .success(InputDocument(source: input.path, bytes: [UInt8](data), format: format))
        }
        guard let handle = FileHandle(forReadingAtPath: input.path) else {
            return .failure(InputFailure(source: input.path, rule: InputRule.unreadable, message: "file cannot be opened for reading (permissions?)"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
            if data.count > limits.maxFileBytes {
                return .failure(InputFailure(
                    source: input.path,
                    rule: InputRule.tooLarge,
                    message: "file is larger than the limit of \(limits.maxFileBytes) bytes (input limit maxFileBytes)"
                ))
            }
            return .success(InputDocument(source: input.path, bytes: [UInt8](data), format: format))
        } catch {
            return .failure(InputFailure(source: input.path, rule: InputRule.unreadable, message: "file cannot be read: \(error.localizedDescription)"))
        }
    }
}
