import Foundation
import ISMSMarkdown
import ISMSModel
import ISMSRules

/// Renders the site: every page of the knowledge base as bytes keyed by path from the site root.
public struct SiteBuilder: Sendable {
    public var inspection: Inspection
    public var theme: Theme

    public init(inspection: Inspection, theme: Theme) {
        self.inspection = inspection
        self.theme = theme
    }

    var kb: ResolvedKnowledgeBase { inspection.resolved }

    /// All files of the site. Pure: the same inspection and theme give the same bytes.
    public func files() throws -> [String: Data] {
        let paths = PagePaths(documentIDs: kb.base.documents.map(\.id))
        var files: [String: Data] = [:]
        for (name, data) in theme.assets { files["assets/\(name)"] = data }
        files["index.html"] = Data(try page("index.html", title: "Home", template: "index", index(paths)).utf8)
        // Pages are independent, so they render on all cores; each slot is written by one task only.
        let documents = kb.base.documents
        let rendered = UnsafeMutableBufferPointer<Result<Data, Error>?>.allocate(capacity: documents.count)
        rendered.initialize(repeating: nil)
        defer { rendered.deallocate() }
        let slots = SendableSlots(rendered)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            let doc = documents[i], path = paths.document(doc.id)
            slots.buffer[i] = Result {
                Data(try page(path, title: doc.title, template: "document", document(doc, paths, root: PagePaths.root(of: path))).utf8)
            }
        }
        for (i, doc) in documents.enumerated() { files[paths.document(doc.id)] = try rendered[i]!.get() }
        return files
    }

    /// Wraps a page's content in the layout.
    func page(_ path: String, title: String, template: String, _ context: [String: Any]) throws -> String {
        let root = PagePaths.root(of: path)
        var context = context
        context["root"] = root
        let org = kb.base.settings.organisation
        let layout: [String: Any] = [
            "lang": HTML.escape(kb.base.settings.publishing.language),
            "title": HTML.escape(title),
            "organisation": HTML.escape(org.name),
            "root": root,
            "asOf": kb.asOf.description,
            "version": ISMSVersion.current,
            "content": try theme.render(template, context),
        ]
        return try theme.render("layout", layout)
    }

    func index(_ paths: PagePaths) -> [String: Any] {
        let settings = kb.base.settings
        let counts: [(String, RecordKind)] = [
            ("Documents", .document), ("Assets", .asset), ("Threats", .threat), ("Vulnerabilities", .vulnerability),
            ("Risks", .risk), ("SoA decisions", .soa), ("People", .person), ("Roles", .role), ("Training records", .training),
            ("Internal audits", .audit), ("Management reviews", .review), ("Incidents", .incident),
            ("Nonconformities", .nonconformity), ("Objectives", .objective),
        ]
        let documents = kb.base.documents.sorted { ($0.type?.rawValue ?? "~", $0.title) < ($1.type?.rawValue ?? "~", $1.title) }
        return [
            "organisation": HTML.escape(settings.organisation.name),
            "description": settings.organisation.description.map(HTML.escape) ?? "",
            "scope": settings.scope.map { Markdown.render($0).html } ?? "",
            "criteria": settings.criteriaInForce.map { HTML.escape($0.title) }.joined(separator: ", "),
            "counts": counts.map { ["label": $0.0, "count": kb.base.count($0.1)] },
            "errors": inspection.errorCount,
            "warnings": inspection.warningCount,
            "clean": inspection.diagnostics.isEmpty,
            "documents": documents.map { d -> [String: Any] in
                let next = kb.nextReview(of: d)
                return [
                    "href": paths.document(d.id),
                    "id": HTML.escape(d.id),
                    "title": HTML.escape(d.title),
                    "type": HTML.escape(d.type?.rawValue ?? "—"),
                    "classification": HTML.escape(d.classification ?? "—"),
                    "owner": HTML.escape(d.owner.map(kb.partyName) ?? "—"),
                    "version": HTML.escape(d.version ?? "—"),
                    "nextReview": next?.description ?? "—",
                    "overdue": next.map { $0 < kb.asOf } ?? false,
                ]
            },
        ]
    }

    func document(_ d: Document, _ paths: PagePaths, root: String) -> [String: Any] {
        let rendered = Markdown.render(d.body, allowRawHTML: kb.base.settings.publishing.rawHTML, title: d.title) { url in
            DocumentLinks.rewrite(url, from: d, paths: paths, kb: kb, root: root)
        }
        let next = kb.nextReview(of: d)
        func party(_ id: String?) -> String {
            guard let id else { return "—" }
            let name = kb.partyName(id)
            return name == id ? HTML.escape(id) : "\(HTML.escape(name)) (\(HTML.escape(id)))"
        }
        var meta: [[String: Any]] = [
            ["label": "Id", "value": HTML.escape(d.id)],
            ["label": "Type", "value": HTML.escape(d.type?.rawValue ?? "—")],
            ["label": "Owner", "value": party(d.owner)],
            ["label": "Approver", "value": party(d.approver)],
            ["label": "Approved", "value": d.approved?.description ?? "not approved"],
            ["label": "Version", "value": HTML.escape(d.version ?? "—")],
            ["label": "Classification", "value": HTML.escape(d.classification ?? "—")],
            ["label": "Next review", "value": (next?.description ?? "—") + (next.map { $0 < kb.asOf } == true ? " (overdue)" : "")],
            ["label": "Source", "value": HTML.escape(d.path)],
        ]
        let requirements = d.satisfies.map { ref -> String in
            guard let (criteria, req) = kb.requirement(ref) else { return HTML.escape(ref) + " (unknown requirement)" }
            return HTML.escape("\(criteria.title) \(req.clause) — \(req.title)")
        }
        if !requirements.isEmpty { meta.append(["label": "Satisfies", "value": requirements.joined(separator: "<br>")]) }
        return [
            "title": HTML.escape(d.title),
            "meta": meta,
            "body": rendered.html,
            "hasControls": !d.controls.isEmpty,
            "hasRisks": !d.risks.isEmpty,
            "controls": d.controls.map { id in
                ["id": HTML.escape(id), "title": HTML.escape(kb.base.catalog.control(id)?.title ?? "unknown control")]
            },
            "risks": d.risks.map { id in
                ["id": HTML.escape(id), "title": HTML.escape(kb.risks[id]?.title ?? "")]
            },
        ]
    }
}

/// Result slots shared by the rendering tasks; safe because each task writes only its own index.
private struct SendableSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result<Data, Error>?>
    init(_ buffer: UnsafeMutableBufferPointer<Result<Data, Error>?>) { self.buffer = buffer }
}
