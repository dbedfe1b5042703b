import ISMSModel

/// Ids are unique across the knowledge base; each control is decided once in the SoA.
enum IdentityChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let b = kb.base
        // Most ids are unique: find the repeated ones first, so that only their records are
        // listed and sorted (listing all of them was tens of megabytes on a large knowledge base).
        var seen: Set<String> = []
        var repeated: Set<String> = []
        let ids: [[String]] = [
            b.documents.map(\.id), b.assets.map(\.id), b.threats.map(\.id), b.vulnerabilities.map(\.id), b.risks.map(\.id),
            b.people.map(\.id), b.roles.map(\.id), b.training.map(\.id), b.audits.map(\.id), b.reviews.map(\.id),
            b.incidents.map(\.id), b.nonconformities.map(\.id), b.objectives.map(\.id),
        ]
        for list in ids { for id in list where !seen.insert(id).inserted { repeated.insert(id) } }
        var entries: [(id: String, kind: RecordKind, at: SourceLocation)] = []
        func add<T>(_ records: [T], _ kind: RecordKind, _ id: (T) -> String, _ origin: (T) -> Origin) {
            for r in records where repeated.contains(id(r)) { entries.append((id(r), kind, origin(r).at("id"))) }
        }
        add(b.documents, .document, \.id, \.origin)
        add(b.assets, .asset, \.id, \.origin)
        add(b.threats, .threat, \.id, \.origin)
        add(b.vulnerabilities, .vulnerability, \.id, \.origin)
        add(b.risks, .risk, \.id, \.origin)
        add(b.people, .person, \.id, \.origin)
        add(b.roles, .role, \.id, \.origin)
        add(b.training, .training, \.id, \.origin)
        add(b.audits, .audit, \.id, \.origin)
        add(b.reviews, .review, \.id, \.origin)
        add(b.incidents, .incident, \.id, \.origin)
        add(b.nonconformities, .nonconformity, \.id, \.origin)
        add(b.objectives, .objective, \.id, \.origin)
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
