import CLibFuzzer

/// Starts libFuzzer with the program's arguments.
public enum FuzzDriver {
    /// Runs libFuzzer's loop on `callback` and returns its exit status.
    public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }
}
