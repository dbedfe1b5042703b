import ISMSModel
import ISMSRules

/// The risk assessment: every evaluated risk, highest value first, with counts and what was never assessed.
public struct RiskAssessmentReport: Sendable {
    public struct Row: Sendable {
        public var risk: Risk
        public var evaluation: RiskEvaluation
    }

    public var methodology: Methodology
    /// Evaluated risks by value, highest first; equal values keep register order.
    public var rows: [Row]
    /// Risks that cannot be evaluated (their asset, threat or vulnerability does not resolve).
    public var unevaluated: [Risk]
    /// How many risks have each overall value, highest value first.
    public var countsByValue: [(value: Int, count: Int)]
    public var acceptableCount: Int
    /// Assets no risk names (directly or through their group).
    public var assetsWithoutRisk: [Asset]
    public var unusedThreats: [Threat]
    public var unusedVulnerabilities: [Vulnerability]

    public init(_ kb: ResolvedKnowledgeBase) {
        let base = kb.base
        methodology = base.methodology
        // Sorted as positions and values, then made into rows: moving whole risks about in the
        // sort was most of the report's cost for tens of thousands of risks.
        let evaluated = base.risks.indices.compactMap { n in kb.evaluations[base.risks[n].id].map { (n, $0) } }
        // Evaluated risks are in register order, so their positions here break ties as the register's would.
        let values = evaluated.map(\.1.value)
        rows = evaluated.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            .map { Row(risk: base.risks[evaluated[$0].0], evaluation: evaluated[$0].1) }
        unevaluated = base.risks.filter { !kb.evaluations.keys.contains($0.id) }
        var counts: [Int: Int] = [:]
        for row in rows { counts[row.evaluation.value, default: 0] += 1 }
        countsByValue = counts.sorted { $0.key > $1.key }.map { (value: $0.key, count: $0.value) }
        acceptableCount = rows.filter(\.evaluation.acceptable).count
        let named = Set(base.risks.map(\.asset))
        assetsWithoutRisk = base.assets.filter { !named.contains($0.id) && !($0.group.map(named.contains) ?? false) }
        let threats = Set(base.risks.map(\.threat)), vulnerabilities = Set(base.risks.map(\.vulnerability))
        unusedThreats = base.threats.filter { !threats.contains($0.id) }
        unusedVulnerabilities = base.vulnerabilities.filter { !vulnerabilities.contains($0.id) }
    }
}
