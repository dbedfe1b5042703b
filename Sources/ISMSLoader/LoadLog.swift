import ISMSModel

/// Collects the diagnostics of one file as it is read; each file has its own, so files can load in parallel.
final class LoadLog {
    var diagnostics: [Diagnostic] = []

    func error(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    func warning(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }
}
