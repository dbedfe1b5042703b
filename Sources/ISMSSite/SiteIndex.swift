import ISMSModel
import ISMSRules

/// A reference from one record to another, as shown under "referenced by".
struct Referrer: Hashable, Sendable {
    var kind: RecordKind
    var id: String
}

/// The relations pages show in both directions, computed once per build so that
/// each page looks up its neighbours instead of scanning every register.
struct SiteIndex: Sendable {
    private(set) var risksByAsset: [String: [Risk]] = [:]
    private(set) var risksByThreat: [String: [Risk]] = [:]
    private(set) var risksByVulnerability: [String: [Risk]] = [:]
    private(set) var risksByControl: [String: [Risk]] = [:]
    private(set) var vulnerabilitiesByThreat: [String: [Vulnerability]] = [:]
    private(set) var incidentsByAsset: [String: [Incident]] = [:]
    private(set) var trainingByPerson: [String: [TrainingRecord]] = [:]
    private(set) var peopleByRole: [String: [Person]] = [:]
    /// What each person or role owns or approves.
    private(set) var ownedBy: [String: [Referrer]] = [:]
    /// Who refers to each record, by kind and id: documents by their links and front matter,
    /// records by the fields that name other records.
    private(set) var referrers: [Referrer: [Referrer]] = [:]
    private var titles: [Referrer: String] = [:]

    init(_ kb: ResolvedKnowledgeBase) {
        let base = kb.base
        for risk in base.risks {
            risksByAsset[risk.asset, default: []].append(risk)
            risksByThreat[risk.threat, default: []].append(risk)
            risksByVulnerability[risk.vulnerability, default: []].append(risk)
            for control in Set(risk.controls.map(Catalog.canonicalControlID)).sorted() { risksByControl[control, default: []].append(risk) }
            if let owner = risk.owner { own(owner, .risk, risk.id) }
            titles[Referrer(kind: .risk, id: risk.id)] = risk.title ?? ""
        }
        for v in base.vulnerabilities {
            for t in v.threats { vulnerabilitiesByThreat[t, default: []].append(v) }
            titles[Referrer(kind: .vulnerability, id: v.id)] = v.name
        }
        for a in base.assets {
            if let owner = a.owner { own(owner, .asset, a.id) }
            titles[Referrer(kind: .asset, id: a.id)] = a.name
        }
        for t in base.threats { titles[Referrer(kind: .threat, id: t.id)] = t.name }
        for c in base.catalog.controls { titles[Referrer(kind: .control, id: c.id)] = c.title }
        for p in base.people {
            titles[Referrer(kind: .person, id: p.id)] = p.name
            for r in p.roles { peopleByRole[r, default: []].append(p) }
        }
        for r in base.roles { titles[Referrer(kind: .role, id: r.id)] = r.name }
        for t in base.training {
            trainingByPerson[t.person, default: []].append(t)
            titles[Referrer(kind: .training, id: t.id)] = t.course
        }
        for d in base.documents {
            titles[Referrer(kind: .document, id: d.id)] = d.title
            let me = Referrer(kind: .document, id: d.id)
            if let owner = d.owner { own(owner, .document, d.id) }
            if let approver = d.approver, approver != d.owner { own(approver, .document, d.id) }
            var targets: [Referrer] = d.controls.map { Referrer(kind: .control, id: $0) } + d.risks.map { Referrer(kind: .risk, id: $0) }
            for link in d.links {
                switch kb.linkTarget(link.destination, from: d) {
                case .document(let id, _) where id != d.id: targets.append(Referrer(kind: .document, id: id))
                case let .record(kind, id): targets.append(Referrer(kind: kind, id: id))
                default: break
                }
            }
            refer(me, to: targets)
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
        for i in base.incidents {
            titles[Referrer(kind: .incident, id: i.id)] = i.title
            for a in i.assets { incidentsByAsset[a, default: []].append(i) }
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
        for key in referrers.keys { referrers[key] = Self.unique(referrers[key]!) }
        for key in ownedBy.keys { ownedBy[key] = Self.unique(ownedBy[key]!) }
    }

    private mutating func own(_ party: String, _ kind: RecordKind, _ id: String) {
        ownedBy[party, default: []].append(Referrer(kind: kind, id: id))
    }

    private mutating func refer(_ source: Referrer, to targets: [Referrer]) {
        for target in targets where target != source { referrers[target, default: []].append(source) }
    }

    private static func unique(_ list: [Referrer]) -> [Referrer] {
        var seen: Set<Referrer> = []
        return list.filter { seen.insert($0).inserted }
    }

    /// The title or name of a record, empty when it has none.
    func title(_ kind: RecordKind, _ id: String) -> String { titles[Referrer(kind: kind, id: id)] ?? "" }

    /// Documents and records that refer to a record.
    func referrers(of kind: RecordKind, _ id: String) -> [Referrer] { referrers[Referrer(kind: kind, id: id)] ?? [] }
}
