/// The kinds of documented information the format knows.
public enum DocumentType: String, Sendable, Hashable, CaseIterable {
    case scope, policy, standard, regulation, procedure, guideline, plan, record, other
    case privacyPolicy = "privacy-policy"
}

/// When a document is next due for review: a fixed date or an interval after approval.
public enum ReviewSchedule: Hashable, Sendable {
    case date(CalendarDate)
    case interval(Interval)
}

/// A policy, procedure, plan or other Markdown document with its front matter.
public struct Document: Hashable, Sendable {
    public var id: String
    public var title = ""
    public var type: DocumentType?
    public var owner: String?
    public var approver: String?
    public var approved: CalendarDate?
    public var version: String?
    public var review: ReviewSchedule?
    public var classification: String?
    public var controls: [String] = []
    public var risks: [String] = []
    /// Requirement references, `CLAUSE` for the default criteria or `CRITERIA:CLAUSE`.
    public var satisfies: [String] = []
    /// Path relative to the knowledge base, e.g. `policies/basic-policy.md`.
    public var path: String
    /// The Markdown after the front matter.
    public var body = ""
    /// Line of the file on which `body` starts, so body diagnostics point at file lines.
    public var bodyLine = 1
    public var hasFrontMatter = true
    /// Every link and image destination in the body, where it is written.
    public var links: [DocumentLink] = []
    /// The ids of the body's headings, the targets of `#fragment` links.
    public var anchors: [String] = []
    /// The body as HTML, made when the document was read; nil when it was not, and the page
    /// then renders `body` itself.
    public var rendered: RenderedBody?
    public var origin: Origin

    public init(id: String, path: String, origin: Origin) {
        self.id = id
        self.path = path
        self.origin = origin
    }

    /// The next review date: the fixed date, or the interval counted from approval.
    public func nextReview(defaultInterval: Interval) -> CalendarDate? {
        switch review {
        case .date(let d): return d
        case .interval(let i): return approved.map(i.after)
        case nil: return approved.map(defaultInterval.after)
        }
    }
}

/// A link written in a document's body and the place it is written.
public struct DocumentLink: Hashable, Sendable {
    public var destination: String
    public var location: SourceLocation

    public init(destination: String, location: SourceLocation) {
        self.destination = destination
        self.location = location
    }
}
