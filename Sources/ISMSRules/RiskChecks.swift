import ISMSModel

/// Risk treatment rules: what is above the acceptance level is treated, treatments are
/// complete, and residual risk above the level is accepted by management.
enum RiskChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let acceptance = kb.base.methodology.acceptance
        for r in kb.base.risks {
            if let vuln = kb.vulnerabilities[r.vulnerability], kb.threats.keys.contains(r.threat), !vuln.threats.isEmpty, !vuln.threats.contains(r.threat) {
                findings.warning("unrelated-threat", "risk '\(r.id)' pairs threat '\(r.threat)' with vulnerability '\(r.vulnerability)', which does not list it",
                                 at: r.origin.at("vulnerability"), hint: "add '\(r.threat)' to the vulnerability's threats if the pairing is real")
            }
            switch r.treatment {
            case .reduce? where r.controls.isEmpty:
                findings.error("reduce-without-controls", "risk '\(r.id)' is treated by reduce but names no controls", at: r.origin.at("treatment"),
                               hint: "list the controls that lower it under 'controls'")
            case .transfer? where (r.transferTo ?? "").isEmpty:
                findings.error("transfer-without-contract", "risk '\(r.id)' is transferred but names no contract or insurance", at: r.origin.at("treatment"),
                               hint: "name it under 'transfer_to'")
            case .transfer? where !r.controls.contains(where: { supplierControls(kb.base.catalog).contains(Catalog.canonicalControlID($0)) }):
                // The organisation stays accountable for a transferred risk: a supplier control must cover the party that carries it.
                findings.warning("transfer-without-supplier-control", "risk '\(r.id)' is transferred but names no control that covers the supplier",
                                 at: r.origin.at("treatment"),
                                 hint: "add the supplier controls that apply, e.g. " + supplierControls(kb.base.catalog).sorted().prefix(2).joined(separator: " or "))
            default: break
            }
            guard let evaluation = kb.evaluations[r.id], !evaluation.acceptable else { continue }
            let reason = why(evaluation, acceptance)
            guard let treatment = r.treatment else {
                findings.error("untreated-risk", "risk '\(r.id)' is not acceptable (\(reason)) but has no treatment", at: r.origin.location,
                               hint: "choose 'treatment: reduce', 'retain', 'avoid' or 'transfer'")
                continue
            }
            let after: RiskEvaluation?
            switch treatment {
            case .avoid: after = nil
            case .retain: after = kb.residualEvaluations[r.id] ?? evaluation
            case .reduce, .transfer:
                after = kb.residualEvaluations[r.id]
                if after == nil {
                    findings.warning("residual-missing", "risk '\(r.id)' is treated by \(treatment.rawValue) but records no residual values",
                                     at: r.origin.at("treatment"), hint: "add 'residual:' with the ratings expected after treatment")
                }
            }
            if let after, !after.acceptable, r.acceptance == nil {
                let field = r.residual != nil ? "residual" : "treatment"
                findings.error("residual-unaccepted", "residual risk of '\(r.id)' is still not acceptable (\(why(after, acceptance))) and management has not accepted it",
                               at: r.origin.at(field), hint: "record 'acceptance: {by: …, date: …}' or treat the risk further")
            }
        }
    }

    /// The controls on supplier relationships in the catalogue in force.
    static func supplierControls(_ catalog: Catalog) -> Set<String> {
        if catalog.id == Catalog.annexA2013.id { return Set(catalog.controls(inTheme: "15").map(\.id)) }
        return ["A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.23"]
    }

    /// Why an evaluation is not acceptable, e.g. "C 36 > 9; C asset value 4 is always treated".
    static func why(_ evaluation: RiskEvaluation, _ criteria: AcceptanceCriteria) -> String {
        evaluation.elements.filter { !$0.acceptable }.map { e in
            if criteria.comparison.holds(e.value, criteria.threshold) {
                return "\(e.element.rawValue) \(e.value), asset value \(e.assetValue) is always treated"
            }
            let negated = criteria.comparison == .lessOrEqual ? ">" : "≥"
            return "\(e.element.rawValue) \(e.value) \(negated) \(criteria.threshold)"
        }.joined(separator: ", ")
    }
}
