import ISMSModel
import ISMSRules

/// Links from one page to the rest of the site, relative to the page's folder, as escaped HTML.
struct PageLinks {
    let site: SiteContext
    /// The `../` prefix from the page to the site root.
    let root: String

    init(_ site: SiteContext, page: String) {
        self.site = site
        self.root = SitePaths.root(of: page)
    }

    var kb: ResolvedKnowledgeBase { site.kb }

    /// What separates items of a list in running text in the site's language (", " or "、").
    var separator: String { HTML.escape(site.t("listSeparator")) }

    /// The relative address of a record's page, if it has one.
    func href(_ kind: RecordKind, _ id: String) -> String? { site.paths.page(kind, id).map { root + $0 } }

    /// A link to a record labelled with its id (or `label`); an id with no page shows as text marked missing.
    func link(_ kind: RecordKind, _ id: String, label: String? = nil) -> String {
        guard let page = site.paths.page(kind, id) else {
            // Withheld from this audience: the id as written, nothing more about it.
            if exists(kind, id) { return "<span>\(HTML.escape(Self.shownID(kind, id)))</span>" }
            return "<span class=\"missing\" title=\"\(HTML.escape(site.t("notFound")))\">\(HTML.escape(label ?? Self.shownID(kind, id)))</span>"
        }
        return anchor(page, kind, id, label: label)
    }

    /// A link to the page at `page` (from the site root). Page paths hold only ASCII letters,
    /// digits, `.`, `_`, `-` and `/` (`SitePaths.fileName`), as does `root`: the address needs
    /// no escaping.
    /// A record's `title`, when given, follows the link (escaped).
    /// `prefix`, HTML, goes before the link in the same buffer.
    private func anchor(_ page: String, _ kind: RecordKind, _ id: String, label: String?, title: String = "", prefix: String = "") -> String {
        var html = HTMLBuffer(capacity: prefix.utf8.count + root.utf8.count + page.utf8.count + (label ?? id).utf8.count + title.utf8.count + 40)
        html.add(prefix)
        // Ids stay on one line; names and titles may wrap.
        html.add(label == nil ? "<a class=\"ref\" href=\"" : "<a href=\"")
        html.add(root)
        html.add(page)
        html.add("\">")
        html.add(escaping: label ?? Self.shownID(kind, id))
        html.add("</a>")
        if !title.isEmpty {
            html.add(" ")
            html.add(escaping: title)
        }
        return html.string
    }

    /// An id as links show it: a control's in the catalogue's spelling.
    private static func shownID(_ kind: RecordKind, _ id: String) -> String {
        kind == .control ? Catalog.canonicalControlID(id) : id
    }

    /// Whether the knowledge base holds a record, whether or not this audience may see it.
    func exists(_ kind: RecordKind, _ id: String) -> Bool {
        kind == .control ? kb.base.catalog.control(id) != nil : kb.kinds[id] == kind
    }

    /// Whether this build has a page for a record (the audience may see it).
    func visible(_ kind: RecordKind, _ id: String) -> Bool { site.paths.page(kind, id) != nil }

    /// A record's title, empty when it has none or this audience may not see it.
    func title(_ kind: RecordKind, _ id: String) -> String { visible(kind, id) ? site.index.title(kind, id) : "" }

    /// A link to a record followed by its title, for lists.
    func titled(_ kind: RecordKind, _ id: String) -> String {
        // The page is looked up once, for both the link and whether the title may show.
        guard let page = site.paths.page(kind, id) else { return link(kind, id) }
        return anchor(page, kind, id, label: nil, title: site.index.title(kind, id))
    }

    /// The records of a list this audience may see, each as its kind, then its id and title
    /// linked. Each page is looked up once, for both whether it shows and the link.
    func shown(_ referrers: [Referrer]) -> [String] {
        referrers.compactMap { r in
            site.paths.page(r.kind, r.id).map { anchor($0, r.kind, r.id, label: nil, title: site.index.title(r.kind, r.id), prefix: site.kindLabels[r.kind] ?? "") }
        }
    }

    /// An owner, approver or participant: a person or a role by name, linked; other text as is.
    /// A person or role withheld from the audience shows as its id only.
    func party(_ id: String?) -> String {
        guard let id else { return "—" }
        if let person = kb.people[id] { return visible(.person, id) ? link(.person, id, label: person.name.isEmpty ? id : person.name) : link(.person, id) }
        if let role = kb.roles[id] { return visible(.role, id) ? link(.role, id, label: role.name.isEmpty ? id : role.name) : link(.role, id) }
        return HTML.escape(id)
    }

    /// An asset id or an asset group name, linked.
    func asset(_ id: String) -> String {
        // By key: `kb.assets[id] != nil` copies the asset out to compare it with nil.
        if kb.assets.keys.contains(id) { return link(.asset, id) }
        if let group = site.paths.group(id) { return "<a href=\"\(HTML.escape(root + group))\">\(HTML.escape(id))</a>" }
        return link(.asset, id)
    }

    /// Comma-separated links.
    func list(_ kind: RecordKind, _ ids: [String]) -> String {
        ids.isEmpty ? "—" : ids.map { link(kind, $0) }.joined(separator: separator)
    }

    /// Free text escaped, with every word that is the id of a record or control turned into a link.
    func linkify(_ text: String?) -> String {
        guard var text, !text.isEmpty else { return "—" }
        // On UTF-8 bytes: word characters and the characters to escape are all ASCII, and
        // free text runs to tens of thousands of fields in a large register.
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            func isWordByte(_ b: UInt8) -> Bool {
                (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F
            }
            func flush(_ start: Int, _ end: Int) {
                guard start < end else { return }
                // Sentence punctuation after an id is not part of it.
                var stop = end
                while stop > start, bytes[stop - 1] == 0x2E || bytes[stop - 1] == 0x2D || bytes[stop - 1] == 0x5F { stop -= 1 }
                let candidate = UnsafeBufferPointer(rebasing: bytes[start..<stop])
                let control = stop - start > 2 && bytes[start] == UInt8(ascii: "A") && bytes[start + 1] == UInt8(ascii: ".")
                if control || site.recordIDs.mayBeID(candidate) {
                    let word = String(decoding: candidate, as: UTF8.self)
                    if let kind = kb.kinds[word], kind != .soa, visible(kind, word) {
                        out.append(contentsOf: link(kind, word).utf8)
                    } else if control, visible(.control, word) {
                        out.append(contentsOf: link(.control, word).utf8)
                    } else {
                        out.append(contentsOf: candidate)
                    }
                } else {
                    out.append(contentsOf: candidate)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[stop..<end]))
            }
            var wordStart = -1
            for (i, b) in bytes.enumerated() {
                if isWordByte(b) {
                    if wordStart < 0 { wordStart = i }
                    continue
                }
                if wordStart >= 0 { flush(wordStart, i); wordStart = -1 }
                HTML.appendEscaped(b, to: &out)
            }
            if wordStart >= 0 { flush(wordStart, bytes.count) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A date, marked when it has passed.
    func due(_ date: CalendarDate?, done: Bool = false) -> String {
        guard let date else { return "—" }
        guard !done, date < kb.asOf else { return "<time>\(date)</time>" }
        return "<span class=\"overdue\"><time>\(date)</time> (\(HTML.escape(site.t("overdue"))))</span>"
    }
}
