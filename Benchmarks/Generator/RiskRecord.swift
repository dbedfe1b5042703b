/// One risk being written: its fields and how it is treated.
struct RiskRecord {
    let id: String
    let asset: String
    let threat: Threat
    let vulnerability: Vulnerability
    var title = ""
    var elements: [String] = []
    var owner = ""
    var description = ""
    var treatment: String?
    var controls: [String] = []
    var transferTo: String?
    var plan: [String] = []
    var residual: (threat: Int?, vulnerability: Int?)?
    var acceptance: String?

    init(id: String, asset: String, threat: Threat, vulnerability: Vulnerability) {
        self.id = id
        self.asset = asset
        self.threat = threat
        self.vulnerability = vulnerability
    }

    /// Chooses a treatment the way a committee might, then records residual values and
    /// management's acceptance exactly where the methodology requires them.
    mutating func treat(before acceptable: Bool, rating: Rating, org: Organisation, site: Int, random: inout SplitMix64) {
        if acceptable {
            if random.percent(25) { treatment = "retain" }
            return
        }
        let option = ["reduce", "retain", "transfer", "avoid"][random.weighted([65, 12, 10, 8])]
        treatment = option
        var residualAcceptable = false
        switch option {
        case "reduce", "transfer":
            controls = random.sample(threat.kind.controls, random.between(1, 3))
            if option == "transfer" {
                transferTo = random.pick(Self.contracts)
                if !controls.contains(where: AnnexA.supplier.contains) { controls.insert(random.pick(Array(AnnexA.supplier.prefix(3))), at: 0) }
            }
            let lowerThreat = threat.likelihood > 1 && random.percent(40)
            residual = (lowerThreat ? threat.likelihood - 1 : nil, 1)
            residualAcceptable = rating.evaluate(threat: lowerThreat ? threat.likelihood - 1 : threat.likelihood, vulnerability: 1)
            plan = (0..<random.between(1, 3)).map { _ in planItem(org: org, site: site, random: &random) }
        case "avoid":
            residualAcceptable = true
        default:  // retain: the risk as it stands is what management accepts
            residualAcceptable = false
        }
        if !residualAcceptable {
            let by = random.percent(80) ? org.director : "ROLE-TOP-MGMT"
            let date = random.day(Day(2026, 2, 1), Day(2026, 11, 15)).text
            acceptance = "    by: \(by)\n    date: \(date)\n    note: \(YAML.scalar(random.pick(Self.acceptanceNotes)))"
        }
    }

    private func planItem(org: Organisation, site: Int, random: inout SplitMix64) -> String {
        let due = random.day(Day(2026, 1, 15), Day(2027, 12, 20))
        let status = due < Day(2026, 11, 22) ? (random.percent(85) ? "done" : "in-progress") : (random.percent(50) ? "planned" : "in-progress")
        let action = random.pick(Self.actions).replacingOccurrences(of: "%", with: random.pick(Words.systems))
        return """
            - action: \(YAML.scalar(action))
              owner: \(org.owner(at: site, &random))
              due: \(due.text)
              priority: \(random.pick(["high", "medium", "low"]))
              status: \(status)
        """
    }

    /// The record as a YAML list item.
    var yaml: String {
        var lines = [
            "- id: \(id)",
            "  title: \(YAML.scalar(title))",
            "  asset: \(YAML.scalar(asset))",
            "  threat: \(threat.id)",
            "  vulnerability: \(vulnerability.id)",
        ]
        if !elements.isEmpty { lines.append("  elements: \(YAML.list(elements))") }
        lines += ["  owner: \(owner)", "  description: \(YAML.scalar(description))"]
        if let treatment { lines.append("  treatment: \(treatment)") }
        if !controls.isEmpty { lines.append("  controls: \(YAML.list(controls))") }
        if let transferTo { lines.append("  transfer_to: \(YAML.scalar(transferTo))") }
        if !plan.isEmpty { lines.append("  plan:"); lines += plan }
        if let residual {
            lines.append("  residual:")
            if let t = residual.threat { lines.append("    threat: \(t)") }
            if let v = residual.vulnerability { lines.append("    vulnerability: \(v)") }
        }
        if let acceptance { lines += ["  acceptance:", acceptance] }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let contracts = [
        "Cyber insurance policy CY-2026-0113 with Tokio Mutual",
        "Maintenance contract with the EMR vendor, clause 12 (service levels)",
        "Off-site storage contract, clause 7 (liability for lost media)",
        "Cloud service agreement, data processing addendum",
        "Billing outsourcing contract, confidentiality and liability clauses",
    ]
    private static let actions = [
        "Restrict access to the % to named staff and review membership quarterly",
        "Encrypt the disks of the % and keep the recovery keys in the key safe",
        "Apply outstanding security patches to the % and schedule monthly patching",
        "Test a full restore of the % and record the time taken",
        "Add the % to central log monitoring with alerts to the on-call engineer",
        "Replace shared accounts on the % with personal accounts",
        "Segment the % from the office network",
        "Train the staff who use the % on the new handling rules",
        "Agree security clauses for the % with the vendor at contract renewal",
        "Move the % hardware to the rack with redundant power and cooling",
    ]
    private static let acceptanceNotes = [
        "Residual risk accepted by the committee until the next assessment.",
        "Accepted: further reduction would cost more than the expected loss.",
        "Accepted for the current year; to be reassessed after the system upgrade.",
        "The asset is highly confidential and can never fall inside the acceptance level; accepted explicitly.",
        "Accepted on condition that the plan items are completed on time.",
    ]
}
