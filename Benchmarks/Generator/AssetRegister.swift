/// A kind of asset with the values and handling typical of it.
struct AssetKind {
    let name: String
    let category: String
    let format: String
    let storage: String
    let location: String
    let retention: String
    let disposal: String
    let use: String
    let users: [String]
    /// Typical C, I, A values; each generated asset varies them by one step at most.
    let values: (c: Int, i: Int, a: Int)
    /// Assets of this kind at one site are assessed together under this group name.
    let group: String?
}

/// A generated asset, with what risks need to know of it.
struct Asset {
    let id: String
    let name: String
    let kind: AssetKind
    let site: Int
    let owner: String
    let values: (c: Int, i: Int, a: Int)
    let group: String?
    let dependencies: [String]
}

/// The asset inventory of all sites.
struct AssetRegister {
    let assets: [Asset]
    /// Group names with the highest value per element among their members, as the tool rates a group.
    let groups: [(name: String, site: Int, values: (c: Int, i: Int, a: Int))]

    init(_ profile: Profile, _ org: Organisation, random: inout SplitMix64) {
        var assets: [Asset] = []
        var groupValues: [String: (c: Int, i: Int, a: Int)] = [:]
        var groupOrder: [(name: String, site: Int)] = []
        for n in stride(from: 1, through: profile.assets, by: 1) {
            // The first assets of each site follow the kinds in order, so even a small register has one of each.
            let site = (n - 1) % org.sites.count
            let round = (n - 1) / org.sites.count
            let kind = round < Self.kinds.count ? Self.kinds[round] : random.pick(Self.kinds)
            let department = random.pick(Words.departments)
            let values = (c: Self.vary(kind.values.c, 1...4, &random), i: Self.vary(kind.values.i, 1...3, &random), a: Self.vary(kind.values.a, 1...3, &random))
            let siteName = org.sites[site].name
            let name = org.sites.count == 1 && round < Self.kinds.count ? kind.name : "\(kind.name), \(department), \(siteName)"
            let group = kind.group.map { org.sites.count == 1 ? $0 : "\($0), \(siteName)" }
            if let group {
                let old = groupValues[group]
                if old == nil { groupOrder.append((group, site)) }
                groupValues[group] = (max(old?.c ?? 0, values.c), max(old?.i ?? 0, values.i), max(old?.a ?? 0, values.a))
            }
            // Dependencies on earlier assets of the same site, so every reference resolves.
            let earlier = stride(from: n - org.sites.count, through: 1, by: -org.sites.count).prefix(40).map { "AST-" + pad($0, 5) }
            let dependencies = random.percent(40) ? random.sample(Array(earlier), random.between(1, 3)) : []
            assets.append(Asset(id: "AST-" + pad(n, 5), name: name, kind: kind, site: site, owner: org.owner(at: site, &random),
                                values: values, group: group, dependencies: dependencies))
        }
        self.assets = assets
        groups = groupOrder.map { ($0.name, $0.site, groupValues[$0.name]!) }
    }

    private static func vary(_ value: Int, _ range: ClosedRange<Int>, _ random: inout SplitMix64) -> Int {
        min(range.upperBound, max(range.lowerBound, value + random.between(-1, 1) * (random.percent(30) ? 1 : 0)))
    }

    /// The YAML of one asset.
    static func yaml(_ a: Asset, org: Organisation) -> String {
        let k = a.kind
        let classification = ["public", "internal", "confidential", "secret"][a.values.c - 1]
        var lines = [
            "- id: \(a.id)",
            "  name: \(YAML.scalar(a.name))",
            "  category: \(k.category)",
        ]
        if let group = a.group { lines.append("  group: \(YAML.scalar(group))") }
        lines += [
            "  owner: \(a.owner)",
            "  format: \(YAML.scalar(k.format))",
            "  storage_format: \(YAML.scalar(k.storage))",
            "  location: \(YAML.scalar(k.location.replacingOccurrences(of: "%", with: org.sites[a.site].name)))",
            "  retention: \(YAML.scalar(k.retention))",
            "  disposal: \(YAML.scalar(k.disposal))",
            "  use: \(YAML.scalar(k.use))",
            "  users: \(YAML.list(k.users))",
        ]
        if !a.dependencies.isEmpty { lines.append("  dependencies: \(YAML.list(a.dependencies))") }
        lines += ["  C: \(a.values.c)", "  I: \(a.values.i)", "  A: \(a.values.a)", "  classification: \(classification)"]
        return lines.joined(separator: "\n") + "\n"
    }

    static let kinds: [AssetKind] = [
        AssetKind(name: "Electronic medical records", category: "information", format: "electronic", storage: "relational database",
                  location: "Data centre of %", retention: "5 years after the last encounter", disposal: "Purged by the EMR after committee approval",
                  use: "Diagnoses, progress notes, orders and discharge summaries", users: ["doctors", "nurses", "medical records office"], values: (4, 3, 3), group: nil),
        AssetKind(name: "Nursing care records", category: "information", format: "electronic", storage: "nursing module of the EMR",
                  location: "Data centre of %", retention: "5 years after discharge", disposal: "Deleted with the medical record",
                  use: "Care plans, observations and handover", users: ["nurses", "doctors"], values: (3, 3, 3), group: nil),
        AssetKind(name: "Radiology images", category: "information", format: "electronic", storage: "DICOM archive",
                  location: "PACS storage at %", retention: "5 years", disposal: "Deleted by the PACS life-cycle function",
                  use: "Viewing and reporting CT, MRI and X-ray", users: ["radiologists", "doctors"], values: (3, 3, 2), group: nil),
        AssetKind(name: "Laboratory results", category: "information", format: "electronic", storage: "laboratory system database",
                  location: "Clinical laboratory of %", retention: "5 years", disposal: "Purged with the laboratory database",
                  use: "Test results for diagnosis", users: ["laboratory technicians", "doctors"], values: (3, 3, 3), group: nil),
        AssetKind(name: "Paper charts", category: "information", format: "paper", storage: "binders",
                  location: "Records storeroom of %", retention: "5 years after the last encounter", disposal: "Shredded by a certified contractor",
                  use: "Charts from before the EMR and consent forms", users: ["medical records office"], values: (4, 2, 1), group: nil),
        AssetKind(name: "Referral letters", category: "information", format: "paper and scanned", storage: "PDF in the document module",
                  location: "Regional liaison office of %", retention: "5 years", disposal: "Shredded after scanning",
                  use: "Letters exchanged with local clinics", users: ["regional liaison office", "doctors"], values: (4, 2, 2), group: nil),
        AssetKind(name: "Billing data", category: "information", format: "electronic", storage: "billing database",
                  location: "Data centre of %", retention: "7 years", disposal: "Deleted after the retention period",
                  use: "Insurance claims and patient invoices", users: ["billing office"], values: (3, 3, 2), group: nil),
        AssetKind(name: "Staff records", category: "information", format: "electronic", storage: "HR system",
                  location: "Human resources office of %", retention: "5 years after leaving", disposal: "Deleted by HR",
                  use: "Contracts, qualifications and rosters", users: ["human resources"], values: (3, 2, 1), group: nil),
        AssetKind(name: "Hospital website content", category: "information", format: "electronic", storage: "web content system",
                  location: "Hosting provider", retention: "Until replaced", disposal: "Removed from the site",
                  use: "Public information for patients", users: ["public relations"], values: (1, 2, 1), group: nil),
        AssetKind(name: "EMR application", category: "software", format: "electronic", storage: "application servers",
                  location: "Data centre of %", retention: "Life of the contract", disposal: "Uninstalled by the vendor",
                  use: "Running the medical record", users: ["all clinical staff"], values: (3, 3, 3), group: nil),
        AssetKind(name: "PACS viewer", category: "software", format: "electronic", storage: "workstations",
                  location: "Radiology of %", retention: "Life of the licence", disposal: "Uninstalled",
                  use: "Viewing images", users: ["radiologists", "doctors"], values: (2, 3, 2), group: nil),
        AssetKind(name: "Office software", category: "software", format: "electronic", storage: "terminal images",
                  location: "All terminals of %", retention: "Life of the licence", disposal: "Removed with the terminal image",
                  use: "Documents and spreadsheets", users: ["all staff"], values: (2, 2, 2), group: nil),
        AssetKind(name: "Ward laptops", category: "physical", format: "device", storage: "encrypted disk",
                  location: "Wards of %", retention: "5 years", disposal: "Disks wiped and destroyed by contractor",
                  use: "Bedside documentation", users: ["nurses"], values: (3, 2, 2), group: "Ward laptops"),
        AssetKind(name: "Fax machines", category: "physical", format: "device", storage: "device memory",
                  location: "Wards and outpatient desks of %", retention: "Until replaced", disposal: "Memory cleared before return to lessor",
                  use: "Sending referrals and prescriptions", users: ["clerks", "nurses"], values: (4, 2, 2), group: "Fax machines"),
        AssetKind(name: "Core network switches", category: "physical", format: "device", storage: "network racks",
                  location: "Network rooms of %", retention: "Until replaced", disposal: "Configuration erased",
                  use: "Connecting every system", users: ["IT operations"], values: (1, 2, 3), group: "Network switches"),
        AssetKind(name: "Infusion pumps", category: "physical", format: "medical device", storage: "device memory",
                  location: "Wards of %", retention: "Until replaced", disposal: "Returned to manufacturer",
                  use: "Drug delivery with a drug library", users: ["nurses", "clinical engineers"], values: (2, 3, 3), group: "Infusion pumps"),
        AssetKind(name: "Backup tapes", category: "physical", format: "tape", storage: "encrypted LTO",
                  location: "Off-site storage for %", retention: "8 weeks rotation", disposal: "Degaussed and shredded",
                  use: "Offline copy against ransomware", users: ["IT operations"], values: (4, 3, 2), group: "Backup tapes"),
        AssetKind(name: "Cloud email", category: "service", format: "electronic", storage: "cloud mailboxes",
                  location: "Cloud provider (Japan region)", retention: "3 years", disposal: "Mailboxes deleted on leaving",
                  use: "Staff email", users: ["all staff"], values: (3, 2, 2), group: nil),
        AssetKind(name: "Off-site backup storage service", category: "service", format: "service", storage: "contractor vault",
                  location: "Storage contractor", retention: "Contract term", disposal: "Media returned and destroyed",
                  use: "Keeping backup media away from the site", users: ["IT operations"], values: (4, 2, 2), group: nil),
        AssetKind(name: "Billing clerical service", category: "service", format: "service", storage: "contractor staff on site",
                  location: "Billing office of %", retention: "Contract term", disposal: "Access removed at contract end",
                  use: "Preparing insurance claims", users: ["billing office"], values: (3, 2, 2), group: nil),
        AssetKind(name: "System administrators", category: "people", format: "people", storage: "staff",
                  location: "IT office of %", retention: "n/a", disposal: "Accounts removed on leaving",
                  use: "Running the systems", users: ["IT operations"], values: (3, 3, 3), group: nil),
        AssetKind(name: "Medical records clerks", category: "people", format: "people", storage: "staff",
                  location: "Medical records office of %", retention: "n/a", disposal: "Keys and accounts returned on leaving",
                  use: "Filing, scanning and retrieving records", users: ["medical records office"], values: (3, 2, 2), group: nil),
    ]
}
