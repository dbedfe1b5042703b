import ISMSModel

/// Every reference from one record to another must resolve.
enum ReferenceChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        var refs = References(kb: kb)
        let b = kb.base
        for a in b.assets {
            refs.party(a.owner, "owner", of: "asset '\(a.id)'", a.origin)
            for (i, dep) in a.dependencies.enumerated() {
                refs.record(dep, kb.assets.keys.contains(dep), .asset, "dependencies.\(i)", of: "asset '\(a.id)'", a.origin, candidates: kb.assets.keys)
            }
        }
        for v in b.vulnerabilities {
            for (i, t) in v.threats.enumerated() {
                refs.record(t, kb.threats.keys.contains(t), .threat, "threats.\(i)", of: "vulnerability '\(v.id)'", v.origin, candidates: kb.threats.keys)
            }
        }
        for r in b.risks {
            func what() -> String { "risk '\(r.id)'" }
            if !r.asset.isEmpty, !kb.assets.keys.contains(r.asset), !kb.groups.keys.contains(r.asset) {
                refs.record(r.asset, false, .asset, "asset", of: what(), r.origin, candidates: Array(kb.assets.keys) + Array(kb.groups.keys), noun: "asset or asset group")
            }
            if !r.threat.isEmpty { refs.record(r.threat, kb.threats.keys.contains(r.threat), .threat, "threat", of: what(), r.origin, candidates: kb.threats.keys) }
            if !r.vulnerability.isEmpty {
                refs.record(r.vulnerability, kb.vulnerabilities.keys.contains(r.vulnerability), .vulnerability, "vulnerability", of: what(), r.origin, candidates: kb.vulnerabilities.keys)
            }
            refs.party(r.owner, "owner", of: what(), r.origin)
            refs.controls(r.controls, "controls", of: what(), r.origin)
            for item in r.plan { refs.party(item.owner, "owner", of: "a plan item of \(what())", item.origin) }
            if let acceptance = r.acceptance, !acceptance.by.isEmpty { refs.party(acceptance.by, "by", of: "the acceptance of \(what())", acceptance.origin) }
        }
        for p in b.people {
            for (i, role) in p.roles.enumerated() {
                refs.record(role, kb.roles.keys.contains(role), .role, "roles.\(i)", of: "person '\(p.id)'", p.origin, candidates: kb.roles.keys)
            }
        }
        for t in b.training where !t.person.isEmpty {
            refs.record(t.person, kb.people.keys.contains(t.person), .person, "person", of: "training record '\(t.id)'", t.origin, candidates: kb.people.keys)
        }
        for a in b.audits {
            func what() -> String { "audit '\(a.id)'" }
            for (i, p) in a.auditors.enumerated() { refs.party(p, "auditors.\(i)", of: what(), a.origin) }
            for (i, p) in a.auditees.enumerated() { refs.party(p, "auditees.\(i)", of: what(), a.origin) }
            refs.controls(a.controls, "controls", of: what(), a.origin)
            for f in a.findings {
                refs.controls(f.controls, "controls", of: "a finding of \(what())", f.origin)
                if let nc = f.nonconformity {
                    refs.record(nc, kb.nonconformities.keys.contains(nc), .nonconformity, "nonconformity", of: "a finding of \(what())", f.origin, candidates: kb.nonconformities.keys)
                }
            }
        }
        for r in b.reviews {
            func what() -> String { "management review '\(r.id)'" }
            refs.party(r.chair, "chair", of: what(), r.origin)
            for (i, p) in r.attendees.enumerated() { refs.party(p, "attendees.\(i)", of: what(), r.origin) }
            for item in r.actions { refs.party(item.owner, "owner", of: "an action of \(what())", item.origin) }
        }
        for i in b.incidents {
            func what() -> String { "incident '\(i.id)'" }
            refs.party(i.reportedBy, "reported_by", of: what(), i.origin)
            for (n, asset) in i.assets.enumerated() {
                refs.record(asset, kb.assets.keys.contains(asset), .asset, "assets.\(n)", of: what(), i.origin, candidates: kb.assets.keys)
            }
            refs.controls(i.failedControls, "failed_controls", of: what(), i.origin)
            refs.controls(i.additionalControls, "additional_controls", of: what(), i.origin)
            if let nc = i.nonconformity {
                refs.record(nc, kb.nonconformities.keys.contains(nc), .nonconformity, "nonconformity", of: what(), i.origin, candidates: kb.nonconformities.keys)
            }
        }
        for n in b.nonconformities {
            func what() -> String { "nonconformity '\(n.id)'" }
            if let source = n.source {
                let kind = kb.kinds[source]
                let ok = kind == .audit || kind == .incident || kind == .review
                refs.record(source, ok, .audit, "source", of: what(), n.origin,
                            candidates: b.audits.map(\.id) + b.incidents.map(\.id) + b.reviews.map(\.id), noun: "audit, incident or review")
            }
            for a in n.actions { refs.party(a.owner, "owner", of: "an action of \(what())", a.origin) }
            refs.party(n.verifiedBy, "verified_by", of: what(), n.origin)
        }
        for o in b.objectives {
            refs.party(o.owner, "owner", of: "objective '\(o.id)'", o.origin)
            refs.controls(o.controls, "controls", of: "objective '\(o.id)'", o.origin)
        }
        for d in b.documents {
            func what() -> String { "document '\(d.id)'" }
            refs.party(d.owner, "owner", of: what(), d.origin)
            refs.party(d.approver, "approver", of: what(), d.origin)
            refs.controls(d.controls, "controls", of: what(), d.origin)
            for (i, risk) in d.risks.enumerated() {
                refs.record(risk, kb.risks.keys.contains(risk), .risk, "risks.\(i)", of: what(), d.origin, candidates: kb.risks.keys)
            }
        }
        for catalogue in b.requirementCatalogues {
            for item in catalogue.items {
                refs.controls(item.controls, "controls", of: "requirement '\(item.id)' of catalogue '\(catalogue.id)'", item.origin)
            }
        }
        findings.diagnostics += refs.findings.diagnostics
    }
}

/// Reports unresolved references with a suggestion of the closest existing id.
struct References {
    let kb: ResolvedKnowledgeBase
    var findings = Findings()

    // What refers is written out only for a finding: almost every reference resolves.
    mutating func record<S: Sequence>(_ id: String, _ resolves: Bool, _ kind: RecordKind, _ field: @autoclosure () -> String, of what: @autoclosure () -> String, _ origin: Origin,
                                      candidates: @autoclosure () -> S, noun: String? = nil) where S.Element == String {
        guard !resolves else { return }
        let what = what()
        let candidates = candidates()
        let hint = Suggestion.closest(to: id, in: Array(candidates)).map { "did you mean '\($0)'?" }
        findings.error("dangling-reference", "\(what) refers to unknown \(noun ?? kind.noun) '\(id)'", at: origin.at(field()), hint: hint)
    }

    mutating func party(_ id: String?, _ field: @autoclosure () -> String, of what: @autoclosure () -> String, _ origin: Origin) {
        guard let id, !id.isEmpty, !kb.isParty(id) else { return }
        let what = what()
        let hint = Suggestion.closest(to: id, in: Array(kb.people.keys) + Array(kb.roles.keys)).map { "did you mean '\($0)'?" }
        findings.error("dangling-reference", "\(what) refers to unknown person or role '\(id)'", at: origin.at(field()), hint: hint)
    }

    mutating func controls(_ ids: [String], _ field: String, of what: @autoclosure () -> String, _ origin: Origin) {
        for (i, id) in ids.enumerated() where kb.base.catalog.control(id) == nil {
            let what = what()
            let hint = Suggestion.closest(to: id, in: kb.base.catalog.controls.map(\.id)).map { "did you mean '\($0)'?" }
                ?? "controls of \(kb.base.catalog.title) are written like A.8.13"
            findings.error("dangling-reference", "\(what) refers to unknown control '\(id)'", at: origin.at("\(field).\(i)"), hint: hint)
        }
    }
}
