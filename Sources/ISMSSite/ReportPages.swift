import ISMSModel
import ISMSReports
import ISMSRules

/// The reports auditors ask for, as pages of the site.
extension PageLinks {
    /// The knowledge base's revision: the newest commit that touched it, or why there is none.
    var revision: String {
        guard let history = kb.base.history else { return t("notInGit") }
        guard let newest = history.values.compactMap(\.first).max(by: { ($0.date, $0.commit) < ($1.date, $1.commit) }) else { return t("notCommitted") }
        return "\(newest.shortCommit) (\(newest.date))"
    }

    /// Who approved the SoA: the approval of the document that says it satisfies the SoA requirement.
    var soaApproval: String? {
        let coverage = ConformityChecks.coverage(kb).filter { $0.requirement.providedBy.contains(.soa) }
        guard let document = coverage.flatMap(\.documents).first(where: { $0.approved != nil }) else { return nil }
        return party(document.approver) + ", <time>\(document.approved!)</time> (" + link(.document, document.id) + ")"
    }

    /// The SoA: one table per theme, totals first.
    func statementOfApplicability(_ soa: StatementOfApplicabilityReport) -> RecordView {
        var view = RecordView(kind: t("reports"), registerHref: root + "reports/index.html", id: "", title: t("report.soa"))
        let statuses: [ImplementationStatus] = ImplementationStatus.allCases
        view.facts = [
            (t("catalogue"), HTML.escape(soa.catalog.title)),
            (t("revision"), HTML.escape(revision)),
            (t("approval"), soaApproval ?? "<span class=\"tag bad\">\(HTML.escape(t("approvalNotRecorded")))</span>"),
            (t("controls"), "\(soa.totals.controls)"),
            (t("applicableCount"), "\(soa.totals.applicable)"),
            (t("excludedCount"), "\(soa.totals.excluded)"),
            (t("undecidedCount"), "\(soa.totals.undecided)"),
        ]
        let totals = Table(head: [t("theme"), t("controls"), t("applicableCount"), t("excludedCount"), t("undecidedCount")] + statuses.map { t("impl.\($0.rawValue)") },
                           cells: soa.themes.map { theme in
                               [HTML.escape(themeName(theme.theme)), "\(theme.totals.controls)", "\(theme.totals.applicable)",
                                "\(theme.totals.excluded)", "\(theme.totals.undecided)"] + statuses.map { "\(theme.totals.byStatus[$0] ?? 0)" }
                           })
        view.sections = [Section(title: t("totals"), anchor: "totals", table: totals)]
        // The column appears only when the knowledge base maps catalogues of its own.
        let hasRequirements = !kb.base.requirementCatalogues.isEmpty
        for theme in soa.themes {
            view.sections.append(Section(title: themeName(theme.theme), anchor: "theme-\(SitePaths.fileName(theme.theme.id))", table: Table(
                head: [t("control"), t("applicability"), t("reasonsOrJustification"), t("implementation"), t("implementingDocuments"), t("evidence")]
                    + (hasRequirements ? [t("alsoRequiredBy")] : []),
                rows: theme.entries.map { e in
                    let d = e.decision
                    var why: String
                    if d?.applicable == false {
                        why = linkify(d?.justification)
                    } else {
                        let reasons = (d?.reasons ?? []).filter { $0 != .risk }.map { HTML.escape(t("reason.\($0.rawValue)")) }
                        let risks = e.risks.map { link(.risk, $0) }
                        why = (reasons + risks).isEmpty ? "—" : (reasons + risks).joined(separator: separator)
                    }
                    if !e.findings.isEmpty { why += "<br><span class=\"tag bad\">\(HTML.escape(e.findings.joined(separator: "; ")))</span>" }
                    return Table.Row(cells: [
                        titled(.control, e.control.id), applicability(d), why,
                        d?.applicable == true ? (d?.status.map { HTML.escape(t("impl.\($0.rawValue)")) } ?? "—") : "—",
                        list(.document, e.documents), (d?.evidence ?? []).map(linkify).joined(separator: "<br>"),
                    ] + (hasRequirements ? [e.requirements.map { "<span class=\"muted\">\(HTML.escape($0.catalogue))</span> \(HTML.escape($0.id)) \(HTML.escape($0.title))" }.joined(separator: "<br>")] : []), tone: e.findings.isEmpty ? nil : "unacceptable")
                })))
        }
        if let transition = soa.transition {
            let newer = AnnexAMapping.standard.newer
            view.sections.append(Section(title: site.words.format("againstCatalogue", ["catalogue": newer.title]), anchor: "transition",
                table: Table(head: [t("control"), t("predecessors"), t("applicability"), t("implementation")], rows: transition.map { x in
                    Table.Row(cells: [
                        "<span class=\"id\">\(HTML.escape(x.control.id))</span> \(HTML.escape(x.control.title))",
                        x.isGap ? "<span class=\"tag bad\">\(HTML.escape(t("newControlGap")))</span>" : x.predecessors.map { link(.control, $0.control.id) }.joined(separator: separator),
                        x.predecessors.map { applicability($0.decision) }.joined(separator: " "),
                        x.predecessors.compactMap { $0.decision?.status.map { HTML.escape(t("impl.\($0.rawValue)")) } }.joined(separator: separator),
                    ], tone: x.isGap ? "unacceptable" : nil)
                }), html: "<p class=\"note\">\(HTML.escape(site.words.format("transitionNote", ["gaps": "\(transition.filter(\.isGap).count)"])))</p>"))
        }
        return view
    }

    /// The risk assessment: the methodology in force, then every risk by value.
    func riskAssessment(_ report: RiskAssessmentReport) -> RecordView {
        var view = RecordView(kind: t("reports"), registerHref: root + "reports/index.html", id: "", title: t("report.riskAssessment"))
        let m = report.methodology, a = m.acceptance
        view.facts = [
            (t("approach"), HTML.escape(site.words.text("approach.\(m.approach)", or: m.approach))),
            (t("formula"), HTML.escape(m.formula == .product ? t("formulaProduct") : t("formulaSum"))),
            (t("acceptanceRule"), HTML.escape(t("riskValue") + " " + a.comparison.rawValue + " \(a.threshold)")
                + a.overrides.map { "<br>" + HTML.escape(rule($0)) }.joined()),
            (t("methodology"), "<a href=\"\(root)methodology.html\">\(HTML.escape(t("scalesAndLookup")))</a>"),
            (t("risks"), "\(report.rows.count + report.unevaluated.count)"),
            (t("acceptableCount"), "\(report.acceptableCount)"),
            (t("notAcceptableCount"), "\(report.rows.count - report.acceptableCount)"),
        ]
        view.sections = [
            Section(title: t("riskHeatMap"), anchor: "heat-map", html: "<div class=\"heatmaps\"><figure>" + heatMap(kb.evaluations, title: t("heatBefore"))
                + "<figcaption>\(HTML.escape(t("heatBefore")))</figcaption></figure></div>"),
            Section(title: t("risks"), anchor: "risks", table: Table(
                head: [t("risk"), t("asset"), t("threat"), t("vulnerability"), "C", "I", "A", t("riskValue"), t("evaluation")],
                // By position, as in `riskTable`: a row held in a variable is a copy of its whole risk.
                rows: report.rows.indices.map { n in
                    let e = report.rows[n].evaluation
                    func element(_ x: RiskElement) -> String { e.element(x).map { "\($0.value)" } ?? "—" }
                    return Table.Row(cells: [titled(.risk, report.rows[n].risk.id), asset(report.rows[n].risk.asset),
                                             link(.threat, report.rows[n].risk.threat), link(.vulnerability, report.rows[n].risk.vulnerability),
                                             element(.confidentiality), element(.integrity), element(.availability), "<strong>\(e.value)</strong>", verdict(e.acceptable)],
                                     tone: e.acceptable ? nil : "unacceptable")
                })),
            Section(title: t("countsByValue"), anchor: "counts", table: Table(
                head: [t("riskValue"), t("risks")], cells: report.countsByValue.map { ["\($0.value)", "\($0.count)"] })),
            Section(title: t("notEvaluatedRisks"), anchor: "unevaluated", items: report.unevaluated.map { titled(.risk, $0.id) }),
            Section(title: t("assetsWithoutRisk"), anchor: "assets-without-risk", items: report.assetsWithoutRisk.map { titled(.asset, $0.id) }, empty: t("none")),
            Section(title: t("unusedThreats"), anchor: "unused-threats", items: report.unusedThreats.map { titled(.threat, $0.id) }, empty: t("none")),
            Section(title: t("unusedVulnerabilities"), anchor: "unused-vulnerabilities", items: report.unusedVulnerabilities.map { titled(.vulnerability, $0.id) }, empty: t("none")),
        ]
        return view
    }

    /// The outcome of a treatment in words, a finding where something is missing.
    func outcome(_ o: TreatmentPlanReport.Outcome) -> String {
        switch o {
        case .avoided: return HTML.escape(t("outcome.avoided"))
        case .acceptable: return "<span class=\"tag ok\">\(HTML.escape(t("outcome.acceptable")))</span>"
        case .accepted(let a):
            return HTML.escape(t("outcome.accepted")) + ": " + party(a.by) + (a.date.map { ", <time>\($0)</time>" } ?? "")
        case .unaccepted: return "<span class=\"tag bad\">\(HTML.escape(t("outcome.unaccepted")))</span>"
        case .residualMissing: return "<span class=\"tag bad\">\(HTML.escape(t("outcome.residualMissing")))</span>"
        case .untreated: return "<span class=\"tag bad\">\(HTML.escape(t("outcome.untreated")))</span>"
        }
    }

    /// The treatment plan: one block per risk above the criteria, by priority and due date.
    func treatmentPlan(_ plan: TreatmentPlanReport) -> RecordView {
        var view = RecordView(kind: t("reports"), registerHref: root + "reports/index.html", id: "", title: t("report.treatmentPlan"))
        view.facts = [(t("risks"), "\(plan.entries.count)")]
        view.sections = [Section(title: t("treatmentPlan"), anchor: "plan", table: Table(
            head: [t("risk"), t("riskValue"), t("treatment"), t("controls"), t("actions"), t("residualValue"), t("outcome")],
            rows: plan.entries.map { e in
                var treatment = e.risk.treatment.map { HTML.escape(t("option.\($0.rawValue)")) } ?? "—"
                if let to = e.risk.transferTo { treatment += "<br>" + HTML.escape(t("transferTo")) + ": " + linkify(to) }
                let items = e.items.map { x -> String in
                    let finished = x.item.status == .done || x.item.status == .cancelled
                    return linkify(x.item.action) + " — " + party(x.item.owner) + ", " + due(x.item.due, done: finished)
                        + (x.item.priority.map { ", " + HTML.escape(t("priority.\($0.rawValue)")) } ?? "") + ", " + HTML.escape(t("status.\(x.item.status.rawValue)"))
                }
                let controls = e.risk.controls.map { id in link(.control, id) + (kb.decisions[Catalog.canonicalControlID(id)]?.applicable == false ? " <span class=\"tag bad\">\(HTML.escape(t("excluded")))</span>" : "") }
                return Table.Row(cells: [titled(.risk, e.risk.id), "\(e.evaluation.value)", treatment, controls.isEmpty ? "—" : controls.joined(separator: separator),
                                         items.isEmpty ? "—" : "<ul class=\"actions\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>", e.residual.map { "\($0.value)" } ?? "—", outcome(e.outcome)],
                                 tone: e.items.contains { $0.overdue } ? "overdue" : nil)
            }), empty: t("noTreatmentNeeded"))]
        return view
    }

    /// Conformity: each requirement of the criteria in force and what satisfies it.
    func conformity(_ coverage: [ConformityChecks.Coverage]) -> RecordView {
        var view = RecordView(kind: t("reports"), registerHref: root + "reports/index.html", id: "", title: t("report.conformity"))
        var criteria: [String] = []
        for c in coverage where !criteria.contains(c.criteria.id) { criteria.append(c.criteria.id) }
        view.facts = [(t("criteriaInForce"), coverage.map(\.criteria.title).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.map(HTML.escape).joined(separator: separator)),
                      (t("requirementsMet"), "\(coverage.filter(\.satisfied).count) / \(coverage.count)")]
        view.sections = criteria.map { id in
            let rows = coverage.filter { $0.criteria.id == id }
            return Section(title: rows.first!.criteria.title, anchor: SitePaths.fileName(id), table: Table(
                head: [t("clause"), t("requirement"), t("satisfiedBy")],
                rows: rows.map { c in
                    let by = c.documents.map { titled(.document, $0.id) } + c.records.map { kind in
                        // SoA decisions have no register of their own: the SoA report is their page.
                        kind == .soa ? "<a href=\"\(root)\(ReportKind.soa.page)\">\(HTML.escape(t("report.soa")))</a>"
                            : "<a href=\"\(register(kind))\">\(HTML.escape(t("kind.\(kind.rawValue)")))</a>"
                    }
                    return Table.Row(cells: [HTML.escape(c.requirement.clause), HTML.escape(c.requirement.title) + "<br><span class=\"muted\">\(HTML.escape(c.requirement.summary))</span>",
                                             by.isEmpty ? "<span class=\"tag bad\">\(HTML.escape(t("missing")))</span>" : by.joined(separator: "<br>")],
                                     tone: c.satisfied ? nil : "unacceptable")
                }))
        }
        return view
    }

    /// The training matrix: people against required competences.
    func trainingMatrix(_ matrix: TrainingMatrixReport) -> RecordView {
        var view = RecordView(kind: t("reports"), registerHref: root + "reports/index.html", id: "", title: t("report.training"))
        view.sections = [
            Section(title: t("competenceMatrix"), anchor: "matrix", table: Table(
                head: [t("person")] + matrix.competences,
                rows: matrix.rows.map { row in
                    Table.Row(cells: [party(row.person.id)] + row.cells.map { cell in
                        guard let cell else { return "<span class=\"muted\">—</span>" }
                        let tone = cell.state == .held ? "ok" : cell.state == .expiring ? "warn" : "bad"
                        return "<span class=\"tag \(tone)\">\(HTML.escape(t("state.\(cell.state.rawValue)")))</span>"
                            + (cell.records.isEmpty ? "" : " " + cell.records.map { link(.training, $0.id) }.joined(separator: separator))
                    }, tone: row.cells.contains { $0.map { $0.state == .missing || $0.state == .expired } ?? false } ? "overdue" : nil)
                }), html: "<p class=\"note\">\(HTML.escape(site.words.format("expiryWindow", ["n": "\(TrainingMatrixReport.warningDays)"])))</p>"),
            Section(title: t("effectiveness"), anchor: "effectiveness", table: Table(
                head: [t("record"), t("person"), t("course"), t("result"), t("effectiveness")],
                cells: kb.base.training.map { r in
                    [link(.training, r.id), party(r.person), HTML.escape(r.course), r.result.map { HTML.escape(t("result.\($0.rawValue)")) } ?? "—", linkify(r.effectiveness)]
                })),
        ]
        return view
    }
}
