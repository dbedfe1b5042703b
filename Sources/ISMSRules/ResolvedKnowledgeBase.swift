import ISMSModel

/// The knowledge base with its cross-references indexed and every risk evaluated,
/// computed once and shared by the checks, the exports and the site.
public struct ResolvedKnowledgeBase: Sendable {
    public private(set) var base: KnowledgeBase
    /// The reference date for everything that depends on "today".
    public let asOf: CalendarDate
    public let assets: [String: Asset]
    public let threats: [String: Threat]
    public let vulnerabilities: [String: Vulnerability]
    public let risks: [String: Risk]
    public let people: [String: Person]
    public let roles: [String: Role]
    public private(set) var documents: [String: Document]
    public let nonconformities: [String: Nonconformity]
    public let training: [String: TrainingRecord]
    public let audits: [String: Audit]
    public let reviews: [String: ManagementReview]
    public let incidents: [String: Incident]
    public let objectives: [String: Objective]
    /// Document ids by source path, for links written as relative `.md` paths.
    public let documentsByPath: [String: String]
    /// SoA decisions by canonical control id (the first one where a control is decided twice).
    public let decisions: [String: SoADecision]
    /// Members of each asset group, in inventory order.
    public let groups: [String: [Asset]]
    /// Every record and document id with the kind that holds it.
    public let kinds: [String: RecordKind]
    /// Evaluations of the risks whose asset, threat and vulnerability resolve, by risk id.
    public let evaluations: [String: RiskEvaluation]
    /// Evaluations after treatment, for risks with residual values.
    public let residualEvaluations: [String: RiskEvaluation]
    /// Every document's links classified, by document path and link number (see `linkTargets(of:)`).
    private(set) var linkTargets: [String: [LinkTarget]] = [:]

    public init(_ base: KnowledgeBase, asOf: CalendarDate) {
        self.base = base
        self.asOf = asOf
        assets = Self.index(base.assets) { $0.id }
        threats = Self.index(base.threats) { $0.id }
        vulnerabilities = Self.index(base.vulnerabilities) { $0.id }
        groups = Dictionary(grouping: base.assets.filter { $0.group != nil }, by: { $0.group! })
        // The risks with their evaluations on one core and the other indexes on another: the
        // two halves read only the knowledge base and the indexes above.
        let (assets, groups, threats, vulnerabilities) = (self.assets, self.groups, self.threats, self.vulnerabilities)
        let (riskHalf, rest) = concurrently({
            (index: Self.index(base.risks) { $0.id },
             evaluations: Self.evaluations(base, assets: assets, groups: groups, threats: threats, vulnerabilities: vulnerabilities))
        }, {
            OtherIndexes(base)
        })
        risks = riskHalf.index
        evaluations = riskHalf.evaluations.initial
        residualEvaluations = riskHalf.evaluations.residual
        people = rest.people
        roles = rest.roles
        documents = rest.documents
        documentsByPath = rest.documentsByPath
        nonconformities = rest.nonconformities
        training = rest.training
        audits = rest.audits
        reviews = rest.reviews
        incidents = rest.incidents
        objectives = rest.objectives
        decisions = rest.decisions
        kinds = rest.kinds
        linkTargets = Self.linkTargets(of: base.documents, in: self)
    }

    /// This knowledge base with one document replaced by a newer reading of the same file
    /// under the same id, every index of other records kept; nil when no document has that
    /// path and id. Only for a first look at an edit: nothing is checked or resolved again.
    public func replacing(_ document: Document) -> ResolvedKnowledgeBase? {
        guard documents[document.id]?.path == document.path,
              let i = base.documents.firstIndex(where: { $0.path == document.path }) else { return nil }
        var copy = self
        copy.base.documents[i] = document
        copy.documents[document.id] = document
        // Its own links again, against its new headings; links into it from others are not
        // looked at in a first look.
        copy.linkTargets[document.path] = Self.classifiedLinks(of: document, in: copy)
        return copy
    }

    /// Records by id, the first of each id. Built straight into the dictionary: going through
    /// an array of pairs copied every record twice.
    static func index<T>(_ items: [T], _ id: (T) -> String) -> [String: T] {
        var index: [String: T] = [:]
        index.reserveCapacity(items.count)
        for item in items where index[id(item)] == nil { index[id(item)] = item }
        return index
    }

    /// Evaluations of the risks before and after treatment, by risk id.
    static func evaluations(_ base: KnowledgeBase, assets: [String: Asset], groups: [String: [Asset]], threats: [String: Threat], vulnerabilities: [String: Vulnerability])
        -> (initial: [String: RiskEvaluation], residual: [String: RiskEvaluation])
    {
        var evaluations: [String: RiskEvaluation] = [:]
        var residuals: [String: RiskEvaluation] = [:]
        for risk in base.risks where !evaluations.keys.contains(risk.id) {
            guard let rating = Self.rating(of: risk, assets: assets, groups: groups, threats: threats, vulnerabilities: vulnerabilities) else { continue }
            evaluations[risk.id] = base.methodology.evaluate(assetValues: rating.values, threat: rating.threat, vulnerability: rating.vulnerability, elements: risk.elements)
            if let residual = risk.residual {
                residuals[risk.id] = base.methodology.evaluate(
                    assetValues: residual.apply(to: rating.values),
                    threat: residual.threat ?? rating.threat,
                    vulnerability: residual.vulnerability ?? rating.vulnerability,
                    elements: risk.elements
                )
            }
        }
        return (evaluations, residuals)
    }

    /// Asset values, threat and vulnerability of a risk after its overrides; nil when a reference is unresolved.
    static func rating(of risk: Risk, assets: [String: Asset], groups: [String: [Asset]], threats: [String: Threat], vulnerabilities: [String: Vulnerability])
        -> (values: ElementValues, threat: Int, vulnerability: Int)?
    {
        let values: ElementValues
        if let asset = assets[risk.asset] {
            values = asset.values
        } else if let members = groups[risk.asset], !members.isEmpty {
            values = ElementValues(
                confidentiality: members.map(\.values.confidentiality).max()!,
                integrity: members.map(\.values.integrity).max()!,
                availability: members.map(\.values.availability).max()!
            )
        } else {
            return nil
        }
        guard let threat = threats[risk.threat], let vulnerability = vulnerabilities[risk.vulnerability] else { return nil }
        return (risk.overrides.apply(to: values), risk.overrides.threat ?? threat.likelihood, risk.overrides.vulnerability ?? vulnerability.level)
    }

    /// Whether an id names a person or a role (owners, approvers, auditors may be either).
    public func isParty(_ id: String) -> Bool { people.keys.contains(id) || roles.keys.contains(id) }

    /// The display name of a person or role, or the id itself.
    public func partyName(_ id: String) -> String { people[id]?.name ?? roles[id]?.name ?? id }

    /// The criteria requirement a reference names: `CLAUSE` in the first criteria in force, or `CRITERIA:CLAUSE`.
    public func requirement(_ reference: String) -> (Criteria, Requirement)? {
        let inForce = base.settings.criteriaInForce
        if let colon = reference.firstIndex(of: ":"), let criteria = inForce.first(where: { $0.id == reference[..<colon] }) {
            let clause = reference[reference.index(after: colon)...].trimmingWhitespace()
            return criteria.requirement(clause).map { (criteria, $0) }
        }
        guard let first = inForce.first else { return nil }
        return first.requirement(reference.trimmingWhitespace()).map { (first, $0) }
    }

    /// The next review date of a document under this knowledge base's default interval.
    public func nextReview(of document: Document) -> CalendarDate? {
        document.nextReview(defaultInterval: base.methodology.reviewInterval)
    }
}
