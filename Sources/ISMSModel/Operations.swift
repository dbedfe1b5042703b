/// Kind of audit finding.
public enum FindingType: String, Sendable, Hashable, CaseIterable {
    case nonconformity, observation, opportunity
}

/// One finding of an internal audit.
public struct AuditFinding: Hashable, Sendable {
    public var type: FindingType = .observation
    public var description = ""
    public var controls: [String] = []
    /// The nonconformity record opened for it, if any.
    public var nonconformity: String?
    public var origin: Origin

    public init(origin: Origin) { self.origin = origin }
}

/// An internal audit: its plan, who audited what, and the findings.
public struct Audit: Hashable, Sendable {
    public var id: String
    public var title = ""
    public var date: CalendarDate?
    public var auditors: [String] = []
    public var auditees: [String] = []
    public var scope: String?
    public var criteria: String?
    public var controls: [String] = []
    public var findings: [AuditFinding] = []
    public var conclusion: String?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}

/// A management review: inputs considered and decisions taken.
public struct ManagementReview: Hashable, Sendable {
    public var id: String
    public var title = ""
    public var date: CalendarDate?
    public var chair: String?
    public var attendees: [String] = []
    public var inputs: [String] = []
    public var decisions: [String] = []
    public var actions: [PlanItem] = []
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}

/// How bad an incident was.
public enum IncidentSeverity: String, Sendable, Hashable, CaseIterable {
    case low, medium, high, critical
}

/// A security incident as recorded: what happened, which controls failed, what was done.
public struct Incident: Hashable, Sendable {
    public var id: String
    public var title = ""
    public var date: CalendarDate?
    public var reportedBy: String?
    public var severity: IncidentSeverity?
    public var assets: [String] = []
    public var description: String?
    public var failedControls: [String] = []
    public var actionsTaken: [String] = []
    public var additionalControls: [String] = []
    public var nonconformity: String?
    public var closed: CalendarDate?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}

/// Corrective (removes a cause) or preventive (stops a potential one).
public enum ActionKind: String, Sendable, Hashable, CaseIterable {
    case corrective, preventive, correction
}

/// One action taken on a nonconformity.
public struct CorrectiveAction: Hashable, Sendable {
    public var kind: ActionKind = .corrective
    public var action = ""
    public var owner: String?
    public var due: CalendarDate?
    public var status: ActionStatus = .planned
    public var completed: CalendarDate?
    public var origin: Origin

    public init(origin: Origin) { self.origin = origin }
}

/// A nonconformity with its cause and the corrective and preventive actions it led to.
public struct Nonconformity: Hashable, Sendable {
    public var id: String
    public var title = ""
    /// The audit, incident or review that raised it.
    public var source: String?
    public var raised: CalendarDate?
    public var description: String?
    public var cause: String?
    public var actions: [CorrectiveAction] = []
    public var verified: CalendarDate?
    public var verifiedBy: String?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}

/// How an objective is measured.
public struct Measure: Hashable, Sendable {
    public var name = ""
    public var target: String?
    public var actual: String?
    public var frequency: String?
    public var origin: Origin

    public init(origin: Origin) { self.origin = origin }
}

/// An information security objective with its owner, deadline and measures.
public struct Objective: Hashable, Sendable {
    public var id: String
    public var title = ""
    public var owner: String?
    public var due: CalendarDate?
    public var measures: [Measure] = []
    public var controls: [String] = []
    public var status: ActionStatus = .planned
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}
