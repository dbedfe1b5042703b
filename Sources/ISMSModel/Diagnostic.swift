/// How serious a finding is: errors fail `isms check`, warnings only with `--strict`.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One finding about the knowledge base, pointing at the line that caused it.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    /// A stable kebab-case identifier of the check (`unknown-key`, `dangling-reference` …).
    public var code: String
    public var message: String
    public var location: SourceLocation
    /// A suggestion that helps fix the problem, shown after the message.
    public var hint: String?

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// Message and hint as one line of text.
    public var fullMessage: String {
        hint.map { "\(message); \($0)" } ?? message
    }

}

extension Array where Element == Diagnostic {
    /// The diagnostics by place; those at the same place keep the order they were found in.
    public func inPrintOrder() -> [Diagnostic] {
        enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
