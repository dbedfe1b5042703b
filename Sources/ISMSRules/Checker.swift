import ISMSModel

/// Runs every check against the criteria and returns the findings in print order.
public enum Checker {
    public static func check(_ kb: ResolvedKnowledgeBase) -> [Diagnostic] {
        var findings = Findings()
        IdentityChecks.run(kb, &findings)
        ReferenceChecks.run(kb, &findings)
        ScaleChecks.run(kb, &findings)
        RiskChecks.run(kb, &findings)
        StatementOfApplicabilityChecks.run(kb, &findings)
        DocumentChecks.run(kb, &findings)
        LinkChecks.run(kb, &findings)
        ConformityChecks.run(kb, &findings)
        return findings.diagnostics
    }
}

/// The diagnostics a run of checks collects.
struct Findings {
    var diagnostics: [Diagnostic] = []

    mutating func error(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    mutating func warning(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }
}
