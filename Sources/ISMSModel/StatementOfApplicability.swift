/// Why a control was selected.
public enum InclusionReason: String, Sendable, Hashable, CaseIterable {
    case risk, legal, contractual, business
}

/// How far a control is in place.
public enum ImplementationStatus: String, Sendable, Hashable, CaseIterable {
    case implemented, partial, planned
    case notImplemented = "not-implemented"
}

/// The SoA decision for one catalogue control: applicable or excluded, and why.
public struct SoADecision: Hashable, Sendable {
    public var control: String
    public var applicable = true
    public var reasons: [InclusionReason] = []
    /// Required when the control is excluded.
    public var justification: String?
    public var status: ImplementationStatus?
    public var evidence: [String] = []
    public var notes: String?
    /// For a control the knowledge base adds beyond the catalogue: its title (and what it does).
    public var title: String?
    public var summary: String?
    public var origin: Origin

    public init(control: String, origin: Origin) {
        self.control = control
        self.origin = origin
    }
}
