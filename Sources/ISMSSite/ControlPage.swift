import ISMSModel
import ISMSRules

/// The page of one catalogue control with its Statement of Applicability decision.
extension PageLinks {
    /// A control's applicability as a tag.
    func applicability(_ d: SoADecision?) -> String {
        guard let d else { return "<span class=\"tag bad\">\(HTML.escape(t("noDecision")))</span>" }
        return d.applicable ? "<span class=\"tag ok\">\(HTML.escape(t("applicable")))</span>"
            : "<span class=\"tag muted\">\(HTML.escape(t("excluded")))</span>"
    }

    /// A theme as headings show it: "5 Organizational controls", or the words for the knowledge base's own controls.
    func themeName(_ theme: CatalogTheme) -> String {
        theme.id == Catalog.additionalTheme.id ? t("ownControls") : "\(theme.id) \(theme.name)"
    }

    func control(_ c: CatalogControl) -> RecordView {
        let d = kb.decisions[c.id]
        var view = RecordView(kind: t("kind.controls"), registerHref: register(.control), id: c.id, title: c.title)
        view.badges.append(d == nil ? (t("noDecision"), "bad") : d!.applicable ? (t("applicable"), "ok") : (t("excluded"), "muted"))
        let theme = kb.base.catalog.themes.first { $0.id == c.theme }
        view.facts = [
            (t("catalogue"), HTML.escape(kb.base.catalog.title)),
            (t("theme"), HTML.escape(theme.map(themeName) ?? c.theme)),
            (t("summary"), HTML.escape(c.summary)),
            (t("applicability"), applicability(d)),
        ]
        if let d {
            if d.applicable {
                view.facts.append((t("reasons"), d.reasons.isEmpty ? "—" : d.reasons.map { HTML.escape(t("reason.\($0.rawValue)")) }.joined(separator: separator)))
                view.facts.append((t("implementation"), d.status.map { HTML.escape(t("impl.\($0.rawValue)")) } ?? "—"))
            } else {
                view.facts.append((t("justification"), linkify(d.justification)))
            }
            if let notes = d.notes { view.facts.append((t("notes"), linkify(notes))) }
        }
        let referrers = site.index.referrers(of: .control, c.id).filter { visible($0.kind, $0.id) }
        let documents = referrers.filter { $0.kind == .document }
        view.sections = [
            Section(title: t("evidence"), anchor: "evidence", items: (d?.evidence ?? []).map(linkify)),
            Section(title: t("risksTreated"), anchor: "risks", table: riskTable(site.index.risksByControl[c.id]), empty: t("noRisksTreated")),
            Section(title: t("implementingDocuments"), anchor: "documents", items: documents.map { titled(.document, $0.id) }),
            Section(title: t("referencedBy"), anchor: "referenced-by",
                    items: shown(referrers.filter { $0.kind != .document })),
        ]
        return view
    }
}
