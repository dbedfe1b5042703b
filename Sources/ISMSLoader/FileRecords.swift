import ISMSModel

/// The records one YAML file holds, by kind (a file usually holds one kind).
struct FileRecords: Hashable, Sendable {
    var assets: [Asset] = []
    var threats: [Threat] = []
    var vulnerabilities: [Vulnerability] = []
    var risks: [Risk] = []
    var soa: [SoADecision] = []
    var people: [Person] = []
    var roles: [Role] = []
    var training: [TrainingRecord] = []
    var audits: [Audit] = []
    var reviews: [ManagementReview] = []
    var incidents: [Incident] = []
    var nonconformities: [Nonconformity] = []
    var objectives: [Objective] = []

    /// Reads one record of `kind`; a record too broken to keep is left out (its diagnostics stay).
    mutating func add(_ kind: RecordKind, _ f: Fields) {
        switch kind {
        case .asset: RegisterReaders.asset(f).map { assets.append($0) }
        case .threat: RegisterReaders.threat(f).map { threats.append($0) }
        case .vulnerability: RegisterReaders.vulnerability(f).map { vulnerabilities.append($0) }
        case .risk: RegisterReaders.risk(f).map { risks.append($0) }
        case .soa: RegisterReaders.soaDecision(f).map { soa.append($0) }
        case .person: PeopleReaders.person(f).map { people.append($0) }
        case .role: PeopleReaders.role(f).map { roles.append($0) }
        case .training: PeopleReaders.training(f).map { training.append($0) }
        case .audit: OperationReaders.audit(f).map { audits.append($0) }
        case .review: OperationReaders.review(f).map { reviews.append($0) }
        case .incident: OperationReaders.incident(f).map { incidents.append($0) }
        case .nonconformity: OperationReaders.nonconformity(f).map { nonconformities.append($0) }
        case .objective: OperationReaders.objective(f).map { objectives.append($0) }
        case .document, .control: break
        }
    }
}

extension KnowledgeBase {
    /// Room for the records of all `batches` and up to `documents` documents, reserved at once.
    mutating func reserveCapacity(for batches: [FileRecords], documents: Int) {
        func total<T>(_ records: (FileRecords) -> [T]) -> Int { batches.reduce(0) { $0 + records($1).count } }
        self.documents.reserveCapacity(documents)
        assets.reserveCapacity(total(\.assets))
        threats.reserveCapacity(total(\.threats))
        vulnerabilities.reserveCapacity(total(\.vulnerabilities))
        risks.reserveCapacity(total(\.risks))
        soa.reserveCapacity(total(\.soa))
        people.reserveCapacity(total(\.people))
        roles.reserveCapacity(total(\.roles))
        training.reserveCapacity(total(\.training))
        audits.reserveCapacity(total(\.audits))
        reviews.reserveCapacity(total(\.reviews))
        incidents.reserveCapacity(total(\.incidents))
        nonconformities.reserveCapacity(total(\.nonconformities))
        objectives.reserveCapacity(total(\.objectives))
    }

    /// Appends a file's records after those of the files before it.
    mutating func append(_ records: FileRecords) {
        assets += records.assets
        threats += records.threats
        vulnerabilities += records.vulnerabilities
        risks += records.risks
        soa += records.soa
        people += records.people
        roles += records.roles
        training += records.training
        audits += records.audits
        reviews += records.reviews
        incidents += records.incidents
        nonconformities += records.nonconformities
        objectives += records.objectives
    }
}
