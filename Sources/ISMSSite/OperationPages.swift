import ISMSModel
import ISMSRules

/// Pages of audits, management reviews, incidents, nonconformities and objectives.
extension PageLinks {
    /// The record an audit, incident or review id names, linked by its kind.
    func source(_ id: String?) -> String {
        guard let id else { return "—" }
        guard let kind = kb.kinds[id] else { return HTML.escape(id) }
        return titled(kind, id)
    }

    func controls(_ ids: [String]) -> String {
        ids.isEmpty ? "—" : ids.map { link(.control, $0) }.joined(separator: separator)
    }

    func audit(_ a: Audit) -> RecordView {
        var view = RecordView(kind: t("kind.audits"), registerHref: register(.audit), id: a.id, title: a.title)
        view.facts = [
            (t("date"), a.date?.description ?? "—"),
            (t("auditors"), a.auditors.isEmpty ? "—" : a.auditors.map(party).joined(separator: separator)),
            (t("auditees"), a.auditees.isEmpty ? "—" : a.auditees.map(party).joined(separator: separator)),
            (t("scope"), linkify(a.scope)),
            (t("criteria"), linkify(a.criteria)),
            (t("controls"), controls(a.controls)),
            (t("conclusion"), linkify(a.conclusion)),
        ]
        view.sections = [
            Section(title: t("auditFindings"), anchor: "findings", table: Table(
                head: [t("type"), t("description"), t("controls"), t("kind.nonconformities")],
                cells: a.findings.map { f in
                    [HTML.escape(t("finding.\(f.type.rawValue)")), linkify(f.description), controls(f.controls), f.nonconformity.map { link(.nonconformity, $0) } ?? "—"]
                }), empty: t("noFindings")),
            referencedBy(.audit, a.id),
        ]
        return view
    }

    func review(_ r: ManagementReview) -> RecordView {
        var view = RecordView(kind: t("kind.reviews"), registerHref: register(.review), id: r.id, title: r.title)
        view.facts = [
            (t("date"), r.date?.description ?? "—"),
            (t("chair"), party(r.chair)),
            (t("attendees"), r.attendees.isEmpty ? "—" : r.attendees.map(party).joined(separator: separator)),
        ]
        view.sections = [
            Section(title: t("inputs"), anchor: "inputs", items: r.inputs.map(linkify)),
            Section(title: t("decisions"), anchor: "decisions", items: r.decisions.map(linkify)),
            Section(title: t("actions"), anchor: "actions", table: planTable(r.actions)),
            referencedBy(.review, r.id),
        ]
        return view
    }

    func incident(_ i: Incident) -> RecordView {
        var view = RecordView(kind: t("kind.incidents"), registerHref: register(.incident), id: i.id, title: i.title)
        if let s = i.severity { view.badges.append((t("severity.\(s.rawValue)"), s == .high || s == .critical ? "bad" : "warn")) }
        view.facts = [
            (t("date"), i.date?.description ?? "—"),
            (t("reportedBy"), party(i.reportedBy)),
            (t("severity"), i.severity.map { HTML.escape(t("severity.\($0.rawValue)")) } ?? "—"),
            (t("kind.assets"), i.assets.isEmpty ? "—" : i.assets.map { asset($0) }.joined(separator: separator)),
            (t("description"), linkify(i.description)),
            (t("failedControls"), controls(i.failedControls)),
            (t("additionalControls"), controls(i.additionalControls)),
            (t("kind.nonconformities"), i.nonconformity.map { titled(.nonconformity, $0) } ?? "—"),
            (t("closed"), i.closed?.description ?? HTML.escape(t("open"))),
        ]
        view.sections = [
            Section(title: t("actionsTaken"), anchor: "actions", items: i.actionsTaken.map(linkify)),
            referencedBy(.incident, i.id),
        ]
        return view
    }

    func nonconformity(_ n: Nonconformity) -> RecordView {
        var view = RecordView(kind: t("kind.nonconformities"), registerHref: register(.nonconformity), id: n.id, title: n.title)
        view.facts = [
            (t("raisedBy"), source(n.source)),
            (t("raised"), n.raised?.description ?? "—"),
            (t("description"), linkify(n.description)),
            (t("cause"), linkify(n.cause)),
            (t("verified"), n.verified.map { "\($0) " + party(n.verifiedBy) } ?? HTML.escape(t("notVerified"))),
        ]
        view.sections = [
            Section(title: t("actions"), anchor: "actions", table: Table(
                head: [t("type"), t("action"), t("owner"), t("due"), t("status"), t("completed")],
                rows: n.actions.map { a in
                    let finished = a.status == .done || a.status == .cancelled
                    return Table.Row(cells: [
                        HTML.escape(t("actionKind.\(a.kind.rawValue)")), linkify(a.action), party(a.owner), due(a.due, done: finished),
                        HTML.escape(t("status.\(a.status.rawValue)")), a.completed?.description ?? "—",
                    ], tone: !finished && (a.due.map { $0 < kb.asOf } ?? false) ? "overdue" : nil)
                })),
            referencedBy(.nonconformity, n.id),
        ]
        return view
    }

    func objective(_ o: Objective) -> RecordView {
        var view = RecordView(kind: t("kind.objectives"), registerHref: register(.objective), id: o.id, title: o.title)
        let finished = o.status == .done || o.status == .cancelled
        view.facts = [
            (t("owner"), party(o.owner)),
            (t("due"), due(o.due, done: finished)),
            (t("status"), HTML.escape(t("status.\(o.status.rawValue)"))),
            (t("controls"), controls(o.controls)),
        ]
        view.sections = [
            Section(title: t("measures"), anchor: "measures", table: Table(
                head: [t("measure"), t("target"), t("actual"), t("frequency")],
                cells: o.measures.map { [linkify($0.name), linkify($0.target), linkify($0.actual), HTML.escape($0.frequency ?? "—")] })),
            referencedBy(.objective, o.id),
        ]
        return view
    }
}
