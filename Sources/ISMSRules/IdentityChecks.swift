import ISMSModel

/// Ids are unique across the knowledge base; each control is decided once in the SoA.
enum IdentityChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let b = kb.base
        // Every register once, in the order ids are checked: its kind, its ids (read without
        // copying the records) and where a record is written, looked at only when needed.
        let registers: [(kind: RecordKind, ids: [String], origin: (Int) -> Origin)] = [
            (.document, b.documents.map(\.id), { b.documents[$0].origin }),
            (.asset, b.assets.map(\.id), { b.assets[$0].origin }),
            (.threat, b.threats.map(\.id), { b.threats[$0].origin }),
            (.vulnerability, b.vulnerabilities.map(\.id), { b.vulnerabilities[$0].origin }),
            (.risk, b.risks.map(\.id), { b.risks[$0].origin }),
            (.person, b.people.map(\.id), { b.people[$0].origin }),
            (.role, b.roles.map(\.id), { b.roles[$0].origin }),
            (.training, b.training.map(\.id), { b.training[$0].origin }),
            (.audit, b.audits.map(\.id), { b.audits[$0].origin }),
            (.review, b.reviews.map(\.id), { b.reviews[$0].origin }),
            (.incident, b.incidents.map(\.id), { b.incidents[$0].origin }),
            (.nonconformity, b.nonconformities.map(\.id), { b.nonconformities[$0].origin }),
            (.objective, b.objectives.map(\.id), { b.objectives[$0].origin }),
        ]
        // Most ids are unique: find the repeated ones first, so that only their records are
        // listed and sorted (listing all of them was tens of megabytes on a large knowledge base).
        var seen: Set<String> = []
        var repeated: Set<String> = []
        for register in registers {
            for id in register.ids where !seen.insert(id).inserted { repeated.insert(id) }
        }
        var entries: [(id: String, kind: RecordKind, at: SourceLocation)] = []
        if !repeated.isEmpty {
            for register in registers {
                for (i, id) in register.ids.enumerated() where repeated.contains(id) {
                    entries.append((id, register.kind, register.origin(i).at("id")))
                }
            }
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
        var holders: [String: (register: Int, index: Int)] = [:]
        // Where an id is written: where it is first written when it repeats.
        func place(_ id: String, _ register: Int, _ index: Int) -> (RecordKind, SourceLocation) {
            if let (kind, at) = first[id] { return (kind, at) }
            return (registers[register].kind, registers[register].origin(index).at("id"))
        }
        for (r, register) in registers.enumerated() {
            for (i, id) in register.ids.enumerated() where checked.insert(id).inserted {
                // A document without an id takes its file's name, which may hold anything a file system allows.
                if register.kind == .document && b.documents[i].origin.fields["id"] == nil { continue }
                if let problem = IdentifierForm.problem(with: id) {
                    findings.error("invalid-id", problem, at: place(id, r, i).1, hint: "ids appear in links and file names; write it like 'R-012'")
                    continue
                }
                bySkeleton[IdentifierForm.skeleton(id), default: []].append(id)
                holders[id] = (r, i)
            }
        }
        // Within a group of look-alikes the id written first stands; each later one is reported.
        for (_, group) in bySkeleton where group.count > 1 {
            let placed = group.map { id -> (id: String, kind: RecordKind, at: SourceLocation) in
                let (kind, at) = place(id, holders[id]!.register, holders[id]!.index)
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
