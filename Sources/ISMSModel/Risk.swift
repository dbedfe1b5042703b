/// The four ways to treat a risk.
public enum TreatmentOption: String, Sendable, Hashable, CaseIterable {
    case reduce, retain, avoid, transfer
}

/// Priority of a treatment-plan item.
public enum Priority: String, Sendable, Hashable, CaseIterable, Comparable {
    case high, medium, low

    public static func < (a: Priority, b: Priority) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Progress of a planned action.
public enum ActionStatus: String, Sendable, Hashable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case cancelled
}

/// One entry of the risk treatment plan: who does what by when.
public struct PlanItem: Hashable, Sendable {
    public var action = ""
    public var owner: String?
    public var due: CalendarDate?
    public var priority: Priority?
    public var status: ActionStatus = .planned
    public var origin: Origin

    public init(origin: Origin) { self.origin = origin }
}

/// Values that replace the inventory's or the catalogue's for one risk (or after treatment).
public struct RatingOverrides: Hashable, Sendable {
    public var confidentiality: Int?
    public var integrity: Int?
    public var availability: Int?
    public var threat: Int?
    public var vulnerability: Int?

    public init() {}

    public var isEmpty: Bool { self == RatingOverrides() }

    public func apply(to values: ElementValues) -> ElementValues {
        ElementValues(
            confidentiality: confidentiality ?? values.confidentiality,
            integrity: integrity ?? values.integrity,
            availability: availability ?? values.availability
        )
    }
}

/// Management's explicit acceptance of a residual risk.
public struct RiskAcceptance: Hashable, Sendable {
    public var by: String
    public var date: CalendarDate?
    public var note: String?
    public var origin: Origin

    public init(by: String, origin: Origin) {
        self.by = by
        self.origin = origin
    }
}

/// A risk: an asset (or asset group) exposed to a threat through a vulnerability, and its treatment.
public struct Risk: Hashable, Sendable {
    public var id: String
    public var title: String?
    /// An asset id or the name of an asset group.
    public var asset = ""
    public var threat = ""
    public var vulnerability = ""
    public var elements: [RiskElement] = RiskElement.allCases
    public var overrides = RatingOverrides()
    public var owner: String?
    public var description: String?
    public var treatment: TreatmentOption?
    public var controls: [String] = []
    /// For transfers: the contract or insurance that carries the risk.
    public var transferTo: String?
    public var plan: [PlanItem] = []
    /// Ratings expected once the treatment is in place; nil when none were recorded.
    public var residual: RatingOverrides?
    public var acceptance: RiskAcceptance?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}
