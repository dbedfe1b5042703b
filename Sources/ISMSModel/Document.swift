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
///
/// A value like any other, whose fields are kept in one shared box that is copied only when a
/// copy is changed: a document is copied wherever a list of them is read, and copying twenty
/// fields retained each of their strings and lists, in memory that other cores touch too.
public struct Document: Hashable, Sendable {
    /// The fields themselves.
    struct Fields: Hashable, Sendable {
        var id: String
        var title: String = ""
        var type: DocumentType?
        var owner: String?
        var approver: String?
        var approved: CalendarDate?
        var version: String?
        var review: ReviewSchedule?
        var classification: String?
        var controls: [String] = []
        var risks: [String] = []
        var satisfies: [String] = []
        var path: String
        var body: String = ""
        var bodyLine: Int = 1
        var hasFrontMatter: Bool = true
        var links: [DocumentLink] = []
        var anchors: [String] = []
        var rendered: RenderedBody?
        var origin: Origin
    }

    /// Shared between copies until one of them changes.
    final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// The fields, made this copy's own before they change.
    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    public var id: String {
        get { box.fields.id }
        _modify { yield &fields.id }
    }

    public var title: String {
        get { box.fields.title }
        _modify { yield &fields.title }
    }

    public var type: DocumentType? {
        get { box.fields.type }
        _modify { yield &fields.type }
    }

    public var owner: String? {
        get { box.fields.owner }
        _modify { yield &fields.owner }
    }

    public var approver: String? {
        get { box.fields.approver }
        _modify { yield &fields.approver }
    }

    public var approved: CalendarDate? {
        get { box.fields.approved }
        _modify { yield &fields.approved }
    }

    public var version: String? {
        get { box.fields.version }
        _modify { yield &fields.version }
    }

    public var review: ReviewSchedule? {
        get { box.fields.review }
        _modify { yield &fields.review }
    }

    public var classification: String? {
        get { box.fields.classification }
        _modify { yield &fields.classification }
    }

    public var controls: [String] {
        get { box.fields.controls }
        _modify { yield &fields.controls }
    }

    public var risks: [String] {
        get { box.fields.risks }
        _modify { yield &fields.risks }
    }

    /// Requirement references, `CLAUSE` for the default criteria or `CRITERIA:CLAUSE`.
    public var satisfies: [String] {
        get { box.fields.satisfies }
        _modify { yield &fields.satisfies }
    }

    /// Path relative to the knowledge base, e.g. `policies/basic-policy.md`.
    public var path: String {
        get { box.fields.path }
        _modify { yield &fields.path }
    }

    /// The Markdown after the front matter.
    public var body: String {
        get { box.fields.body }
        _modify { yield &fields.body }
    }

    /// Line of the file on which `body` starts, so body diagnostics point at file lines.
    public var bodyLine: Int {
        get { box.fields.bodyLine }
        _modify { yield &fields.bodyLine }
    }

    public var hasFrontMatter: Bool {
        get { box.fields.hasFrontMatter }
        _modify { yield &fields.hasFrontMatter }
    }

    /// Every link and image destination in the body, where it is written.
    public var links: [DocumentLink] {
        get { box.fields.links }
        _modify { yield &fields.links }
    }

    /// The ids of the body's headings, the targets of `#fragment` links.
    public var anchors: [String] {
        get { box.fields.anchors }
        _modify { yield &fields.anchors }
    }

    /// The body as HTML, made when the document was read; nil when it was not, and the page
    /// then renders `body` itself.
    public var rendered: RenderedBody? {
        get { box.fields.rendered }
        _modify { yield &fields.rendered }
    }

    public var origin: Origin {
        get { box.fields.origin }
        _modify { yield &fields.origin }
    }

    public init(id: String, path: String, origin: Origin) {
        box = Box(Fields(id: id, path: path, origin: origin))
    }

    public static func == (a: Document, b: Document) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

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
