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
        var skeletons: [String: (id: String, kind: RecordKind, at: SourceLocation)] = [:]
        let derived = Set(b.documents.filter { $0.origin.fields["id"] == nil }.map { $0.origin.at("id") })
        for entry in entries.sorted(by: { $0.at < $1.at }) {
            if let (kind, place) = first[entry.id] {
                findings.error("duplicate-id", "duplicate id '\(entry.id)': already used by the \(kind.noun) at \(place)", at: entry.at)
                continue
            }
            first[entry.id] = (entry.kind, entry.at)
            // A document without an id takes its file's name, which may hold anything a file system allows.
            if entry.kind == .document, derived.contains(entry.at) { continue }
            if let problem = IdentifierForm.problem(with: entry.id) {
                findings.error("invalid-id", problem, at: entry.at, hint: "ids appear in links and file names; write it like 'R-012'")
                continue
            }
            let skeleton = IdentifierForm.skeleton(entry.id)
            if let other = skeletons[skeleton] {
                findings.error("lookalike-id", "id \(IdentifierForm.described(entry.id)) can be mistaken for \(IdentifierForm.described(other.id)), the \(other.kind.noun) at \(other.at)",
                               at: entry.at, hint: "rename one of them: ids that differ only in case or in look-alike letters are mixed up")
            } else {
                skeletons[skeleton] = (entry.id, entry.kind, entry.at)
            }
        }
        // A risk names an asset or a group in one field: a group named like a record is ambiguous,
        // and one named after its own member would contain itself.
        var named: Set<String> = []
        for asset in b.assets {
            guard let group = asset.group, let kind = kb.kinds[group], named.insert(group).inserted else { continue }
            let message = group == asset.id ? "asset '\(asset.id)' is put in a group named after itself"
                : "asset group '\(group)' has the name of the \(kind.noun) '\(group)'"
            findings.error("group-name-clash", message, at: asset.origin.at("group"), hint: "give the group a name of its own")
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
