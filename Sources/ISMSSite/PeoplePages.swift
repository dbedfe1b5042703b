import ISMSModel
import ISMSRules

/// Pages of people, roles and training records.
extension PageLinks {
    /// What a person or role owns, approves or acts on.
    func ownership(_ party: String) -> Section {
        Section(title: t("owns"), anchor: "owns",
                items: shown(site.index.owned(by: party)))
    }

    /// Training records as a table, expired or soon-expiring ones marked.
    func trainingTable(_ records: some RandomAccessCollection<TrainingRecord>, showPerson: Bool) -> Table {
        var head = [t("record"), t("course"), t("competence"), t("date"), t("result"), t("expires")]
        if showPerson { head.insert(t("person"), at: 1) }
        return Table(head: head, rows: records.map { r in
            var cells = [link(.training, r.id), HTML.escape(r.course), HTML.escape(r.competence ?? "—"), r.date?.description ?? "—",
                         r.result.map { HTML.escape(t("result.\($0.rawValue)")) } ?? "—", expiry(r.expires)]
            if showPerson { cells.insert(party(r.person), at: 1) }
            return Table.Row(cells: cells, tone: r.expires.map { $0 < kb.asOf ? "overdue" : nil } ?? nil)
        })
    }

    /// An expiry date, marked when past or within the warning window.
    func expiry(_ date: CalendarDate?) -> String {
        guard let date else { return "—" }
        if date < kb.asOf { return "<span class=\"overdue\"><time>\(date)</time> (\(HTML.escape(t("expired"))))</span>" }
        if date <= kb.asOf.adding(days: SiteBuilder.soonDays) { return "<span class=\"soon\"><time>\(date)</time> (\(HTML.escape(t("expiresSoon"))))</span>" }
        return "<time>\(date)</time>"
    }

    func person(_ p: Person) -> RecordView {
        var view = RecordView(kind: t("kind.people"), registerHref: register(.person), id: p.id, title: p.name)
        view.facts = [
            (t("jobTitle"), HTML.escape(p.title ?? "—")),
            (t("department"), HTML.escape(p.department ?? "—")),
            (t("kind.roles"), p.roles.isEmpty ? "—" : p.roles.map { titled(.role, $0) }.joined(separator: "<br>")),
        ]
        let records = site.index.trainingByPerson[p.id]
        let required = p.roles.flatMap { kb.roles[$0]?.competences ?? [] }
        var competences: [String] = []
        for c in required where !competences.contains(c) { competences.append(c) }
        view.sections = [
            Section(title: t("competencesRequired"), anchor: "competences", table: Table(
                head: [t("competence"), t("evidence")],
                rows: competences.map { c in
                    let held = records.filter { $0.competence == c && $0.result != .failed }
                    let current = held.filter { ($0.expires.map { $0 >= kb.asOf } ?? true) }
                    let state = current.isEmpty ? (held.isEmpty ? t("missing") : t("expired")) : t("held")
                    return Table.Row(cells: [HTML.escape(c), (held.isEmpty ? HTML.escape(state) : HTML.escape(state) + ": " + held.map { link(.training, $0.id) }.joined(separator: separator))],
                                     tone: current.isEmpty ? "overdue" : nil)
                })),
            Section(title: t("kind.training"), anchor: "training", table: trainingTable(records, showPerson: false)),
            ownership(p.id),
            referencedBy(.person, p.id),
        ]
        return view
    }

    func role(_ r: Role) -> RecordView {
        var view = RecordView(kind: t("kind.roles"), registerHref: register(.role), id: r.id, title: r.name)
        view.sections = [
            Section(title: t("responsibilities"), anchor: "responsibilities", items: r.responsibilities.map(linkify)),
            Section(title: t("competencesRequired"), anchor: "competences", items: r.competences.map(HTML.escape)),
            Section(title: t("holders"), anchor: "holders", items: site.index.peopleByRole[r.id].map { titled(.person, $0.id) }),
            ownership(r.id),
            referencedBy(.role, r.id),
        ]
        return view
    }

    func training(_ r: TrainingRecord) -> RecordView {
        var view = RecordView(kind: t("kind.training"), registerHref: register(.training), id: r.id, title: r.course)
        view.facts = [
            (t("person"), party(r.person)),
            (t("course"), HTML.escape(r.course)),
            (t("competence"), HTML.escape(r.competence ?? "—")),
            (t("date"), r.date?.description ?? "—"),
            (t("result"), r.result.map { HTML.escape(t("result.\($0.rawValue)")) } ?? "—"),
            (t("effectiveness"), linkify(r.effectiveness)),
            (t("expires"), expiry(r.expires)),
        ]
        return view
    }
}
