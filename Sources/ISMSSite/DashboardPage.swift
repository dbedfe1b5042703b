import ISMSMarkdown
import ISMSModel
import ISMSRules

/// The home page: the organisation, counts, the heat maps, open findings and what falls due.
extension PageLinks {
    /// Evaluations after treatment: the residual rating where one is recorded, the original otherwise.
    var afterTreatment: [String: RiskEvaluation] { kb.evaluations.merging(kb.residualEvaluations) { _, residual in residual } }

    func dashboard() -> [String: Any] {
        let settings = kb.base.settings
        guard site.visibility.showsInternalMaterial else {
            // The public home: who we are and the documents we publish, nothing of the ISMS's inside.
            var context: [String: Any] = [
                "organisation": HTML.escape(settings.organisation.name),
                "publicDocuments": kb.base.documents.filter { visible(.document, $0.id) }.map { link(.document, $0.id, label: $0.title) },
            ]
            if let description = settings.organisation.description { context["description"] = HTML.escape(description) }
            return context
        }
        let soon = kb.asOf.adding(days: SiteBuilder.soonDays)
        let kinds: [RecordKind] = [.document, .asset, .threat, .vulnerability, .risk, .control, .person, .role, .training,
                                   .audit, .review, .incident, .nonconformity, .objective]
        let reviews = kb.base.documents.compactMap { d -> (Document, CalendarDate)? in
            guard let next = kb.nextReview(of: d), next <= soon else { return nil }
            return (d, next)
        }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        var actions: [(due: CalendarDate, row: Table.Row)] = []
        for r in kb.base.risks {
            for item in r.plan where item.status != .done && item.status != .cancelled {
                guard let date = item.due, date <= soon else { continue }
                actions.append((date, Table.Row(cells: [titled(.risk, r.id), linkify(item.action), party(item.owner), due(date)], tone: date < kb.asOf ? "overdue" : nil)))
            }
        }
        for n in kb.base.nonconformities {
            for a in n.actions where a.status != .done && a.status != .cancelled {
                guard let date = a.due, date <= soon else { continue }
                actions.append((date, Table.Row(cells: [titled(.nonconformity, n.id), linkify(a.action), party(a.owner), due(date)], tone: date < kb.asOf ? "overdue" : nil)))
            }
        }
        actions.sort { $0.due < $1.due }
        let expiring = currentTraining.filter { $0.expires.map { $0 <= soon } ?? false }.sorted { ($0.expires!, $0.id) < ($1.expires!, $1.id) }
        let shown = 50
        let diagnostics = site.inspection.diagnostics
        let findings = diagnostics.prefix(shown).map { d -> [String: Any] in
            ["severity": d.severity == .error ? "error" : "warning",
             "label": HTML.escape(t(d.severity == .error ? "error" : "warning")),
             "code": HTML.escape(d.code), "message": HTML.escape(d.message),
             "location": HTML.escape(d.location.description)]
        }
        var context: [String: Any] = [
            "organisation": HTML.escape(settings.organisation.name),
            "scope": settings.scope.map(markdown) ?? "",
            "criteria": settings.criteriaInForce.map { HTML.escape($0.title) }.joined(separator: separator),
            "counts": kinds.map { ["label": HTML.escape(t("kind.\($0.rawValue)")), "count": kb.base.count($0), "href": register($0)] },
            "errors": site.inspection.errorCount,
            "warnings": site.inspection.warningCount,
            "clean": diagnostics.isEmpty,
            "findings": findings,
            "heatBefore": heatMap(kb.evaluations, title: t("heatBefore")),
            "heatAfter": heatMap(afterTreatment, title: t("heatAfter")),
            "reviews": Table(head: [t("document"), t("owner"), t("nextReview")],
                             cells: reviews.map { [titled(.document, $0.0.id), party($0.0.owner), due($0.1)] }).context,
            "hasReviews": !reviews.isEmpty,
            "actions": Table(head: [t("source"), t("action"), t("owner"), t("due")], rows: actions.map(\.row)).context,
            "hasActions": !actions.isEmpty,
            "training": trainingTable(expiring, showPerson: true).context,
            "hasTraining": !expiring.isEmpty,
            "inside": true,
        ]
        if let description = settings.organisation.description { context["description"] = HTML.escape(description) }
        if diagnostics.count > shown { context["moreFindings"] = HTML.escape(site.words.format("moreFindings", ["n": "\(diagnostics.count - shown)"])) }
        return context
    }

    /// Markdown from `isms.yaml` (the scope), with links resolved as from a document at the root.
    func markdown(_ text: String) -> String {
        let settingsFile = Document(id: "", path: "isms.yaml", origin: kb.base.settings.origin)
        return Markdown.render(text, allowRawHTML: kb.base.settings.publishing.rawHTML) { [targets = kb.linkTargets(of: settingsFile)] in rewrite($0, from: settingsFile, targets) }.html
    }

    /// Training records not superseded by a later one of the same person and competence (or course).
    var currentTraining: [TrainingRecord] {
        var latest: [String: TrainingRecord] = [:]
        for r in kb.base.training {
            let key = r.person + "\u{1F}" + (r.competence ?? r.course)
            if let seen = latest[key], (seen.date ?? .init(dayNumber: 0)) > (r.date ?? .init(dayNumber: 0)) { continue }
            latest[key] = r
        }
        return kb.base.training.filter { latest[$0.person + "\u{1F}" + ($0.competence ?? $0.course)]?.id == $0.id }
    }
}
