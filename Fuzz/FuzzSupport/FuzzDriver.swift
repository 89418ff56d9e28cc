#if canImport(Glibc)
    import Glibc
#endif

/// libFuzzer's driver, entered from a Swift `@main`.
///
/// SwiftPM links an executable target's entry point under its own name, so libFuzzer's `main`
/// cannot be the program's; each fuzz target's `@main` calls `LLVMFuzzerRunDriver` (libFuzzer's
/// public API for this, LLVM 12 and later) with its `LLVMFuzzerTestOneInput`.
public enum FuzzDriver {
    /// A libFuzzer test callback: the input's bytes and count; returns 0.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the process's arguments and exits with its status.
    public static func run(_ testOneInput: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzDriver.TestOneInput
) -> CInt
