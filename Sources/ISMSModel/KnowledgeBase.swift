/// An ISMS knowledge base as loaded: settings, documents and every kind of record.
public struct KnowledgeBase: Hashable, Sendable {
    public var settings: Settings
    /// Paths of the files that are neither documents nor records (images, PDFs) that documents may link to.
    public var attachments: Set<String> = []
    public var documents: [Document] = []
    public var assets: [Asset] = []
    public var threats: [Threat] = []
    public var vulnerabilities: [Vulnerability] = []
    public var risks: [Risk] = []
    public var soa: [SoADecision] = []
    public var people: [Person] = []
    public var roles: [Role] = []
    public var training: [TrainingRecord] = []
    public var audits: [Audit] = []
    public var reviews: [ManagementReview] = []
    public var incidents: [Incident] = []
    public var nonconformities: [Nonconformity] = []
    public var objectives: [Objective] = []
    /// Requirement catalogues of the knowledge base's own (`catalogues/`), mapped to the controls.
    public var requirementCatalogues: [RequirementCatalogue] = []
    /// The control catalogue in force.
    public var catalog: Catalog = .annexA2022
    /// Revisions of each document by path (as `Document.path`), newest first;
    /// nil when the history is unknown (not in a git work tree, or loaded from memory).
    public var history: [String: [Revision]]? = nil

    public init(settings: Settings) { self.settings = settings }

    public var methodology: Methodology { settings.methodology }

    /// How many records of a kind the knowledge base holds.
    /// The ids of a kind's records in register order (the catalogue's for controls, the
    /// decided controls for the SoA).
    public func ids(of kind: RecordKind) -> [String] {
        switch kind {
        case .asset: return assets.map(\.id)
        case .threat: return threats.map(\.id)
        case .vulnerability: return vulnerabilities.map(\.id)
        case .risk: return risks.map(\.id)
        case .soa: return soa.map(\.control)
        case .person: return people.map(\.id)
        case .role: return roles.map(\.id)
        case .training: return training.map(\.id)
        case .audit: return audits.map(\.id)
        case .review: return reviews.map(\.id)
        case .incident: return incidents.map(\.id)
        case .nonconformity: return nonconformities.map(\.id)
        case .objective: return objectives.map(\.id)
        case .document: return documents.map(\.id)
        case .control: return catalog.controls.map(\.id)
        }
    }

    public func count(_ kind: RecordKind) -> Int {
        switch kind {
        case .asset: return assets.count
        case .threat: return threats.count
        case .vulnerability: return vulnerabilities.count
        case .risk: return risks.count
        case .soa: return soa.count
        case .person: return people.count
        case .role: return roles.count
        case .training: return training.count
        case .audit: return audits.count
        case .review: return reviews.count
        case .incident: return incidents.count
        case .nonconformity: return nonconformities.count
        case .objective: return objectives.count
        case .document: return documents.count
        case .control: return catalog.controls.count
        }
    }
}
