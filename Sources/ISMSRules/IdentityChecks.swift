import ISMSModel

/// Ids are unique across the knowledge base; each control is decided once in the SoA.
enum IdentityChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let b = kb.base
        // Most ids are unique: find the repeated ones first, so that only their records are
        // listed and sorted (listing all of them was tens of megabytes on a large knowledge base).
        var seen: Set<String> = []
        var repeated: Set<String> = []
        // Ids first, read without copying the records; a record is looked at only when its id repeats.
        let ids = (
            documents: b.documents.map { $0.id }, assets: b.assets.map { $0.id }, threats: b.threats.map { $0.id },
            vulnerabilities: b.vulnerabilities.map { $0.id }, risks: b.risks.map { $0.id }, people: b.people.map { $0.id },
            roles: b.roles.map { $0.id }, training: b.training.map { $0.id }, audits: b.audits.map { $0.id },
            reviews: b.reviews.map { $0.id }, incidents: b.incidents.map { $0.id },
            nonconformities: b.nonconformities.map { $0.id }, objectives: b.objectives.map { $0.id }
        )
        for list in [ids.documents, ids.assets, ids.threats, ids.vulnerabilities, ids.risks, ids.people, ids.roles, ids.training,
                     ids.audits, ids.reviews, ids.incidents, ids.nonconformities, ids.objectives] {
            for id in list where !seen.insert(id).inserted { repeated.insert(id) }
        }
        var entries: [(id: String, kind: RecordKind, at: SourceLocation)] = []
        func add<T>(_ records: [T], _ kind: RecordKind, _ ids: [String], _ origin: (T) -> Origin) {
            for (i, id) in ids.enumerated() where repeated.contains(id) { entries.append((id, kind, origin(records[i]).at("id"))) }
        }
        if !repeated.isEmpty {
            add(b.documents, .document, ids.documents) { $0.origin }
            add(b.assets, .asset, ids.assets) { $0.origin }
            add(b.threats, .threat, ids.threats) { $0.origin }
            add(b.vulnerabilities, .vulnerability, ids.vulnerabilities) { $0.origin }
            add(b.risks, .risk, ids.risks) { $0.origin }
            add(b.people, .person, ids.people) { $0.origin }
            add(b.roles, .role, ids.roles) { $0.origin }
            add(b.training, .training, ids.training) { $0.origin }
            add(b.audits, .audit, ids.audits) { $0.origin }
            add(b.reviews, .review, ids.reviews) { $0.origin }
            add(b.incidents, .incident, ids.incidents) { $0.origin }
            add(b.nonconformities, .nonconformity, ids.nonconformities) { $0.origin }
            add(b.objectives, .objective, ids.objectives) { $0.origin }
        }
        var first: [String: (RecordKind, SourceLocation)] = [:]
        for entry in entries.sorted(by: { $0.at < $1.at }) {
            if let (kind, place) = first[entry.id] {
                findings.error("duplicate-id", "duplicate id '\(entry.id)': already used by the \(kind.noun) at \(place)", at: entry.at)
                continue
            }
            first[entry.id] = (entry.kind, entry.at)
        }
        // Each id once (a repeated one where it is first written): its form, and whether a reader
        // could take it for another. Locations are looked up only for ids with a finding.
        var checked: Set<String> = []
        var bySkeleton: [String: [String]] = [:]
        var holders: [String: (kind: RecordKind, index: Int)] = [:]
        // Where an id is written: where it is first written when it repeats.
        func place(_ id: String, _ kind: RecordKind, _ index: Int) -> (RecordKind, SourceLocation) {
            if let (kind, at) = first[id] { return (kind, at) }
            let origin: Origin
            switch kind {
            case .document: origin = b.documents[index].origin
            case .asset: origin = b.assets[index].origin
            case .threat: origin = b.threats[index].origin
            case .vulnerability: origin = b.vulnerabilities[index].origin
            case .risk: origin = b.risks[index].origin
            case .person: origin = b.people[index].origin
            case .role: origin = b.roles[index].origin
            case .training: origin = b.training[index].origin
            case .audit: origin = b.audits[index].origin
            case .review: origin = b.reviews[index].origin
            case .incident: origin = b.incidents[index].origin
            case .nonconformity: origin = b.nonconformities[index].origin
            case .objective: origin = b.objectives[index].origin
            case .control, .soa: origin = Origin(SourceLocation(file: ""))
            }
            return (kind, origin.at("id"))
        }
        func visit(_ kind: RecordKind, _ ids: [String], skip: (Int) -> Bool = { _ in false }) {
            for (i, id) in ids.enumerated() where checked.insert(id).inserted {
                if skip(i) { continue }
                if let problem = IdentifierForm.problem(with: id) {
                    findings.error("invalid-id", problem, at: place(id, kind, i).1, hint: "ids appear in links and file names; write it like 'R-012'")
                    continue
                }
                bySkeleton[IdentifierForm.skeleton(id), default: []].append(id)
                holders[id] = (kind, i)
            }
        }
        // A document without an id takes its file's name, which may hold anything a file system allows.
        visit(.document, ids.documents, skip: { b.documents[$0].origin.fields["id"] == nil })
        visit(.asset, ids.assets)
        visit(.threat, ids.threats)
        visit(.vulnerability, ids.vulnerabilities)
        visit(.risk, ids.risks)
        visit(.person, ids.people)
        visit(.role, ids.roles)
        visit(.training, ids.training)
        visit(.audit, ids.audits)
        visit(.review, ids.reviews)
        visit(.incident, ids.incidents)
        visit(.nonconformity, ids.nonconformities)
        visit(.objective, ids.objectives)
        // Within a group of look-alikes the id written first stands; each later one is reported.
        for (_, group) in bySkeleton where group.count > 1 {
            let placed = group.map { id -> (id: String, kind: RecordKind, at: SourceLocation) in
                let (kind, at) = place(id, holders[id]!.kind, holders[id]!.index)
                return (id, kind, at)
            }.sorted { $0.at < $1.at }
            let other = placed[0]
            for entry in placed.dropFirst() {
                findings.error("lookalike-id", "id \(IdentifierForm.described(entry.id)) can be mistaken for \(IdentifierForm.described(other.id)), the \(other.kind.noun) at \(other.at)",
                               at: entry.at, hint: "rename one of them: ids that differ only in case or in look-alike letters are mixed up")
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
