import ISMSModel

/// Ids are unique across the knowledge base; each control is decided once in the SoA.
enum IdentityChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let b = kb.base
        var entries: [(id: String, kind: RecordKind, at: SourceLocation)] = []
        entries += b.documents.map { ($0.id, .document, $0.origin.at("id")) }
        entries += b.assets.map { ($0.id, .asset, $0.origin.at("id")) }
        entries += b.threats.map { ($0.id, .threat, $0.origin.at("id")) }
        entries += b.vulnerabilities.map { ($0.id, .vulnerability, $0.origin.at("id")) }
        entries += b.risks.map { ($0.id, .risk, $0.origin.at("id")) }
        entries += b.people.map { ($0.id, .person, $0.origin.at("id")) }
        entries += b.roles.map { ($0.id, .role, $0.origin.at("id")) }
        entries += b.training.map { ($0.id, .training, $0.origin.at("id")) }
        entries += b.audits.map { ($0.id, .audit, $0.origin.at("id")) }
        entries += b.reviews.map { ($0.id, .review, $0.origin.at("id")) }
        entries += b.incidents.map { ($0.id, .incident, $0.origin.at("id")) }
        entries += b.nonconformities.map { ($0.id, .nonconformity, $0.origin.at("id")) }
        entries += b.objectives.map { ($0.id, .objective, $0.origin.at("id")) }
        var first: [String: (RecordKind, SourceLocation)] = [:]
        for entry in entries.sorted(by: { $0.at < $1.at }) {
            if let (kind, place) = first[entry.id] {
                findings.error("duplicate-id", "duplicate id '\(entry.id)': already used by the \(kind.noun) at \(place)", at: entry.at)
            } else {
                first[entry.id] = (entry.kind, entry.at)
            }
        }
        var decided: [String: SourceLocation] = [:]
        for decision in b.soa.sorted(by: { $0.origin.location < $1.origin.location }) {
            let at = decision.origin.at("control")
            if let place = decided[decision.control] {
                findings.error("duplicate-id", "control \(decision.control) is decided twice in the SoA: first at \(place)", at: at)
            } else {
                decided[decision.control] = at
            }
        }
    }
}
