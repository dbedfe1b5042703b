import Foundation
import ISMSLoader
import ISMSMarkdown
import ISMSModel
import ISMSReports
import ISMSRules

/// Renders the site: every page of the knowledge base as bytes keyed by path from the site root.
public struct SiteBuilder: Sendable {
    /// How far ahead the dashboard looks for reviews, actions and training falling due.
    static let soonDays = TrainingMatrixReport.warningDays

    public var inspection: Inspection
    public var theme: Theme
    /// Reads files of the knowledge base that documents link to (images, PDFs), to copy them.
    public var attachments: FileSource?
    /// Who the site is for; decides what reaches the output.
    public var audience: Audience
    /// Adds the reception display (`display/`) to a public build.
    public var display = false

    public init(inspection: Inspection, theme: Theme, attachments: FileSource? = nil, audience: Audience = .internal) {
        self.inspection = inspection
        self.theme = theme
        self.attachments = attachments
        self.audience = audience
    }

    /// Where the search page and the index it reads live, from the site root.
    public static let searchPagePath = "search.html"
    public static let searchIndexPath = "search-index.js"

    /// One page of the site, named by what it shows.
    enum PageSpec: Hashable, Sendable {
        case home, methodology, glossary, search, reports
        case report(ReportKind)
        case register(RecordKind)
        case record(RecordKind, String)
        case group(String)
    }

    /// A rendered page and what the search index keeps of it.
    struct RenderedPage: Sendable {
        var html: Data
        var entry: SearchEntry?
    }

    /// All files of the site. Pure apart from reading linked attachments: the same input gives the same bytes.
    public func files() throws -> [String: Data] {
        let collected = CollectedFiles()
        try build { path, data in collected.add(path, data) }
        return collected.files
    }

    /// Makes every file of the site and hands each to `sink` as soon as it is made, from
    /// several threads at once, so a large site is never held in memory as a whole. Each path
    /// is handed over once; the bytes do not depend on the order. Returns what a later
    /// `update` needs to rewrite only part of the site.
    @discardableResult
    public func build(into sink: SiteSink) throws -> SiteState {
        let site = SiteContext(inspection: inspection, words: theme.strings, audience: audience)
        let specs = pages(site)
        let entries = try render(specs, site, into: sink)
        // The attachments are picked out beside the search index, which leaves a core idle
        // now and then; after it, they were the build's last stretch on one core.
        let attachmentPaths = Background { [self] in linkedAttachments(site) }
        for (name, data) in theme.assets { try sink("\(SitePaths.staticFolder)/\(name)", data) }
        try sink(Self.searchIndexPath, SearchIndex.script(SearchPages(entries)))
        if display && audience == .public {
            for (path, data) in try displayFiles(site) { try sink(path, data) }
        }
        for path in attachmentPaths.wait() {
            if let data = try? attachments?.read(path) { try sink(SitePaths.attachment(path), data) }
        }
        return SiteState(site: site, specs: specs, entries: entries)
    }

    /// Renders pages on all cores and hands each to `sink`; returns their search entries in
    /// the order of `specs`, or the first page's error.
    func render(_ specs: [PageSpec], _ site: SiteContext, into sink: SiteSink) throws -> [SearchEntry?] {
        try specs.concurrentMap { spec in
            Result { () throws -> SearchEntry? in
                let (path, page) = try render(spec, site, companions: sink)
                try sink(path, page.html)
                return page.entry
            }
        }.map { try $0.get() }
    }

    /// Every page of the site in a fixed order.
    func pages(_ site: SiteContext) -> [PageSpec] {
        let base = site.kb.base
        let inside = site.visibility.showsInternalMaterial
        var specs: [PageSpec] = [.home, .glossary, .search] + (inside ? [.methodology, .reports] + ReportKind.allCases.map { .report($0) } : [])
        for kind in SitePaths.recordPageKinds where site.visibility.shows(kind) {
            let visible = base.ids(of: kind).filter { site.paths.page(kind, $0) != nil }
            // A register of nothing would tell the public that such records exist.
            if inside || !visible.isEmpty { specs.append(.register(kind)) }
            var seen: Set<String> = []
            // A duplicated id is an error of `isms check`; its first record gets the page.
            for id in visible where seen.insert(id).inserted { specs.append(.record(kind, id)) }
        }
        var groups: [String] = []
        // By position: `for a in base.assets` copied every asset to read its group.
        for n in base.assets.indices { if let g = base.assets[n].group, site.paths.group(g) != nil, !groups.contains(g) { groups.append(g) } }
        specs += groups.map { .group($0) }
        return specs
    }

    /// Where a page lives, from the site root.
    static func pagePath(_ spec: PageSpec, _ site: SiteContext) -> String {
        switch spec {
        case .home: return "index.html"
        case .methodology: return "methodology.html"
        case .glossary: return "glossary.html"
        case .search: return searchPagePath
        case .reports: return ReportKind.folder + "/index.html"
        case .report(let report): return report.page
        case .register(let kind): return site.paths.register(kind)
        // Pages are only planned for groups and records that have a path.
        case .group(let name): return site.paths.group(name)!
        case let .record(kind, id): return site.paths.page(kind, id)!
        }
    }

    /// The path, view model and template of one page, then the page itself.
    func render(_ spec: PageSpec, _ site: SiteContext, companions companionSink: SiteSink = { _, _ in }) throws -> (String, RenderedPage) {
        let kb = site.kb
        let path = Self.pagePath(spec, site)
        let title: String, template: String, context: [String: Any], kind: String?
        // What search keeps: the page's own text, not the titles of everything it links to.
        var text: String? = nil
        var companions: ((String, SiteSink) throws -> Void)? = nil
        // A page whose values come by schema (`FramedModel`) rather than by name.
        var model: FramedModel? = nil
        switch spec {
        case .home:
            (title, template, kind) = (site.t("home"), "index", nil)
            context = PageLinks(site, page: path).dashboard()
        case .methodology:
            (title, template, kind) = (site.t("methodology"), "methodology", site.t("methodology"))
            context = PageLinks(site, page: path).methodology()
        case .glossary:
            (title, template, kind) = (site.t("glossary"), "glossary", site.t("glossary"))
            context = PageLinks(site, page: path).glossary(theme.glossary)
        case .search:
            (title, template, kind) = (site.t("search"), "search", nil)
            context = [:]
        case .reports:
            (title, template, kind) = (site.t("reports"), "register", nil)
            context = PageLinks(site, page: path).reportsIndex().context
        case .report(let report):
            let links = PageLinks(site, page: path)
            let (view, table) = links.report(report)
            (title, template, kind, context, model) = (view.pageTitle, "record", site.t("reports"), [:], view.model(root: SitePaths.root(of: path)))
            // A report repeats the registers, so it is found by its title alone.
            text = ""
            companions = { content, sink in try printable(report, view: view, table: table, content: content, links: links, into: sink) }
        case .register(let k):
            let links = PageLinks(site, page: path)
            (title, template, kind) = (site.t("kind.\(k.rawValue)"), "register", nil)
            var c = links.register(of: k).context
            if k == .risk {
                c["heatBefore"] = links.heatMap(kb.evaluations, title: site.t("heatBefore"))
                c["heatAfter"] = links.heatMap(links.afterTreatment, title: site.t("heatAfter"))
            }
            context = c
        case .group(let name):
            let view = PageLinks(site, page: path).group(name)
            (title, template, kind, context, model) = (view.pageTitle, "record", view.kind, [:], view.model(root: SitePaths.root(of: path)))
            text = view.searchText
        case let .record(.document, id):
            let document = kb.documents[id]!
            (title, template, kind) = (document.title, "document", site.t("kind.documents"))
            let page = PageLinks(site, page: path).document(document)
            model = page.model
            context = [:]
            text = page.text
        case let .record(k, id):
            let view = try recordView(k, id, PageLinks(site, page: path))
            (title, template, kind, context, model) = (view.pageTitle, "record", view.kind, [:], view.model(root: SitePaths.root(of: path)))
            text = view.searchText
        }
        var content = try model.map { try site.templates.render($0, shared: ["t": site.escapedWords], theme: theme) }
            ?? site.templates.render(template, context.merging(["root": SitePaths.root(of: path), "t": site.escapedWords]) { $1 },
                                     shared: ["t"], theme: theme)
        // The files made with a page (a report's printable version and data) share its work;
        // each is handed over as soon as it is made, so a large report's are never all held at once.
        if let companions {
            // A report's content is large: it is held once, as text, while they are made.
            let text = String(decoding: content, as: UTF8.self)
            content = []
            try companions(text, companionSink)
            content = Array(text.utf8)
        }
        let html = try layout(path, title: title, content: content, site: site, classification: classification(spec, site))
        let record: Bool
        switch spec {
        case .record(.document, _): record = false
        case .record, .group: record = true
        default: record = false
        }
        let entry = kind.map { SearchEntry(path: path, title: title, kind: $0, text: text ?? searchText(String(decoding: content, as: UTF8.self)), snippet: !record) }
        return (path, RenderedPage(html: html, entry: entry))
    }

    /// What search keeps of a page such as the glossary: its text without the breadcrumb,
    /// which says nothing about the page.
    func searchText(_ content: String) -> String {
        var page = Substring(content)
        if let start = page.range(of: "<p class=\"breadcrumb\">"), let end = page[start.upperBound...].range(of: "</p>") {
            page = page[..<start.lowerBound] + page[end.upperBound...]
        }
        return SearchIndex.plainText(fromHTML: String(page))
    }

    func recordView(_ kind: RecordKind, _ id: String, _ links: PageLinks) throws -> RecordView {
        let kb = links.kb, base = kb.base
        // Pages are only planned for ids the knowledge base holds, so the look-ups succeed.
        switch kind {
        case .asset: return links.asset(kb.assets[id]!)
        case .threat: return links.threat(kb.threats[id]!)
        case .vulnerability: return links.vulnerability(kb.vulnerabilities[id]!)
        case .risk: return links.risk(kb.risks[id]!)
        case .control: return links.control(base.catalog.control(id)!)
        case .person: return links.person(kb.people[id]!)
        case .role: return links.role(kb.roles[id]!)
        case .training: return links.training(kb.training[id]!)
        case .audit: return links.audit(kb.audits[id]!)
        case .review: return links.review(kb.reviews[id]!)
        case .incident: return links.incident(kb.incidents[id]!)
        case .nonconformity: return links.nonconformity(kb.nonconformities[id]!)
        case .objective: return links.objective(kb.objectives[id]!)
        case .document, .soa: throw Theme.Failure.missing("record")
        }
    }

    /// The classification a page is marked with: its document's or asset's own, otherwise the
    /// level of unclassified internal material; nil on a public build, where all is public.
    func classification(_ spec: PageSpec, _ site: SiteContext) -> String? {
        guard site.visibility.audience != .public else { return nil }
        switch spec {
        case let .record(.document, id): return site.kb.documents[id]?.classification ?? site.visibility.unclassified
        case let .record(.asset, id): return site.kb.assets[id]?.classification ?? site.visibility.unclassified
        case .glossary, .search: return nil
        default: return site.visibility.unclassified
        }
    }

    /// Wraps a page's content in the layout.
    /// Pages share their frame (menus, footer) with every page at the same depth, in the same
    /// section and of the same classification: it is rendered once with stand-ins for the title
    /// and content (as `TemplateFrames` does for page templates), which are then put in, instead
    /// of running the template for each page. A layout that uses them otherwise runs per page.
    func layout(_ path: String, title: String, content: [UInt8], site: SiteContext, classification: String?) throws -> Data {
        let root = SitePaths.root(of: path)
        let folder = SitePaths.section(of: path) + "/"
        let current = site.navigation.first { $0.href == path || ($0.href.hasSuffix("/index.html") && $0.href.hasPrefix(folder)) }?.href ?? ""
        let key = "layout\u{1E}\(root)\u{1F}\(current)\u{1F}\(classification ?? "")"
        let frame = theme.frameable.contains("layout") ? try site.templates.frame(key, slots: 2) {
            try renderLayout(path, escapedTitle: FilledTemplate.standIn(0), content: FilledTemplate.standIn(1), site: site, classification: classification)
        } : nil
        // U+0001, which only stand-ins hold, is dropped from titles, as it always was.
        // Its UTF-8 is the byte 1, which no other character's holds.
        let safeTitle = HTML.escape(title.utf8.contains(1) ? String(title.unicodeScalars.filter { $0 != "\u{1}" }) : title)
        guard let frame else {
            return Data(try renderLayout(path, escapedTitle: safeTitle, content: String(decoding: content, as: UTF8.self), site: site, classification: classification).utf8)
        }
        return frame.data(with: [Array(safeTitle.utf8), content])
    }

    /// Runs the layout template for one page.
    func renderLayout(_ path: String, escapedTitle: String, content: String, site: SiteContext, classification: String?) throws -> String {
        let root = SitePaths.root(of: path)
        let org = site.kb.base.settings.organisation
        let inside = site.visibility.showsInternalMaterial
        let nav: [(String, String)] = [
            ("home", "index.html"), ("kind.documents", site.paths.register(.document)), ("kind.risks", site.paths.register(.risk)),
            ("kind.assets", site.paths.register(.asset)), ("kind.controls", site.paths.register(.control)),
            ("kind.people", site.paths.register(.person)), ("reports", ReportKind.folder + "/index.html"),
            ("methodology", "methodology.html"), ("glossary", "glossary.html"),
        ].filter { key, _ in site.navigation.contains { $0.key == key } }
        let section = SitePaths.section(of: path)
        return try theme.render("layout", [
            "lang": HTML.escape(site.kb.base.settings.publishing.language),
            "title": escapedTitle,
            "organisation": HTML.escape(org.name),
            "root": root,
            "asOf": site.kb.asOf.description,
            "version": ISMSVersion.current,
            "t": site.escapedWords,
            "nav": nav.map { key, href in
                ["label": HTML.escape(site.t(key)), "href": root + href,
                 "current": href == path || (href.hasSuffix("/index.html") && href.hasPrefix(section + "/"))]
            },
            "registers": (inside ? [RecordKind.threat, .vulnerability, .role, .training, .audit, .review, .incident, .nonconformity, .objective] : []).map {
                ["label": HTML.escape(site.t("kind.\($0.rawValue)")), "href": root + site.paths.register($0)]
            },
            "content": content,
        ].merging(classification.map { ["classification": HTML.escape($0), "audience": HTML.escape(site.t("audience.\(site.visibility.audience.rawValue)"))] } ?? [:]) { $1 })
    }

    /// A report as a standalone page for paper, the stylesheet that puts the organisation,
    /// report, revision, date and page number on every page, and the report's data as CSV and
    /// JSON. The printable page lies beside the report's page, so it reuses its content.
    func printable(_ report: ReportKind, view: RecordView, table: () -> ExportTable?, content: String, links: PageLinks, into sink: SiteSink) throws {
        let site = links.site, path = report.printable, root = SitePaths.root(of: path)
        var context: [String: Any] = [
            "lang": HTML.escape(site.kb.base.settings.publishing.language),
            "title": HTML.escape(view.title),
            "organisation": HTML.escape(site.kb.base.settings.organisation.name),
            "root": root,
            "asOf": site.kb.asOf.description,
            "version": ISMSVersion.current,
            "revision": HTML.escape(links.revision),
            "orientation": report.landscape ? "landscape" : "portrait",
            "pageStyle": (report.pageStyle as NSString).lastPathComponent,
            "t": site.escapedWords,
            "content": content,
        ]
        if report == .soa, let approval = links.soaApproval { context["approval"] = approval }
        let org = site.kb.base.settings.organisation.name
        func css(_ text: String) -> String {
            "\"" + text.unicodeScalars.map { s -> String in
                switch s {
                case "\"", "\\": return "\\" + String(s)
                case "\n", "\r", "\u{0C}": return "\\a "
                case "<": return "\\3c "
                default: return String(s)
                }
            }.joined() + "\""
        }
        let style = """
            @charset "UTF-8";
            /* Running heads of this report; generated by isms. */
            @page {
              @top-left { content: \(css(org)); font-size: 8pt; color: #444; font-family: sans-serif; }
              @top-right { content: \(css(view.title)); font-size: 8pt; color: #444; font-family: sans-serif; }
              @bottom-left { content: \(css(site.t("revision") + " " + links.revision)); font-size: 8pt; color: #444; font-family: sans-serif; }
              @bottom-center { content: \(css(site.t("asOf") + " " + site.kb.asOf.description)); font-size: 8pt; color: #444; font-family: sans-serif; }
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; font-family: sans-serif; }
            }

            """
        try sink(report.printable, Data(try theme.render("print", context).utf8))
        try sink(report.pageStyle, Data(style.utf8))
        if let data = report.data, let table = table() {
            try sink("\(ReportKind.folder)/\(data.name).csv", Data(table.csvBytes))
            try sink("\(ReportKind.folder)/\(data.name).json", Data(table.jsonBytes))
        }
    }

    /// Knowledge-base files (not documents) that documents link to; those of `documents` only when given.
    func linkedAttachments(_ site: SiteContext, of documents: Set<String>? = nil) -> [String] {
        let kb = site.kb
        // Only documents this audience sees bring their files along. Each link's target was
        // worked out when the knowledge base was resolved, so only the files are picked out here.
        var linked: Set<String> = []
        for d in kb.base.documents where site.paths.page(.document, d.id) != nil && documents?.contains(d.id) != false {
            linked.formUnion(kb.linkedFiles(of: d))
        }
        return linked.sorted()
    }
}

/// Receives the files of a build by path from the site root; called from several threads at once.
public typealias SiteSink = @Sendable (_ path: String, _ data: Data) throws -> Void

/// The files of a build gathered in memory, for tests and the audit pack.
final class CollectedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [String: Data] = [:]

    func add(_ path: String, _ data: Data) {
        lock.lock()
        files[path] = data
        lock.unlock()
    }
}
