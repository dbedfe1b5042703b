/// The sizes the generator knows, by the name given on the command line.
enum Size: String, CaseIterable {
    /// About the example knowledge base's size.
    case small
    /// A hospital group: thousands of documents and tens of thousands of records.
    case large
    /// Documents only, with the few records a check needs to pass: for comparing the Markdown step with Hugo and cmark.
    case documents
}

/// How many of each thing a size has.
struct Profile {
    var documents: Int
    var sites: Int
    var assets = 0
    var threats = 0
    var vulnerabilities = 0
    var risks = 0
    /// People beyond the fixed core of office holders.
    var staff = 0
    var training = 0
    var audits = 0
    var reviews = 0
    var incidents = 0
    var nonconformities = 0
    var objectives = 0
    /// Records per YAML file, so a large register is many files of a few hundred records.
    var recordsPerFile = 250

    /// Whether the knowledge base has a risk register and the records of ISMS operation;
    /// without them its documents say they provide what the records would have.
    var hasRegisters: Bool { risks > 0 }

    init(_ size: Size) {
        switch size {
        case .small:
            documents = 16; sites = 1
            assets = 35; threats = 30; vulnerabilities = 25; risks = 40
            staff = 7; training = 50
            audits = 1; reviews = 1; incidents = 3; nonconformities = 2; objectives = 3
            recordsPerFile = 12
        case .large:
            documents = 5000; sites = 12
            assets = 10_000; threats = 60; vulnerabilities = 90; risks = 30_000
            staff = 2000 - 12 - 8; training = 20_000
            audits = 12; reviews = 4; incidents = 240; nonconformities = 36; objectives = 24
            recordsPerFile = 250
        case .documents:
            documents = 5000; sites = 12
        }
    }
}
