import ISMSModel
import ISMSRules

/// The risk treatment plan: every risk that is not acceptable, what is done about it, and what is left.
public struct TreatmentPlanReport: Sendable {
    /// Where a risk stands after its treatment against the acceptance criteria.
    public enum Outcome: Hashable, Sendable {
        /// The activity is given up, so the risk goes away.
        case avoided
        /// The residual risk meets the acceptance criteria.
        case acceptable
        /// Above the criteria and accepted by management.
        case accepted(RiskAcceptance)
        /// Above the criteria and nobody has accepted it: a finding.
        case unaccepted
        /// No residual values recorded for a reduction or transfer: a finding.
        case residualMissing
        /// No treatment chosen at all: a finding.
        case untreated
    }

    public struct Entry: Sendable {
        public var risk: Risk
        public var evaluation: RiskEvaluation
        /// The rating expected after treatment (the original rating for a retained risk without one).
        public var residual: RiskEvaluation?
        public var outcome: Outcome
        /// Plan items in plan order, with whether each is overdue on the reference date.
        public var items: [(item: PlanItem, overdue: Bool)]
        /// The highest priority among open items; nil when none is set.
        public var priority: Priority?
        /// The earliest due date among open items.
        public var nextDue: CalendarDate?
    }

    /// Entries ordered by priority (high first, unset last), then earliest open due date, then register order.
    public var entries: [Entry]

    public init(_ kb: ResolvedKnowledgeBase) {
        var entries: [(Int, Entry)] = []
        for (n, r) in kb.base.risks.enumerated() {
            guard let evaluation = kb.evaluations[r.id], !evaluation.acceptable else { continue }
            let residual: RiskEvaluation?
            let outcome: Outcome
            switch r.treatment {
            case nil:
                (residual, outcome) = (nil, .untreated)
            case .avoid?:
                (residual, outcome) = (kb.residualEvaluations[r.id], .avoided)
            case .retain?:
                residual = kb.residualEvaluations[r.id] ?? evaluation
                outcome = Self.outcome(residual!, r.acceptance)
            case .reduce?, .transfer?:
                residual = kb.residualEvaluations[r.id]
                outcome = residual.map { Self.outcome($0, r.acceptance) } ?? .residualMissing
            }
            let open = r.plan.filter { $0.status != .done && $0.status != .cancelled }
            let items = r.plan.map { item in
                (item: item, overdue: item.status != .done && item.status != .cancelled && (item.due.map { $0 < kb.asOf } ?? false))
            }
            entries.append((n, Entry(risk: r, evaluation: evaluation, residual: residual, outcome: outcome, items: items,
                                     priority: open.compactMap(\.priority).min(), nextDue: open.compactMap(\.due).min())))
        }
        // Sorted by keys worked out once, moving small tuples rather than whole entries: for
        // tens of thousands of risks, sorting the entries themselves was most of the report.
        // Read by position: a closure that takes each (n, entry) apart copies the whole entry.
        let keys = entries.indices.map { i in
            (priority: entries[i].1.priority.map { Priority.allCases.firstIndex(of: $0)! } ?? Priority.allCases.count,
             due: entries[i].1.nextDue?.dayNumber ?? Int.max, n: entries[i].0)
        }
        self.entries = entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0].1 }
    }

    static func outcome(_ residual: RiskEvaluation, _ acceptance: RiskAcceptance?) -> Outcome {
        if residual.acceptable { return .acceptable }
        return acceptance.map { .accepted($0) } ?? .unaccepted
    }
}
