/// The organisation whose ISMS this is.
public struct Organisation: Hashable, Sendable {
    public var name = ""
    public var shortName: String?
    public var address: String?
    public var description: String?

    public init() {}
}

/// How the knowledge base may be published.
public struct Publishing: Hashable, Sendable {
    /// Raw HTML in Markdown is removed unless the knowledge base opts in.
    public var rawHTML = false
    /// The highest classification the internal site may include.
    public var internalMaximum: String?
    public var language = "en"

    public init() {}
}

/// Everything `isms.yaml` holds.
public struct Settings: Hashable, Sendable {
    public var organisation = Organisation()
    public var scope: String?
    /// Ids of the criteria sets that apply, first one the default for unprefixed references.
    public var criteria: [String] = [Criteria.iso27001_2022.id]
    public var classifications: [String] = ["public", "internal", "confidential", "secret"]
    /// The control catalogue the SoA decides on: `iso27001-2022` (default) or `iso27001-2013`.
    public var catalogue = Catalog.annexA2022.id
    public var publishing = Publishing()
    public var methodology = Methodology.standard
    public var origin: Origin

    public init(origin: Origin) { self.origin = origin }

    /// The criteria sets in force, built-in ones resolved by id.
    public var criteriaInForce: [Criteria] { criteria.compactMap { Criteria.builtIn[$0] } }
}
