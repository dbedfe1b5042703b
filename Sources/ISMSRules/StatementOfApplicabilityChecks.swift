import ISMSModel

/// Every catalogue control is decided; exclusions are justified; excluded controls are not relied on.
enum StatementOfApplicabilityChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let catalog = kb.base.catalog
        for d in kb.base.soa {
            if catalog.control(d.control) == nil {
                let hint = Suggestion.closest(to: d.control, in: catalog.controls.map(\.id)).map { "did you mean '\($0)'?" }
                    ?? "give it a 'title' to add it as a control of your own"
                findings.error("soa-unknown-control", "SoA decision on '\(d.control)', which is not a control of \(catalog.title)", at: d.origin.at("control"), hint: hint)
            }
            if !d.applicable, (d.justification ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                findings.error("exclusion-unjustified", "control \(d.control) is excluded without a justification", at: d.origin.at("applicable"),
                               hint: "say why under 'justification'")
            }
        }
        // Missing decisions point at the first SoA file, or at isms.yaml when there is none.
        let at = kb.base.soa.map(\.origin.location).min() ?? kb.base.settings.origin.location
        for control in catalog.controls where !kb.decisions.keys.contains(control.id) {
            findings.error("soa-missing", "the SoA has no decision on control \(control.id) (\(control.title))", at: at,
                           hint: "add '- control: \(control.id)' with 'applicable:' to a file in soa/")
        }
        for r in kb.base.risks {
            for (i, control) in r.controls.enumerated() {
                guard let decision = kb.decisions[control], !decision.applicable else { continue }
                findings.error("excluded-control-used", "risk '\(r.id)' is treated with control \(control), which the SoA excludes",
                               at: r.origin.at("controls.\(i)"), hint: "the SoA decision is at \(decision.origin.location)")
            }
        }
    }
}
