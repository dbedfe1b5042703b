import ISMSModel
import ISMSRules

/// The page of one risk: its rating, the calculation, the treatment and what is left after it.
extension PageLinks {
    /// One row per element: the factors, the formula applied, the value and the verdict.
    func calculation(_ e: RiskEvaluation) -> Table {
        let m = kb.base.methodology
        let symbol = m.formula == .product ? "×" : "+"
        return Table(head: [t("element"), t("assetValue"), t("threat"), t("vulnerability"), t("calculation"), t("riskValue"), t("evaluation")],
                     rows: e.elements.map { x in
                         Table.Row(cells: [
                             HTML.escape(t(x.element.name)), "\(x.assetValue)", "\(e.threat)", "\(e.vulnerability)",
                             "\(x.assetValue) \(symbol) \(e.threat) \(symbol) \(e.vulnerability) = <strong>\(x.value)</strong>",
                             "\(x.value)", verdict(x.acceptable),
                         ], tone: x.acceptable ? nil : "unacceptable")
                     })
    }

    /// The plan items of a risk or review, overdue ones marked.
    func planTable(_ items: [PlanItem]) -> Table {
        Table(head: [t("action"), t("owner"), t("due"), t("priority"), t("status")], rows: items.map { item in
            let finished = item.status == .done || item.status == .cancelled
            return Table.Row(cells: [
                linkify(item.action), party(item.owner), due(item.due, done: finished),
                item.priority.map { HTML.escape(t("priority.\($0.rawValue)")) } ?? "—", HTML.escape(t("status.\(item.status.rawValue)")),
            ], tone: !finished && (item.due.map { $0 < kb.asOf } ?? false) ? "overdue" : nil)
        })
    }

    func risk(_ r: Risk) -> RecordView {
        let e = kb.evaluations[r.id], residual = kb.residualEvaluations[r.id]
        var view = RecordView(kind: t("kind.risks"), registerHref: register(.risk), id: r.id, title: r.title ?? "")
        if let e { view.badges.append(e.acceptable ? (t("acceptable"), "ok") : (t("notAcceptable"), "bad")) }
        view.facts = [
            (t("asset"), asset(r.asset) + " " + HTML.escape(title(.asset, r.asset))),
            (t("threat"), titled(.threat, r.threat)),
            (t("vulnerability"), titled(.vulnerability, r.vulnerability)),
            (t("elements"), r.elements.map { HTML.escape(t($0.name)) }.joined(separator: separator)),
            (t("owner"), party(r.owner)),
            (t("description"), linkify(r.description)),
            (t("riskValue"), e.map { "<strong>\($0.value)</strong>" } ?? "—"),
            (t("treatment"), r.treatment.map { HTML.escape(t("option.\($0.rawValue)")) } ?? "—"),
        ]
        if let to = r.transferTo { view.facts.append((t("transferTo"), linkify(to))) }
        if !r.overrides.isEmpty { view.facts.append((t("overrides"), overrides(r.overrides))) }
        var sections: [Section] = []
        sections.append(Section(title: t("evaluation"), anchor: "evaluation", table: e.map(calculation),
                                html: e.map { _ in site.commonParts.value("acceptanceRule") { "<p class=\"note\">\(HTML.escape(criteria))</p>" } },
                                empty: t("notEvaluated")))
        let controls = r.controls.map(Catalog.canonicalControlID)
        sections.append(Section(title: t("controls"), anchor: "controls", table: Table(
            head: [t("control"), t("title"), t("applicability"), t("implementation")],
            cells: controls.map { id in
                let d = kb.decisions[id]
                return [link(.control, id), HTML.escape(kb.base.catalog.control(id)?.title ?? ""),
                        d.map { HTML.escape(t($0.applicable ? "yes" : "no")) } ?? "—",
                        d?.status.map { HTML.escape(t("impl.\($0.rawValue)")) } ?? "—"]
            })))
        sections.append(Section(title: t("treatmentPlan"), anchor: "plan", table: planTable(r.plan)))
        if let residual {
            var residualSection = Section(title: t("residualRisk"), anchor: "residual", table: calculation(residual))
            if let overrides = r.residual, !overrides.isEmpty {
                residualSection.html = "<p class=\"note\">\(HTML.escape(t("residualBasis"))): \(self.overrides(overrides))</p>"
            }
            sections.append(residualSection)
        }
        if let a = r.acceptance {
            sections.append(Section(title: t("acceptance"), anchor: "acceptance", table: Table(
                head: [t("acceptedBy"), t("date"), t("note")], cells: [[party(a.by), a.date?.description ?? "—", linkify(a.note)]])))
        } else if let residual, !residual.acceptable {
            sections.append(Section(title: t("acceptance"), anchor: "acceptance", html: "<p class=\"status bad\">\(HTML.escape(t("acceptanceMissing")))</p>"))
        }
        sections.append(referencedBy(.risk, r.id))
        view.sections = sections
        return view
    }

    /// Values a risk sets instead of the inventory's or catalogue's.
    func overrides(_ o: RatingOverrides) -> String {
        var parts: [String] = []
        for (key, value) in [("confidentiality", o.confidentiality), ("integrity", o.integrity), ("availability", o.availability),
                             ("threat", o.threat), ("vulnerability", o.vulnerability)] {
            if let value { parts.append("\(HTML.escape(t(key))) \(value)") }
        }
        return parts.joined(separator: separator)
    }

    /// The acceptance rule in the methodology's terms.
    var criteria: String {
        let a = kb.base.methodology.acceptance
        return t("acceptanceRule") + ": " + t("riskValue") + " " + a.comparison.rawValue + " \(a.threshold)"
            + a.overrides.map { "; " + rule($0) }.joined()
    }
}
