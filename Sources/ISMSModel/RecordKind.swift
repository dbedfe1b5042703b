/// Every kind of thing a knowledge base holds; the raw value is its folder and link scheme.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case asset = "assets"
    case threat = "threats"
    case vulnerability = "vulnerabilities"
    case risk = "risks"
    case soa = "soa"
    case person = "people"
    case role = "roles"
    case training = "training"
    case audit = "audits"
    case review = "reviews"
    case incident = "incidents"
    case nonconformity = "nonconformities"
    case objective = "objectives"
    case document = "documents"
    case control = "controls"

    /// The kinds stored as YAML records in a folder of their own.
    public static let recordFolders: [RecordKind] = [
        .asset, .threat, .vulnerability, .risk, .soa, .person, .role, .training,
        .audit, .review, .incident, .nonconformity, .objective,
    ]

    /// The scheme of links to records of this kind in Markdown (`risk:R-012`), if they can be linked.
    public var linkScheme: String? {
        switch self {
        case .document: return "doc"
        case .soa: return nil
        case .person: return "person"
        case .training: return "training"
        case .audit: return "audit"
        case .review: return "review"
        default: return noun
        }
    }

    /// Singular noun for messages ("unknown asset 'A-9'").
    public var noun: String {
        switch self {
        case .asset: return "asset"
        case .threat: return "threat"
        case .vulnerability: return "vulnerability"
        case .risk: return "risk"
        case .soa: return "SoA decision"
        case .person: return "person"
        case .role: return "role"
        case .training: return "training record"
        case .audit: return "audit"
        case .review: return "management review"
        case .incident: return "incident"
        case .nonconformity: return "nonconformity"
        case .objective: return "objective"
        case .document: return "document"
        case .control: return "control"
        }
    }
}
