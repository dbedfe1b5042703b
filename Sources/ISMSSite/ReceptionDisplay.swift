import Foundation
import ISMSMarkdown
import ISMSModel

/// The reception display: the public documents in large type, one screen each, cycling on a
/// timer (a script scrolls long ones; without script a refresh moves on), and the basic policy
/// as a printable poster. Built from the public audience only.
extension SiteBuilder {
    /// Seconds each screen stays up (doubled reading time for a long page is the script's job).
    static let displaySeconds = 30

    func displayFiles(_ site: SiteContext) throws -> [String: Data] {
        let kb = site.kb
        let org = kb.base.settings.organisation.name
        // Policies first: they are what a waiting room should read.
        let order: [DocumentType?] = [.policy, .privacyPolicy]
        let documents = kb.base.documents.filter { site.paths.page(.document, $0.id) != nil }
            .sorted { a, b in
                let ra = order.firstIndex(of: a.type) ?? order.count, rb = order.firstIndex(of: b.type) ?? order.count
                return ra != rb ? ra < rb : a.id < b.id
            }
        guard !documents.isEmpty else { return [:] }
        let names = SitePaths(kb.base)
        func file(_ d: Document) -> String { (names.page(.document, d.id)! as NSString).lastPathComponent }
        let screens = ["index.html"] + documents.map(file)
        func reviewed(_ date: CalendarDate?) -> String {
            date.map { site.words.format("lastReviewed", ["date": $0.description]) } ?? ""
        }
        func render(_ template: String, _ context: [String: Any]) throws -> Data {
            Data(try theme.render(template, context.merging([
                "lang": HTML.escape(kb.base.settings.publishing.language),
                "organisation": HTML.escape(org),
                "version": ISMSVersion.current,
                "seconds": "\(Self.displaySeconds)",
            ]) { $1 }).utf8)
        }
        func body(_ d: Document) -> String {
            // On a screen and on paper nobody can follow a link: keep the words, drop the links.
            DocumentBody(d, allowRawHTML: kb.base.settings.publishing.rawHTML) { _, _ in .unlink }.html
        }
        var files: [String: Data] = [:]
        let latest = documents.compactMap(\.approved).max()
        files["display/index.html"] = try render("display", [
            "title": HTML.escape(site.t("displayTitle")),
            "cover": true,
            "documents": documents.map { HTML.escape($0.title) },
            "next": screens[1],
            "step": "1 / \(screens.count)",
            "reviewedLabel": HTML.escape(reviewed(latest)),
        ])
        for (i, d) in documents.enumerated() {
            files["display/" + file(d)] = try render("display", [
                "title": HTML.escape(d.title),
                "body": body(d),
                "next": screens[(i + 2) % screens.count],
                "step": "\(i + 2) / \(screens.count)",
                "reviewedLabel": HTML.escape(reviewed(d.approved)),
            ])
        }
        if let policy = documents.first(where: { $0.type == .policy }) ?? documents.first {
            files["display/poster.html"] = try render("poster", [
                "title": HTML.escape(policy.title),
                "body": body(policy),
                "reviewedLabel": HTML.escape(reviewed(policy.approved)),
            ])
        }
        return files
    }
}
