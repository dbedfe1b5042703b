import ISMSModel
import ISMSRules

/// The list page of each kind: one table (or one per group) with a row per record.
extension PageLinks {
    struct Register {
        var title: String
        var intro: String = ""
        var groups: [(title: String, table: Table)]

        var context: [String: Any] {
            ["title": HTML.escape(title), "intro": intro,
             "groups": groups.map { group -> [String: Any] in
                 var context: [String: Any] = ["table": group.table.context, "count": group.table.rows.count]
                 if !group.title.isEmpty { context["title"] = HTML.escape(group.title) }
                 return context
             }]
        }
    }

    func register(of kind: RecordKind) -> Register {
        let base = kb.base
        let title = t("kind.\(kind.rawValue)")
        func one(_ table: Table) -> Register { Register(title: title, groups: [("", table)]) }
        switch kind {
        case .document where !site.visibility.showsInternalMaterial:
            // The public register: what each published document is, not who runs it.
            return one(Table(head: [t("id"), t("title"), t("type"), t("version"), t("approved")],
                             cells: base.documents.filter { visible(.document, $0.id) }.map { d in
                                 [link(.document, d.id), link(.document, d.id, label: d.title), d.type.map { HTML.escape(t("doctype.\($0.rawValue)")) } ?? "—",
                                  HTML.escape(d.version ?? "—"), d.approved?.description ?? "—"]
                             }))
        case .asset where !site.visibility.showsInternalMaterial:
            return one(Table(head: [t("id"), t("name"), t("category"), t("classification")],
                             cells: base.assets.filter { visible(.asset, $0.id) }.map { a in
                                 [link(.asset, a.id), HTML.escape(a.name), a.category.map { HTML.escape(t("category.\($0.rawValue)")) } ?? "—",
                                  HTML.escape(a.classification ?? "—")]
                             }))
        case .document:
            // By type, then id: keys worked out once, positions sorted rather than whole documents.
            let shown = base.documents.filter { visible(.document, $0.id) }
            let keys = shown.map { ($0.type.map { DocumentType.allCases.firstIndex(of: $0)! } ?? 99, $0.id) }
            let docs = shown.indices.sorted { keys[$0] < keys[$1] }.map { shown[$0] }
            return one(Table(head: [t("id"), t("title"), t("type"), t("classification"), t("owner"), t("version"), t("approved"), t("nextReview")],
                             cells: docs.map { d in
                                 [link(.document, d.id), link(.document, d.id, label: d.title), d.type.map { HTML.escape(t("doctype.\($0.rawValue)")) } ?? "—",
                                  HTML.escape(d.classification ?? "—"), party(d.owner), HTML.escape(d.version ?? "—"),
                                  d.approved?.description ?? "—", due(kb.nextReview(of: d))]
                             }))
        case .asset:
            var register = one(Table(head: [t("id"), t("name"), t("category"), t("group"), t("owner"), "C", "I", "A", t("classification")],
                                     cells: base.assets.filter { visible(.asset, $0.id) }.map { a in
                                         [link(.asset, a.id), HTML.escape(a.name), a.category.map { HTML.escape(t("category.\($0.rawValue)")) } ?? "—",
                                          a.group.map { asset($0) } ?? "—", party(a.owner), "\(a.values.confidentiality)", "\(a.values.integrity)",
                                          "\(a.values.availability)", HTML.escape(a.classification ?? "—")]
                                     }))
            let groups = kb.groups.keys.sorted().filter { site.paths.group($0) != nil }
            if !groups.isEmpty {
                register.groups.append((t("assetGroups"), Table(head: [t("assetGroup"), t("members")],
                                                                cells: groups.map { [asset($0), (kb.groups[$0] ?? []).filter { visible(.asset, $0.id) }.map { link(.asset, $0.id) }.joined(separator: separator)] })))
            }
            return register
        case .threat:
            return one(Table(head: [t("id"), t("name"), t("threatCategory"), t("likelihood"), t("risks")],
                             cells: base.threats.map { x in
                                 [link(.threat, x.id), HTML.escape(x.name), x.categories.map { HTML.escape(t("threat.\($0.rawValue)")) }.joined(separator: separator),
                                  rated(x.likelihood, .threat), "\(site.index.risksByThreat.count(x.id))"]
                             }))
        case .vulnerability:
            return one(Table(head: [t("id"), t("name"), t("category"), t("level"), t("kind.threats")],
                             cells: base.vulnerabilities.map { x in
                                 [link(.vulnerability, x.id), HTML.escape(x.name), x.category.map { HTML.escape(t("vcategory.\($0.rawValue)")) } ?? "—",
                                  rated(x.level, .vulnerability), list(.threat, x.threats)]
                             }))
        case .risk:
            // Highest first: the register is read for what needs attention.
            // Values looked up once, and positions sorted rather than whole risks.
            let values = base.risks.map { kb.evaluations[$0.id]?.value ?? -1 }
            let order = base.risks.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            var register = one(riskTable(RecordSelection(base.risks, positions: order.map(Int32.init))))
            register.intro = "<p>" + HTML.escape(t("riskRegisterIntro")) + " <a href=\"\(root)methodology.html\">\(HTML.escape(t("methodology")))</a></p>"
            return register
        case .control:
            return Register(title: title, groups: base.catalog.themes.map { theme in
                (themeName(theme), Table(head: [t("id"), t("title"), t("applicability"), t("implementation"), t("risks")],
                                                    cells: base.catalog.controls(inTheme: theme.id).map { c in
                                                        let d = kb.decisions[c.id]
                                                        return [link(.control, c.id), HTML.escape(c.title), applicability(d),
                                                                d?.status.map { HTML.escape(t("impl.\($0.rawValue)")) } ?? "—",
                                                                "\(site.index.risksByControl.count(c.id))"]
                                                    }))
            })
        case .person:
            return one(Table(head: [t("id"), t("name"), t("jobTitle"), t("department"), t("kind.roles")],
                             cells: base.people.map { p in
                                 [link(.person, p.id), HTML.escape(p.name), HTML.escape(p.title ?? "—"), HTML.escape(p.department ?? "—"), list(.role, p.roles)]
                             }))
        case .role:
            return one(Table(head: [t("id"), t("name"), t("holders"), t("competencesRequired")],
                             cells: base.roles.map { r in
                                 [link(.role, r.id), HTML.escape(r.name), site.index.peopleByRole[r.id].map { party($0.id) }.joined(separator: separator),
                                  HTML.escape(r.competences.joined(separator: separator))]
                             }))
        case .training:
            return one(trainingTable(base.training, showPerson: true))
        case .audit:
            return one(Table(head: [t("id"), t("title"), t("date"), t("auditFindings")],
                             cells: base.audits.map { [link(.audit, $0.id), HTML.escape($0.title), $0.date?.description ?? "—", "\($0.findings.count)"] }))
        case .review:
            return one(Table(head: [t("id"), t("title"), t("date"), t("chair")],
                             cells: base.reviews.map { [link(.review, $0.id), HTML.escape($0.title), $0.date?.description ?? "—", party($0.chair)] }))
        case .incident:
            return one(Table(head: [t("id"), t("title"), t("date"), t("severity"), t("closed")],
                             cells: base.incidents.map { i in
                                 [link(.incident, i.id), HTML.escape(i.title), i.date?.description ?? "—",
                                  i.severity.map { HTML.escape(t("severity.\($0.rawValue)")) } ?? "—", i.closed?.description ?? HTML.escape(t("open"))]
                             }))
        case .nonconformity:
            return one(Table(head: [t("id"), t("title"), t("raisedBy"), t("raised"), t("verified")],
                             cells: base.nonconformities.map { n in
                                 [link(.nonconformity, n.id), HTML.escape(n.title), source(n.source), n.raised?.description ?? "—",
                                  n.verified?.description ?? HTML.escape(t("notVerified"))]
                             }))
        case .objective:
            return one(Table(head: [t("id"), t("title"), t("owner"), t("due"), t("status")],
                             cells: base.objectives.map { o in
                                 [link(.objective, o.id), HTML.escape(o.title), party(o.owner), due(o.due, done: o.status == .done || o.status == .cancelled),
                                  HTML.escape(t("status.\(o.status.rawValue)"))]
                             }))
        case .soa:
            return Register(title: title, groups: [])
        }
    }
}
