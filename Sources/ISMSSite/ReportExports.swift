import ISMSModel
import ISMSReports
import ISMSRules

/// The reports as tables for CSV and JSON: one row per control, plan item or person.
extension ExportTable {
    /// One row per catalogue control, in catalogue order, with the SoA decision and its findings.
    static func soa(_ soa: StatementOfApplicabilityReport) -> ExportTable {
        ExportTable(
            columns: ["control", "title", "theme", "applicable", "reasons", "risks", "justification", "status", "documents", "evidence", "findings", "requirements"],
            rows: soa.themes.flatMap { theme in
                theme.entries.map { e in
                    let d = e.decision
                    return [.string(e.control.id), .string(e.control.title), .string("\(theme.theme.id) \(theme.theme.name)"),
                            d.map { .bool($0.applicable) } ?? .null, .strings(d?.reasons.map(\.rawValue) ?? []), .strings(e.risks),
                            .optional(d?.justification), .optional(d?.status?.rawValue), .strings(e.documents), .strings(d?.evidence ?? []),
                            .strings(e.findings), .strings(e.requirements.map { "\($0.catalogue) \($0.id)" })]
                }
            }
        )
    }

    /// One row per plan item of every risk above the criteria (a risk without items gets one row), in plan order.
    static func plan(_ plan: TreatmentPlanReport) -> ExportTable {
        ExportTable(
            columns: ["risk", "title", "value", "treatment", "transfer_to", "controls", "action", "owner", "due", "priority", "status",
                      "overdue", "residual_value", "residual_acceptable", "outcome", "accepted_by", "accepted_on"],
            rows: plan.entries.flatMap { e -> [[JSONValue]] in
                let accepted: RiskAcceptance?
                if case .accepted(let a) = e.outcome { accepted = a } else { accepted = nil }
                let risk: [JSONValue] = [.string(e.risk.id), .optional(e.risk.title), .int(e.evaluation.value), .optional(e.risk.treatment?.rawValue),
                                         .optional(e.risk.transferTo), .strings(e.risk.controls)]
                let after: [JSONValue] = [e.residual.map { .int($0.value) } ?? .null, e.residual.map { .bool($0.acceptable) } ?? .null,
                                          .string(outcomeCode(e.outcome)), .optional(accepted?.by), date(accepted?.date)]
                guard !e.items.isEmpty else { return [risk + [.null, .null, .null, .null, .null, .bool(false)] + after] }
                return e.items.map { x in
                    risk + [.string(x.item.action), .optional(x.item.owner), date(x.item.due), .optional(x.item.priority?.rawValue),
                            .string(x.item.status.rawValue), .bool(x.overdue)] + after
                }
            }
        )
    }

    /// A stable, language-free name for each outcome.
    static func outcomeCode(_ o: TreatmentPlanReport.Outcome) -> String {
        switch o {
        case .avoided: return "avoided"
        case .acceptable: return "acceptable"
        case .accepted: return "accepted"
        case .unaccepted: return "unaccepted"
        case .residualMissing: return "residual-missing"
        case .untreated: return "untreated"
        }
    }

    /// One row per person; a column per competence holding held, expiring, expired, missing or null (not required).
    static func trainingMatrix(_ matrix: TrainingMatrixReport) -> ExportTable {
        ExportTable(
            columns: ["person", "name"] + matrix.competences,
            rows: matrix.rows.map { row in
                [.string(row.person.id), .string(row.person.name)] + row.cells.map { $0.map { .string($0.state.rawValue) } ?? .null }
            }
        )
    }
}
