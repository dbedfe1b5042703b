import ISMSMarkdown
import ISMSModel
import ISMSRules

/// The page of one document: metadata, contents, body, references both ways and history.
extension PageLinks {
    /// Where a link written in a document leads on the site; links that cannot be followed
    /// lose their target and keep their text (`isms check` reports them).
    func rewrite(_ url: String, from document: Document, _ targets: DocumentLinkTargets) -> LinkRewrite {
        rewrite(targets[url, in: kb], from: document)
    }

    /// Where a link of `document` that leads to `target` leads on the site.
    func rewrite(_ target: LinkTarget, from document: Document) -> LinkRewrite {
        switch target {
        case .external: return .keep
        case let .document(id, fragment):
            if id == document.id, !fragment.isEmpty { return .replace(fragment) }
            return href(.document, id).map { .replace($0 + fragment) } ?? .unlink
        case let .record(kind, id): return href(kind, id).map { .replace($0) } ?? .unlink
        case .file(let path): return .replace(root + SitePaths.attachment(path))
        case .unresolved: return .unlink
        }
    }

    /// The values of the `document` template, by schema: a page is filled without a value looked up by name.
    static let documentSchema = FrameSchema(
        template: "document",
        strings: ["body", "classification", "contents", "controls", "history", "meta", "referencedBy", "registerHref",
                  "registerLabel", "risks", "root", "title"],
        flags: ["hasContents", "hasControls", "hasHistory", "hasReferences", "hasRevisions", "hasRisks"])

    /// The view model of a document's page, and the visible text of its body for the search.
    func document(_ d: Document) -> (model: FramedModel, text: String) {
        let targets = kb.linkTargets(of: d)
        let rendered = DocumentBody(d, allowRawHTML: kb.base.settings.publishing.rawHTML) { link, url in
            rewrite(link.map { targets[link: $0, in: kb] } ?? targets[url, in: kb], from: d)
        }
        let next = kb.nextReview(of: d)
        let inside = site.visibility.showsInternalMaterial
        // Who owns and approves a public document is internal: people are not public records.
        let people: [(String, String)] = inside ? [(t("owner"), party(d.owner)), (t("approver"), party(d.approver))] : []
        var meta: [(String, String)] = [
            (t("id"), HTML.escape(d.id)),
            (t("type"), d.type.map { HTML.escape(t("doctype.\($0.rawValue)")) } ?? "—"),
        ] + people + [
            (t("approved"), d.approved?.description ?? HTML.escape(t("notApproved"))),
            (t("version"), HTML.escape(d.version ?? "—")),
            (t("classification"), HTML.escape(d.classification ?? "—")),
            (t("nextReview"), due(next)),
            (t("source"), "<code>\(HTML.escape(d.path))</code>"),
        ]
        let requirements = d.satisfies.map { ref -> String in
            guard let (criteria, req) = kb.requirement(ref) else { return HTML.escape(ref) }
            return HTML.escape("\(criteria.title) \(req.clause) \(req.title)")
        }
        if !requirements.isEmpty { meta.append((t("satisfies"), requirements.joined(separator: "<br>"))) }
        // Lists made here rather than by template loops, which cost more than the rest of the page.
        let shownHeadings = rendered.headings.filter { $0.level <= 3 }
        var contents = HTMLBuffer(capacity: shownHeadings.reduce(0) { $0 + $1.anchor.utf8.count + $1.text.utf8.count + 48 })
        for h in shownHeadings {
            contents.add("<li class=\"level-")
            contents.add(String(h.level))
            contents.add("\"><a href=\"#")
            contents.add(escaping: h.anchor)
            contents.add("\">")
            contents.add(escaping: h.text)
            contents.add("</a></li>")
        }
        // Absent outside git; empty for a document not committed yet.
        // Commit authors and subjects are the organisation's internal business.
        let revisions = inside ? kb.base.history.map { $0[d.path] ?? [] } : nil
        var history = HTMLBuffer(capacity: (revisions ?? []).reduce(0) { $0 + $1.author.utf8.count + $1.subject.utf8.count + 80 })
        for r in revisions ?? [] {
            history.add("<tr><td>")
            history.add(r.date.description)
            history.add("</td><td>")
            history.add(escaping: r.author)
            history.add("</td><td>")
            history.add(escaping: r.subject)
            history.add("</td><td><code>")
            history.add(escaping: r.shortCommit)
            history.add("</code></td></tr>")
        }
        // Lists as ready `<li>` items with a flag each: with only text and flags, the template
        // is rendered once per shape of page (`TemplateFrames`) instead of once per page.
        let controls = inside ? d.controls.map { titled(.control, $0) } : []
        let risks = inside ? d.risks.map { titled(.risk, $0) } : []
        let referencedBy = shown(site.index.referrers(of: .document, d.id))
        let model = FramedModel(Self.documentSchema, strings: [
            .text(rendered.html), d.classification.map { .text(HTML.escape($0)) }, .text(contents.string),
            .text(HTML.listItems(controls)), .text(history.string), .text(Self.definitions(meta)),
            .text(HTML.listItems(referencedBy)), .text(register(.document)), .text(HTML.escape(t("kind.documents"))),
            .text(HTML.listItems(risks)), .text(root), .text(HTML.escape(d.title)),
        ], flags: [shownHeadings.count > 1, !controls.isEmpty, revisions != nil, !referencedBy.isEmpty, !history.isEmpty, !risks.isEmpty])
        return (model, rendered.text)
    }

    /// Terms and their HTML as the items of a `<dl>`, made in one buffer.
    static func definitions(_ items: [(String, String)]) -> String {
        var html = HTMLBuffer(capacity: items.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count + 24 })
        for (term, value) in items {
            html.add("<dt>")
            html.add(escaping: term)
            html.add("</dt><dd>")
            html.add(value)
            html.add("</dd>\n")
        }
        return html.string
    }
}
