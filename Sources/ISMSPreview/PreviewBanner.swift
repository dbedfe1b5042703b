import ISMSModel
import ISMSSite

/// The banner at the top of every served page that lists what the last build found.
public struct PreviewBanner: Sendable {
    /// The build state the banner describes.
    public var snapshot: BuildSnapshot
    /// Prefix that turns knowledge-base paths into paths as the user typed them (`content/`).
    public var pathPrefix: String
    /// How many diagnostics the banner lists; the console has them all.
    public var limit: Int

    /// Creates the banner of one build state.
    public init(snapshot: BuildSnapshot, pathPrefix: String, limit: Int = 10) {
        self.snapshot = snapshot
        self.pathPrefix = pathPrefix
        self.limit = limit
    }

    /// The banner element, or "" when the build was clean; every piece of text is escaped.
    public var html: String {
        let diagnostics = snapshot.diagnostics
        guard snapshot.failure != nil || !diagnostics.isEmpty else { return "" }
        var lines = [#"<div class="isms-preview-banner" role="status">"#]
        if let failure = snapshot.failure {
            lines.append(#"<p class="isms-preview-failure">The last rebuild failed; this is the previous site. "#
                + HTML.escape(failure) + "</p>")
        }
        if !diagnostics.isEmpty {
            let summary = DiagnosticReport(diagnostics: diagnostics, pathPrefix: pathPrefix).summary
            lines.append(#"<p class="isms-preview-summary">isms check: "# + HTML.escape(summary) + "</p>")
            lines.append("<ul>")
            for d in diagnostics.prefix(limit) {
                let place = "\(pathPrefix)\(d.location.file):\(d.location.line)"
                lines.append(#"<li class="isms-preview-\#(d.severity.rawValue)"><span class="isms-preview-place">"#
                    + HTML.escape(place) + "</span> " + HTML.escape("\(d.severity.rawValue): \(d.fullMessage) [\(d.code)]") + "</li>")
            }
            lines.append("</ul>")
            if diagnostics.count > limit {
                lines.append(#"<p class="isms-preview-more">\#(diagnostics.count - limit) more in the console.</p>"#)
            }
        }
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }
}
