import ISMSModel

/// Prints diagnostics as compiler-style text, JSON or SARIF 2.1.0.
public struct DiagnosticReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, sarif }

    public var diagnostics: [Diagnostic]
    /// Prefix that turns knowledge-base paths into paths as the user typed them (`content/`).
    public var pathPrefix: String
    public var toolVersion: String

    public init(diagnostics: [Diagnostic], pathPrefix: String, toolVersion: String = ISMSVersion.current) {
        self.diagnostics = diagnostics
        self.pathPrefix = pathPrefix
        self.toolVersion = toolVersion
    }

    func path(_ location: SourceLocation) -> String { pathPrefix + location.file }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: return text
        case .json: return json.serialized() + "\n"
        case .sarif: return sarif.serialized() + "\n"
        }
    }

    /// `path:line:column: error: message; hint` per line, then a summary line.
    public var text: String {
        var out = ""
        for d in diagnostics {
            out += "\(path(d.location)):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.fullMessage) [\(d.code)]\n"
        }
        return out + summary + "\n"
    }

    public var summary: String {
        let e = diagnostics.errorCount, w = diagnostics.warningCount
        if e == 0 && w == 0 { return "no problems found" }
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }

    public var json: JSONValue {
        .object([
            ("diagnostics", .array(diagnostics.map { d in
                .object([
                    ("severity", .string(d.severity.rawValue)),
                    ("code", .string(d.code)),
                    ("message", .string(d.fullMessage)),
                    ("file", .string(path(d.location))),
                    ("line", .int(d.location.line)),
                    ("column", .int(d.location.column)),
                ])
            })),
            ("summary", .object([("errors", .int(diagnostics.errorCount)), ("warnings", .int(diagnostics.warningCount))])),
        ])
    }

    public var sarif: JSONValue {
        let codes = Array(Set(diagnostics.map(\.code))).sorted()
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("isms")),
                    ("version", .string(toolVersion)),
                    ("rules", .array(codes.map { .object([("id", .string($0))]) })),
                ]))])),
                ("results", .array(diagnostics.map { d in
                    .object([
                        ("ruleId", .string(d.code)),
                        ("ruleIndex", .int(codes.firstIndex(of: d.code)!)),
                        ("level", .string(d.severity.rawValue)),
                        ("message", .object([("text", .string(d.fullMessage))])),
                        ("locations", .array([.object([("physicalLocation", .object([
                            ("artifactLocation", .object([("uri", .string(path(d.location)))])),
                            ("region", .object([("startLine", .int(d.location.line)), ("startColumn", .int(d.location.column))])),
                        ]))])])),
                    ])
                })),
            ])])),
        ])
    }
}

/// The tool's version, shown in SARIF and in generated pages.
public enum ISMSVersion {
    public static let current = "0.1.0"
}
