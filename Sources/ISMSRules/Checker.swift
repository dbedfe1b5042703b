import ISMSModel

/// Runs every check against the criteria and returns the findings in print order.
public enum Checker {
    public static func check(_ kb: ResolvedKnowledgeBase) -> [Diagnostic] {
        // The groups only read the knowledge base, so they run on all cores; their findings
        // are joined in this fixed order, so the result never depends on timing.
        let groups: [@Sendable (ResolvedKnowledgeBase, inout Findings) -> Void] = [
            IdentityChecks.run, ReferenceChecks.run, ScaleChecks.run, RiskChecks.run,
            StatementOfApplicabilityChecks.run, DocumentChecks.run, LinkChecks.run, ConformityChecks.run,
        ]
        // Longest first, so that no core is left with a long group at the end: the link checks
        // on a knowledge base of many documents, the reference and identity checks on one of
        // many records, then risks, scales, the SoA, documents and conformity.
        let start = [6, 1, 0, 3, 2, 4, 5, 7]
        return groups.concurrentMap(order: start) { run in
            var findings = Findings()
            run(kb, &findings)
            return findings.diagnostics
        }.flatMap { $0 }
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
