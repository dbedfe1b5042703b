import ISMSModel
import ISMSRules

/// Pages of the asset inventory, asset groups, threats and vulnerabilities.
extension PageLinks {
    func t(_ key: String) -> String { site.t(key) }

    func register(_ kind: RecordKind) -> String { root + site.paths.register(kind) }

    /// A scale value with its level name, e.g. "3 High".
    func rated(_ value: Int, _ kind: ScaleKind) -> String {
        guard let level = kb.base.methodology.scale(kind).level(value) else { return "\(value)" }
        return "\(value) <span class=\"muted\">\(HTML.escape(level.name))</span>"
    }

    /// A verdict badge.
    func verdict(_ acceptable: Bool?) -> String {
        guard let acceptable else { return "—" }
        return acceptable ? site.verdicts.acceptable : site.verdicts.notAcceptable
    }

    /// Risks as a table: id, asset, threat, vulnerability, value, verdict, treatment.
    func riskTable(_ risks: RecordSelection<Risk>) -> Table {
        Table(head: [t("risk"), t("asset"), t("threat"), t("vulnerability"), t("riskValue"), t("evaluation"), t("treatment"), t("residualValue")],
              // Each field is read from the register where it is (`risks[n].id`): a risk held in a
              // variable, or captured by the closure that makes its row, is a copy of the whole risk.
              rows: risks.indices.map { n in
                  site.riskRows.row(risks[n].id, root: root) {
                      let id = risks[n].id, e = kb.evaluations[id], residual = kb.residualEvaluations[id]
                      return Table.Row(cells: [
                          titled(.risk, id), asset(risks[n].asset), link(.threat, risks[n].threat), link(.vulnerability, risks[n].vulnerability),
                          e.map { "\($0.value)" } ?? "—", verdict(e?.acceptable), risks[n].treatment.map { HTML.escape(t("option.\($0.rawValue)")) } ?? "—",
                          residual.map { "\($0.value)" } ?? "—",
                      ], tone: e.map { $0.acceptable ? nil : "unacceptable" } ?? nil)
                  }
              })
    }

    /// Documents and records that refer to a record.
    func referencedBy(_ kind: RecordKind, _ id: String) -> Section {
        Section(title: t("referencedBy"), anchor: "referenced-by",
                items: shown(site.index.referrers(of: kind, id)),
                empty: t("noReferences"))
    }

    func asset(_ a: Asset) -> RecordView {
        var view = RecordView(kind: t("kind.assets"), registerHref: register(.asset), id: a.id, title: a.name)
        if let c = a.classification { view.badges.append((c, "classification")) }
        let v = a.values
        view.facts = [
            (t("category"), a.category.map { HTML.escape(t("category.\($0.rawValue)")) } ?? "—"),
            (t("group"), a.group.map { asset($0) } ?? "—"),
            (t("owner"), party(a.owner)),
            (t("description"), linkify(a.description)),
            (t("format"), linkify(a.format)),
            (t("storage"), linkify(a.storageFormat)),
            (t("location"), linkify(a.location)),
            (t("retention"), linkify(a.retention)),
            (t("disposal"), linkify(a.disposal)),
            (t("use"), linkify(a.use)),
            (t("users"), a.users.isEmpty ? "—" : a.users.map(party).joined(separator: separator)),
            (t("dependencies"), a.dependencies.isEmpty ? "—" : a.dependencies.map { asset($0) }.joined(separator: separator)),
            (t("confidentiality"), rated(v.confidentiality, .confidentiality)),
            (t("integrity"), rated(v.integrity, .integrity)),
            (t("availability"), rated(v.availability, .availability)),
            (t("assetValue"), "\(v.highest)"),
            (t("classification"), HTML.escape(a.classification ?? "—")),
        ]
        let risks = site.index.risksByAsset[[a.id] + (a.group.map { [$0] } ?? [])]
        // The public sees a public asset as it is, never the risks or incidents around it.
        guard site.visibility.showsInternalMaterial else {
            // Only what the asset says of itself; owners, users, values and groups are internal.
            view.facts = [
                (t("category"), a.category.map { HTML.escape(t("category.\($0.rawValue)")) } ?? "—"),
                (t("description"), HTML.escape(a.description ?? "—")),
                (t("format"), HTML.escape(a.format ?? "—")),
                (t("classification"), HTML.escape(a.classification ?? "—")),
            ]
            view.sections = [referencedBy(.asset, a.id)]
            return view
        }
        view.sections = [
            Section(title: t("risks"), anchor: "risks", table: riskTable(risks), empty: t("noRisks")),
            Section(title: t("kind.incidents"), anchor: "incidents", items: site.index.incidentsByAsset[a.id].map { titled(.incident, $0.id) }),
            referencedBy(.asset, a.id),
        ]
        return view
    }

    func group(_ name: String) -> RecordView {
        let members = (kb.groups[name] ?? []).filter { visible(.asset, $0.id) }
        var view = RecordView(kind: t("assetGroup"), registerHref: register(.asset), id: name, title: "")
        view.facts = [(t("members"), "\(members.count)")]
        view.sections = [
            Section(title: t("members"), anchor: "members", table: Table(
                head: [t("asset"), t("name"), "C", "I", "A", t("owner")],
                cells: members.map { [link(.asset, $0.id), HTML.escape($0.name), "\($0.values.confidentiality)", "\($0.values.integrity)", "\($0.values.availability)", party($0.owner)] })),
            Section(title: t("risks"), anchor: "risks", table: riskTable(site.index.risksByAsset[name]), empty: t("noRisks")),
        ]
        return view
    }

    func threat(_ x: Threat) -> RecordView {
        var view = RecordView(kind: t("kind.threats"), registerHref: register(.threat), id: x.id, title: x.name)
        view.facts = [
            (t("threatCategory"), x.categories.isEmpty ? "—" : x.categories.map { HTML.escape(t("threat.\($0.rawValue)")) }.joined(separator: separator)),
            (t("likelihood"), rated(x.likelihood, .threat)),
            (t("description"), linkify(x.description)),
        ]
        view.sections = [
            Section(title: t("kind.vulnerabilities"), anchor: "vulnerabilities", items: site.index.vulnerabilitiesByThreat[x.id].map { titled(.vulnerability, $0.id) }),
            Section(title: t("risks"), anchor: "risks", table: riskTable(site.index.risksByThreat[x.id]), empty: t("noRisks")),
            referencedBy(.threat, x.id),
        ]
        return view
    }

    func vulnerability(_ x: Vulnerability) -> RecordView {
        var view = RecordView(kind: t("kind.vulnerabilities"), registerHref: register(.vulnerability), id: x.id, title: x.name)
        view.facts = [
            (t("category"), x.category.map { HTML.escape(t("vcategory.\($0.rawValue)")) } ?? "—"),
            (t("level"), rated(x.level, .vulnerability)),
            (t("kind.threats"), x.threats.isEmpty ? "—" : x.threats.map { titled(.threat, $0) }.joined(separator: "<br>")),
            (t("description"), linkify(x.description)),
        ]
        view.sections = [
            Section(title: t("risks"), anchor: "risks", table: riskTable(site.index.risksByVulnerability[x.id]), empty: t("noRisks")),
            referencedBy(.vulnerability, x.id),
        ]
        return view
    }
}
