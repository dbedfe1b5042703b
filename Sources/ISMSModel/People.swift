/// A member of the organisation who holds roles, owns assets or documents, or is trained.
public struct Person: Hashable, Sendable {
    public var id: String
    public var name = ""
    public var title: String?
    public var department: String?
    public var roles: [String] = []
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}

/// A role in the ISMS organisation and the competences it requires.
public struct Role: Hashable, Sendable {
    public var id: String
    public var name = ""
    public var responsibilities: [String] = []
    public var competences: [String] = []
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}

/// Outcome of a course or qualification.
public enum TrainingResult: String, Sendable, Hashable, CaseIterable {
    case passed, failed, attended
}

/// Evidence of competence: a course or qualification one person completed.
public struct TrainingRecord: Hashable, Sendable {
    public var id: String
    public var person = ""
    public var course = ""
    /// The competence this record evidences (matched against roles' competences).
    public var competence: String?
    public var date: CalendarDate?
    public var result: TrainingResult?
    /// How the training's effectiveness was evaluated, and the verdict.
    public var effectiveness: String?
    public var expires: CalendarDate?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}
