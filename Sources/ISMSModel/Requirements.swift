/// A documented-information requirement of a set of certification criteria.
public struct Requirement: Hashable, Sendable {
    /// Clause reference within its criteria, e.g. `6.1.3 d`.
    public var clause: String
    public var title: String
    /// What the knowledge base must hold, in our own words.
    public var summary: String
    /// Records that satisfy the requirement by their presence (e.g. audits for 9.2), if any.
    public var providedBy: [RecordKind]

    public init(_ clause: String, _ title: String, _ summary: String, providedBy: [RecordKind] = []) {
        self.clause = clause
        self.title = title
        self.summary = summary
        self.providedBy = providedBy
    }
}

/// A set of certification criteria and the documented information it requires.
public struct Criteria: Hashable, Sendable {
    public var id: String
    public var title: String
    public var requirements: [Requirement]

    public init(id: String, title: String, requirements: [Requirement]) {
        self.id = id
        self.title = title
        self.requirements = requirements
    }

    public func requirement(_ clause: String) -> Requirement? { requirements.first { $0.clause == clause } }

    /// ISO/IEC 27001:2022 clauses 4–10: where documented information is required.
    public static let iso27001_2022 = Criteria(id: "iso27001-2022", title: "ISO/IEC 27001:2022", requirements: [
        Requirement("4.3", "Scope of the ISMS", "The boundaries and applicability of the ISMS, written down."),
        Requirement("5.2", "Information security policy", "A policy approved by top management and communicated."),
        Requirement("6.1.2", "Risk assessment process", "How risks are identified, analysed and evaluated, with the criteria used.", providedBy: []),
        Requirement("6.1.3", "Risk treatment process", "How treatment options and controls are chosen for the assessed risks."),
        Requirement("6.1.3 d", "Statement of Applicability", "Every Annex A control with the decision on it and the reasons.", providedBy: [.soa]),
        Requirement("6.2", "Information security objectives", "Measurable objectives with owners, deadlines and how results are judged.", providedBy: [.objective]),
        Requirement("7.2", "Evidence of competence", "Records of education, training, skills or experience of the people doing ISMS work.", providedBy: [.training]),
        Requirement("7.5.1 b", "Documented information the organisation needs", "The further documents the organisation has decided it needs, such as procedures."),
        Requirement("8.1", "Operational planning and control", "Enough records to trust that processes ran as planned."),
        Requirement("8.2", "Risk assessment results", "The results of the risk assessments performed.", providedBy: [.risk]),
        Requirement("8.3", "Risk treatment results", "The results of carrying out the risk treatment plan.", providedBy: [.risk]),
        Requirement("9.1", "Monitoring and measurement results", "Evidence of what was monitored and measured, and the results.", providedBy: [.objective]),
        Requirement("9.2", "Internal audit programme and results", "The audit programme and the results of each audit.", providedBy: [.audit]),
        Requirement("9.3", "Management review results", "The results of management reviews.", providedBy: [.review]),
        Requirement("10.2", "Nonconformities and corrective actions", "Each nonconformity, the action taken and its outcome.", providedBy: [.nonconformity]),
    ])

    /// The 2004 ISMS certification criteria (Ver. 2.0): the documents and procedures it requires.
    public static let isms2004 = Criteria(id: "isms-2004", title: "ISMS certification criteria Ver. 2.0 (2004)", requirements: [
        Requirement("4.3.1 1", "Policy statement and objectives", "A written ISMS policy with its management objectives."),
        Requirement("4.3.1 2", "Scope, supporting procedures and controls", "The scope of the ISMS and the procedures and controls that support it."),
        Requirement("4.3.1 3", "Risk assessment report", "A report of the results of the risk assessment.", providedBy: [.risk]),
        Requirement("4.3.1 4", "Risk treatment plan", "The plan for treating the assessed risks.", providedBy: [.risk]),
        Requirement("4.3.1 5", "Procedures management deems necessary", "Procedures needed to plan, operate and control the security processes."),
        Requirement("4.3.1 6", "Records required by the criteria", "The records the criteria call for.", providedBy: [.training, .audit, .review, .incident]),
        Requirement("4.3.1 7", "Statement of Applicability", "Every control of the catalogue with the decision on it and why.", providedBy: [.soa]),
        Requirement("4.3.2", "Control of documents", "A procedure for approving, reviewing, updating and withdrawing documents."),
        Requirement("4.3.3", "Control of records", "A procedure for identifying, storing, protecting, retrieving, retaining and disposing of records."),
        Requirement("6.4", "Internal audit procedure", "Responsibilities and requirements for planning and running audits and reporting results."),
        Requirement("7.2", "Corrective action procedure", "How causes of nonconformities are found and removed."),
        Requirement("7.3", "Preventive action procedure", "How potential nonconformities are found and prevented."),
    ])

    /// Every criteria set built into the tool, by id.
    public static let builtIn: [String: Criteria] = [iso27001_2022.id: iso27001_2022, isms2004.id: isms2004]
}
