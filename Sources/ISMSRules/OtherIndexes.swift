import ISMSModel

/// The indexes of a resolved knowledge base other than the register's, built on a core of their own.
struct OtherIndexes: Sendable {
    var people: [String: Person]
    var roles: [String: Role]
    var documents: [String: Document]
    var documentsByPath: [String: String]
    var nonconformities: [String: Nonconformity]
    var training: [String: TrainingRecord]
    var audits: [String: Audit]
    var reviews: [String: ManagementReview]
    var incidents: [String: Incident]
    var objectives: [String: Objective]
    var decisions: [String: SoADecision]
    var kinds: [String: RecordKind]

    init(_ base: KnowledgeBase) {
        typealias Resolved = ResolvedKnowledgeBase
        people = Resolved.index(base.people) { $0.id }
        roles = Resolved.index(base.roles) { $0.id }
        documents = Resolved.index(base.documents) { $0.id }
        documentsByPath = Dictionary(base.documents.map { ($0.path, $0.id) }, uniquingKeysWith: { first, _ in first })
        nonconformities = Resolved.index(base.nonconformities) { $0.id }
        training = Resolved.index(base.training) { $0.id }
        audits = Resolved.index(base.audits) { $0.id }
        reviews = Resolved.index(base.reviews) { $0.id }
        incidents = Resolved.index(base.incidents) { $0.id }
        objectives = Resolved.index(base.objectives) { $0.id }
        decisions = Resolved.index(base.soa) { $0.control }
        var kinds: [String: RecordKind] = [:]
        kinds.reserveCapacity(base.documents.count + base.assets.count + base.risks.count + base.training.count + base.people.count)
        let all: [(RecordKind, [String])] = [
            (.document, base.documents.map(\.id)), (.asset, base.assets.map(\.id)), (.threat, base.threats.map(\.id)),
            (.vulnerability, base.vulnerabilities.map(\.id)), (.risk, base.risks.map(\.id)), (.person, base.people.map(\.id)),
            (.role, base.roles.map(\.id)), (.training, base.training.map(\.id)), (.audit, base.audits.map(\.id)),
            (.review, base.reviews.map(\.id)), (.incident, base.incidents.map(\.id)),
            (.nonconformity, base.nonconformities.map(\.id)), (.objective, base.objectives.map(\.id)),
        ]
        for (kind, ids) in all { for id in ids where kinds[id] == nil { kinds[id] = kind } }
        self.kinds = kinds
    }
}
