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
    /// Appends a file's records after those of the files before it.
    mutating func append(_ records: consuming FileRecords) {
        var records = records
        // A kind's records mostly come from one file: its array is then taken whole. The
        // records of later files are moved over one by one: appended, each was copied,
        // retaining every reference it holds, and the file's copy then released again.
        func add<Record>(_ records: inout [Record], to register: inout [Record]) {
            var taken: [Record] = []
            swap(&taken, &records)
            if register.isEmpty { register = taken; return }
            // Grown by doubling, as appending does: reserving just enough for each file moved
            // the whole register every time.
            if register.count + taken.count > register.capacity { register.reserveCapacity(max(register.count + taken.count, 2 * register.capacity)) }
            taken.reverse()
            while let record = taken.popLast() { register.append(record) }
        }
        add(&records.assets, to: &assets)
        add(&records.threats, to: &threats)
        add(&records.vulnerabilities, to: &vulnerabilities)
        add(&records.risks, to: &risks)
        add(&records.soa, to: &soa)
        add(&records.people, to: &people)
        add(&records.roles, to: &roles)
        add(&records.training, to: &training)
        add(&records.audits, to: &audits)
        add(&records.reviews, to: &reviews)
        add(&records.incidents, to: &incidents)
        add(&records.nonconformities, to: &nonconformities)
        add(&records.objectives, to: &objectives)
    }
}
