/// What is decided about a document before any body is written, so that links between
/// documents can name files and headings that will exist.
struct DocumentMeta {
    let id: String
    let type: String
    let title: String
    /// The system the document is mostly about, threaded through its sentences.
    let subject: String
    let path: String
    let site: Int
    /// Section headings in order, with their numbers (`1. Purpose`).
    let headings: [String]
    let satisfies: [String]
    let owner: String
    let approver: String
    let approved: Day
    let version: String
    let review: String
    let classification: String
    let controls: [String]
    let risks: [String]

    var anchors: [String] { headings.map(Slug.anchor) }
}

/// The documents of the knowledge base: a fixed core that meets the criteria's document
/// requirements, then generated policies, procedures and records spread over the sites.
struct DocumentPlan {
    let documents: [DocumentMeta]

    /// A document every knowledge base has, with what it satisfies.
    private struct Core {
        let title: String
        let type: String
        let folder: String
        let satisfies: [String]
        /// Needed only when no records provide these requirements.
        let onlyWithoutRegisters: Bool
    }

    private static let core: [Core] = [
        Core(title: "Scope of the ISMS", type: "scope", folder: "", satisfies: ["4.3", "isms-2004:4.3.1 2"], onlyWithoutRegisters: false),
        Core(title: "Basic Information Security Policy", type: "policy", folder: "policies", satisfies: ["5.2", "isms-2004:4.3.1 1"], onlyWithoutRegisters: false),
        Core(title: "Risk Assessment Methodology", type: "procedure", folder: "procedures", satisfies: ["6.1.2"], onlyWithoutRegisters: false),
        Core(title: "Risk Treatment Process", type: "procedure", folder: "procedures", satisfies: ["6.1.3", "isms-2004:4.3.1 4"], onlyWithoutRegisters: false),
        Core(title: "Document and Record Control", type: "regulation", folder: "regulations",
             satisfies: ["7.5.1 b", "isms-2004:4.3.2", "isms-2004:4.3.3", "isms-2004:4.3.1 5"], onlyWithoutRegisters: false),
        Core(title: "Operations and Monitoring", type: "procedure", folder: "procedures", satisfies: ["8.1", "9.1"], onlyWithoutRegisters: false),
        Core(title: "Internal Audit Procedure", type: "procedure", folder: "procedures", satisfies: ["isms-2004:6.4"], onlyWithoutRegisters: false),
        Core(title: "Corrective and Preventive Action", type: "procedure", folder: "procedures",
             satisfies: ["10.2", "isms-2004:7.2", "isms-2004:7.3"], onlyWithoutRegisters: false),
        Core(title: "Information Security Objectives 2026", type: "record", folder: "records", satisfies: ["6.2"], onlyWithoutRegisters: true),
        Core(title: "Training Records Summary 2026", type: "record", folder: "records", satisfies: ["7.2", "isms-2004:4.3.1 6"], onlyWithoutRegisters: true),
        Core(title: "Risk Assessment Report 2026", type: "record", folder: "records", satisfies: ["8.2", "8.3", "isms-2004:4.3.1 3"], onlyWithoutRegisters: true),
        Core(title: "Internal Audit Report 2026", type: "record", folder: "records", satisfies: ["9.2"], onlyWithoutRegisters: true),
        Core(title: "Management Review Minutes 2026", type: "record", folder: "records", satisfies: ["9.3"], onlyWithoutRegisters: true),
    ]

    /// Document types with their id prefix, folder, name and how common they are.
    private static let types: [(type: String, prefix: String, folder: String, noun: String, weight: Int)] = [
        ("policy", "POL", "policies", "Policy", 5), ("standard", "STD", "standards", "Standard", 10),
        ("regulation", "REG", "regulations", "Regulation", 5), ("procedure", "PRC", "procedures", "Procedure", 50),
        ("guideline", "GDL", "guidelines", "Guideline", 15), ("plan", "PLN", "plans", "Plan", 5), ("record", "REC", "records", "Record", 10),
    ]

    private static let sectionNames = [
        ["Purpose", "Aim", "Why this document exists"],
        ["Scope", "Where this applies", "Applicability"],
        ["Responsibilities", "Roles", "Who does what"],
        ["Procedure", "Steps", "Rules", "How it is done"],
        ["Records", "Evidence kept", "Records and evidence"],
        ["Review", "Review and improvement", "Monitoring"],
    ]

    init(_ profile: Profile, _ org: Organisation, risks: [RiskSummary], random: inout SplitMix64) {
        let cores = Self.core.filter { !$0.onlyWithoutRegisters || !profile.hasRegisters }
        let usable = AnnexA.controls.filter { AnnexA.excluded[$0] == nil }
        let risksBySite = (0..<org.sites.count).map { s in risks.filter { $0.site == s } }
        var documents: [DocumentMeta] = []
        for n in 1...profile.documents {
            let type: (type: String, prefix: String, folder: String, noun: String, weight: Int)
            let title: String
            let path: String
            let subject = random.pick(Words.systems)
            let site = n <= cores.count ? 0 : random.below(org.sites.count)
            if n <= cores.count {
                let c = cores[n - 1]
                type = Self.types.first { $0.type == c.type } ?? (type: "scope", prefix: "SCO", folder: "", noun: "Scope", weight: 0)
                title = c.title
                path = (c.folder.isEmpty ? "" : c.folder + "/") + Slug.file(c.title) + ".md"
            } else {
                type = Self.types[random.weighted(Self.types.map(\.weight))]
                let activity = random.pick(Words.activities)
                let topic = Slug.title(subject) + " " + Slug.title(activity)
                let siteName = org.sites.count > 1 ? " (\(org.sites[site].name))" : ""
                title = "\(topic) \(type.noun)\(siteName)"
                let folder = org.sites.count > 1 ? "\(type.folder)/\(org.sites[site].slug)" : type.folder
                path = "\(folder)/\(Slug.file(topic))-\(n).md"
            }
            var headings = Self.sectionNames.map { random.pick($0) }
            if random.percent(40) { headings.insert("Exceptions", at: 4) }
            headings = headings.enumerated().map { "\($0 + 1). \($1)" }
            let ownRisks = profile.hasRegisters ? random.sample(risksBySite[site].isEmpty ? risks : risksBySite[site], random.between(1, 3)) : []
            var controls = Array(Set(ownRisks.flatMap(\.controls))).sorted()
            controls = Array(controls.prefix(3))
            for c in random.sample(usable, random.between(1, 2)) where !controls.contains(c) { controls.append(c) }
            let classification = type.type == "policy" || type.type == "scope"
                ? "public" : ["public", "internal", "confidential", "secret"][random.weighted([8, 62, 27, 3])]
            let approver = type.type == "policy" || type.type == "scope" ? org.director : random.pick(["P-0002", "P-0003", org.coordinator(of: site)])
            let approved = random.day(Day(2026, 1, 5), Day(2026, 11, 15))
            documents.append(DocumentMeta(
                id: "\(type.prefix)-\(pad(n, 4))", type: type.type, title: title, subject: subject, path: path, site: site,
                headings: headings, satisfies: n <= cores.count ? cores[n - 1].satisfies : [],
                owner: org.owner(at: site, &random), approver: approver, approved: approved,
                version: "\(random.between(1, 4)).\(random.below(4))",
                review: random.percent(80) ? "12 months" : approved.adding(days: random.between(365, 730)).text,
                classification: classification, controls: controls, risks: ownRisks.map(\.id)))
        }
        self.documents = documents
    }
}
