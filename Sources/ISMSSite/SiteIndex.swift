import ISMSModel
import ISMSRules

/// A reference from one record to another, as shown under "referenced by".
struct Referrer: Hashable, Sendable {
    var kind: RecordKind
    var id: String
}

/// The relations pages show in both directions, computed once per build so that
/// each page looks up its neighbours instead of scanning every register. What documents
/// contribute is kept apart, so that after an edit of documents only that part is redone.
struct SiteIndex: Sendable {
    private(set) var risksByAsset = Grouped<Risk>()
    private(set) var risksByThreat = Grouped<Risk>()
    private(set) var risksByVulnerability = Grouped<Risk>()
    private(set) var risksByControl = Grouped<Risk>()
    private(set) var vulnerabilitiesByThreat = Grouped<Vulnerability>()
    private(set) var incidentsByAsset = Grouped<Incident>()
    private(set) var trainingByPerson = Grouped<TrainingRecord>()
    private(set) var peopleByRole = Grouped<Person>()
    /// What each person or role owns or approves, from the records listed before documents
    /// (risks, assets), from documents, and from those after (reviews, nonconformities, objectives).
    private var ownedFirst: [String: [Referrer]] = [:]
    private var ownedLast: [String: [Referrer]] = [:]
    /// Who refers to each record, by kind and id: records by the fields that name other records.
    private var recordReferrers: [Referrer: [Referrer]] = [:]
    private var titles: [Referrer: String] = [:]
    private var documents = DocumentRelations()

    /// What documents add: their titles, what they name, what their owners and approvers own.
    struct DocumentRelations: Sendable {
        var titles: [String: String] = [:]
        var referrers: [Referrer: [Referrer]] = [:]
        var owned: [String: [Referrer]] = [:]

        init() {}

        init(_ kb: ResolvedKnowledgeBase) {
            // What each document names is worked out on all cores; gathering it stays in
            // document order, so every list is the same from build to build.
            let named = kb.base.documents.concurrentMap { d -> [Referrer] in
                let me = Referrer(kind: .document, id: d.id)
                var targets: [Referrer] = d.controls.map { Referrer(kind: .control, id: $0) } + d.risks.map { Referrer(kind: .risk, id: $0) }
                let linked = kb.linkTargets(of: d)
                for n in d.links.indices {
                    switch linked[link: n, in: kb] {
                    case .document(let id, _) where id != d.id: targets.append(Referrer(kind: .document, id: id))
                    case let .record(kind, id): targets.append(Referrer(kind: kind, id: id))
                    default: break
                    }
                }
                return targets.filter { $0 != me }
            }
            // The three tables are filled on two cores: alone, this was the longest stretch of
            // setting up the site on one core.
            let documents = kb.base.documents
            (referrers, (titles, owned)) = concurrently({
                var referrers: [Referrer: [Referrer]] = [:]
                for (d, targets) in zip(documents, named) {
                    let me = Referrer(kind: .document, id: d.id)
                    for target in targets { referrers[target, default: []].append(me) }
                }
                return referrers
            }, {
                var titles: [String: String] = [:], owned: [String: [Referrer]] = [:]
                titles.reserveCapacity(documents.count)
                for d in documents {
                    titles[d.id] = d.title
                    let me = Referrer(kind: .document, id: d.id)
                    if let owner = d.owner { owned[owner, default: []].append(me) }
                    if let approver = d.approver, approver != d.owner { owned[approver, default: []].append(me) }
                }
                return (titles, owned)
            })
        }
    }

    init(_ kb: ResolvedKnowledgeBase) {
        self.init(records: kb)
        documents = DocumentRelations(kb)
    }

    /// This index with what documents add taken anew from `kb`, whose records must be those
    /// this index was made from.
    func replacingDocuments(from kb: ResolvedKnowledgeBase) -> SiteIndex {
        var index = self
        index.documents = DocumentRelations(kb)
        return index
    }

    private init(records kb: ResolvedKnowledgeBase) {
        let base = kb.base
        for grouped in [\SiteIndex.risksByAsset, \.risksByThreat, \.risksByVulnerability, \.risksByControl] { self[keyPath: grouped].records = base.risks }
        vulnerabilitiesByThreat.records = base.vulnerabilities
        incidentsByAsset.records = base.incidents
        trainingByPerson.records = base.training
        peopleByRole.records = base.people
        // The registers' records are read where they are, field by field: `for risk in risks`
        // copied each one, retaining every reference it holds, on one core.
        let risks = base.risks
        for n in risks.indices {
            risksByAsset.add(n, to: risks[n].asset)
            risksByThreat.add(n, to: risks[n].threat)
            risksByVulnerability.add(n, to: risks[n].vulnerability)
            for control in Set(risks[n].controls.map(Catalog.canonicalControlID)).sorted() { risksByControl.add(n, to: control) }
            if let owner = risks[n].owner { ownedFirst[owner, default: []].append(Referrer(kind: .risk, id: risks[n].id)) }
            titles[Referrer(kind: .risk, id: risks[n].id)] = risks[n].title ?? ""
        }
        for (n, v) in base.vulnerabilities.enumerated() {
            for t in v.threats { vulnerabilitiesByThreat.add(n, to: t) }
            titles[Referrer(kind: .vulnerability, id: v.id)] = v.name
        }
        let assets = base.assets
        for n in assets.indices {
            if let owner = assets[n].owner { ownedFirst[owner, default: []].append(Referrer(kind: .asset, id: assets[n].id)) }
            titles[Referrer(kind: .asset, id: assets[n].id)] = assets[n].name
        }
        for t in base.threats { titles[Referrer(kind: .threat, id: t.id)] = t.name }
        for c in base.catalog.controls { titles[Referrer(kind: .control, id: c.id)] = c.title }
        for (n, p) in base.people.enumerated() {
            titles[Referrer(kind: .person, id: p.id)] = p.name
            for r in p.roles { peopleByRole.add(n, to: r) }
        }
        for r in base.roles { titles[Referrer(kind: .role, id: r.id)] = r.name }
        let training = base.training
        for n in training.indices {
            trainingByPerson.add(n, to: training[n].person)
            titles[Referrer(kind: .training, id: training[n].id)] = training[n].course
        }
        for a in base.audits {
            titles[Referrer(kind: .audit, id: a.id)] = a.title
            refer(Referrer(kind: .audit, id: a.id), to: (a.controls + a.findings.flatMap(\.controls)).map { Referrer(kind: .control, id: Catalog.canonicalControlID($0)) }
                + a.findings.compactMap(\.nonconformity).map { Referrer(kind: .nonconformity, id: $0) })
        }
        for r in base.reviews {
            titles[Referrer(kind: .review, id: r.id)] = r.title
            for item in r.actions { if let owner = item.owner { own(owner, .review, r.id) } }
        }
        for (n, i) in base.incidents.enumerated() {
            titles[Referrer(kind: .incident, id: i.id)] = i.title
            for a in i.assets { incidentsByAsset.add(n, to: a) }
            refer(Referrer(kind: .incident, id: i.id), to: (i.failedControls + i.additionalControls).map { Referrer(kind: .control, id: Catalog.canonicalControlID($0)) }
                + (i.nonconformity.map { [Referrer(kind: .nonconformity, id: $0)] } ?? []))
        }
        for n in base.nonconformities {
            titles[Referrer(kind: .nonconformity, id: n.id)] = n.title
            for action in n.actions { if let owner = action.owner { own(owner, .nonconformity, n.id) } }
        }
        for o in base.objectives {
            titles[Referrer(kind: .objective, id: o.id)] = o.title
            if let owner = o.owner { own(owner, .objective, o.id) }
            refer(Referrer(kind: .objective, id: o.id), to: o.controls.map { Referrer(kind: .control, id: Catalog.canonicalControlID($0)) })
        }
    }

    /// An owner named after the documents (reviews, nonconformities, objectives).
    private mutating func own(_ party: String, _ kind: RecordKind, _ id: String) {
        ownedLast[party, default: []].append(Referrer(kind: kind, id: id))
    }

    private mutating func refer(_ source: Referrer, to targets: [Referrer]) {
        for target in targets where target != source { recordReferrers[target, default: []].append(source) }
    }

    /// The referrers of `list` once each, in the order they first come.
    static func unique(_ list: [Referrer]) -> [Referrer] {
        // A document's few referrers are compared with each other; hashing each into a set
        // that grew from empty cost more. Long lists (a person's documents) still use a set.
        if list.count <= 16 {
            var kept: [Referrer] = []
            kept.reserveCapacity(list.count)
            for referrer in list where !kept.contains(referrer) { kept.append(referrer) }
            return kept
        }
        var seen: Set<Referrer> = []
        seen.reserveCapacity(list.count)
        return list.filter { seen.insert($0).inserted }
    }

    /// The title or name of a record, empty when it has none.
    func title(_ kind: RecordKind, _ id: String) -> String {
        (kind == .document ? documents.titles[id] : titles[Referrer(kind: kind, id: id)]) ?? ""
    }

    /// Documents and records that refer to a record, documents first, each once.
    func referrers(of kind: RecordKind, _ id: String) -> [Referrer] {
        let key = Referrer(kind: kind, id: id)
        return Self.unique((documents.referrers[key] ?? []) + (recordReferrers[key] ?? []))
    }

    /// What a person or role owns or approves, each once.
    func owned(by party: String) -> [Referrer] {
        Self.unique((ownedFirst[party] ?? []) + (documents.owned[party] ?? []) + (ownedLast[party] ?? []))
    }
}

/// Records grouped by a key, held as positions in the register (shared, not copied): a
/// large knowledge base's risks would otherwise be copied once per grouping.
struct Grouped<Record: Sendable>: Sendable {
    var records: [Record] = []
    private var positions: [String: [Int32]] = [:]

    mutating func add(_ position: Int, to key: String) { positions[key, default: []].append(Int32(position)) }

    /// The records under `key` in register order.
    subscript(_ key: String) -> RecordSelection<Record> { RecordSelection(records, positions: positions[key] ?? []) }

    /// The records under each of `keys` in turn.
    subscript(_ keys: [String]) -> RecordSelection<Record> { RecordSelection(records, positions: keys.flatMap { positions[$0] ?? [] }) }

    /// How many records are under `key`.
    func count(_ key: String) -> Int { positions[key]?.count ?? 0 }
}
