/// A kind of threat with the controls that typically answer it.
struct ThreatKind {
    let name: String
    let categories: [String]
    let controls: [String]
}

/// A kind of weakness with the kinds of threat it lets through.
struct WeaknessKind {
    let name: String
    let category: String
    let threats: [String]
}

/// A generated threat.
struct Threat {
    let id: String
    let name: String
    let kind: ThreatKind
    let likelihood: Int
}

/// A generated vulnerability, with the threats (ids) it enables.
struct Vulnerability {
    let id: String
    let name: String
    let kind: WeaknessKind
    let level: Int
    let threats: [String]
}

/// Threats and vulnerabilities of the risk register, built from the kinds below with qualifiers
/// when a size asks for more than there are kinds.
struct ThreatCatalogue {
    let threats: [Threat]
    let vulnerabilities: [Vulnerability]

    init(_ profile: Profile, random: inout SplitMix64) {
        var threats: [Threat] = []
        for i in 0..<profile.threats {
            let kind = Self.threatKinds[i % Self.threatKinds.count]
            let round = i / Self.threatKinds.count
            let name = round == 0 ? kind.name : "\(kind.name) (\(Self.qualifiers[(round - 1) % Self.qualifiers.count]))"
            threats.append(Threat(id: "T-" + pad(i + 1, 3), name: name, kind: kind, likelihood: random.between(1, 3)))
        }
        var vulnerabilities: [Vulnerability] = []
        for i in 0..<profile.vulnerabilities {
            let kind = Self.weaknessKinds[i % Self.weaknessKinds.count]
            let round = i / Self.weaknessKinds.count
            let name = round == 0 ? kind.name : "\(kind.name) (\(Self.qualifiers[(round - 1) % Self.qualifiers.count]))"
            var enabled = threats.filter { kind.threats.contains($0.kind.name) }.map(\.id)
            if enabled.isEmpty { enabled = [random.pick(threats).id] }
            vulnerabilities.append(Vulnerability(id: "V-" + pad(i + 1, 3), name: name, kind: kind, level: random.between(1, 3),
                                                 threats: random.sample(enabled, 4)))
        }
        self.threats = threats
        self.vulnerabilities = vulnerabilities
    }

    private static let qualifiers = ["wards", "data centre", "outpatient clinics", "home-visit services", "administration"]

    static let threatKinds: [ThreatKind] = [
        ThreatKind(name: "Earthquake", categories: ["E"], controls: ["A.7.5", "A.5.29", "A.5.30", "A.8.14"]),
        ThreatKind(name: "Flood", categories: ["E"], controls: ["A.7.5", "A.5.30", "A.8.14"]),
        ThreatKind(name: "Fire", categories: ["D", "A", "E"], controls: ["A.7.5", "A.7.8", "A.5.30"]),
        ThreatKind(name: "Blackout", categories: ["D", "A", "E"], controls: ["A.7.11", "A.8.14", "A.5.30"]),
        ThreatKind(name: "Air-conditioning failure", categories: ["A", "E"], controls: ["A.7.11", "A.7.13", "A.8.14"]),
        ThreatKind(name: "Operating mistake", categories: ["D", "A"], controls: ["A.6.3", "A.8.3", "A.5.37", "A.8.13"]),
        ThreatKind(name: "Unauthorised access by staff", categories: ["D"], controls: ["A.5.15", "A.5.18", "A.8.3", "A.8.15"]),
        ThreatKind(name: "Unauthorised access by outsiders", categories: ["D"], controls: ["A.5.15", "A.8.5", "A.8.20", "A.8.16"]),
        ThreatKind(name: "Theft", categories: ["D"], controls: ["A.7.1", "A.7.2", "A.7.9", "A.8.1", "A.8.24"]),
        ThreatKind(name: "Loss of portable media", categories: ["A"], controls: ["A.7.10", "A.8.24", "A.8.1", "A.6.7"]),
        ThreatKind(name: "Malware infection", categories: ["D"], controls: ["A.8.7", "A.8.8", "A.6.3", "A.8.13"]),
        ThreatKind(name: "Ransomware", categories: ["D"], controls: ["A.8.7", "A.8.13", "A.5.24", "A.5.26", "A.8.8"]),
        ThreatKind(name: "Phishing email", categories: ["D"], controls: ["A.6.3", "A.8.7", "A.8.23", "A.5.14"]),
        ThreatKind(name: "Misdirected fax or email", categories: ["A"], controls: ["A.5.14", "A.6.3", "A.8.12"]),
        ThreatKind(name: "Hardware failure", categories: ["A"], controls: ["A.8.14", "A.7.13", "A.8.13"]),
        ThreatKind(name: "Software defect", categories: ["A"], controls: ["A.8.32", "A.8.29", "A.8.8"]),
        ThreatKind(name: "Network outage", categories: ["A", "D"], controls: ["A.8.20", "A.8.21", "A.8.14"]),
        ThreatKind(name: "Supplier failure", categories: ["A"], controls: ["A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.30"]),
        ThreatKind(name: "Cloud service outage", categories: ["A"], controls: ["A.5.23", "A.5.30", "A.8.14"]),
        ThreatKind(name: "Eavesdropping", categories: ["D"], controls: ["A.8.20", "A.8.24", "A.7.7"]),
        ThreatKind(name: "Viewing of screens by bystanders", categories: ["D", "A"], controls: ["A.7.7", "A.8.1", "A.6.3"]),
        ThreatKind(name: "Improper disposal", categories: ["A"], controls: ["A.7.14", "A.7.10", "A.5.10"]),
        ThreatKind(name: "Shortage of staff", categories: ["A"], controls: ["A.5.2", "A.6.3", "A.5.30"]),
        ThreatKind(name: "Misuse of vendor remote maintenance", categories: ["D"], controls: ["A.5.21", "A.8.5", "A.8.15", "A.5.20"]),
        ThreatKind(name: "Tampering with medical devices", categories: ["D"], controls: ["A.8.9", "A.8.20", "A.8.22"]),
        ThreatKind(name: "Loss of paper records", categories: ["A"], controls: ["A.5.33", "A.7.10", "A.7.7"]),
        ThreatKind(name: "Entries under another person's identity", categories: ["D", "A"], controls: ["A.5.16", "A.5.17", "A.8.5"]),
        ThreatKind(name: "Configuration error", categories: ["A"], controls: ["A.8.9", "A.8.32"]),
        ThreatKind(name: "Denial of service", categories: ["D"], controls: ["A.8.20", "A.8.6", "A.8.16"]),
        ThreatKind(name: "Export of data by an insider", categories: ["D"], controls: ["A.8.12", "A.5.15", "A.8.15"]),
    ]

    static let weaknessKinds: [WeaknessKind] = [
        WeaknessKind(name: "Records storeroom door with a simple key lock", category: "environment", threats: ["Theft", "Loss of paper records", "Fire"]),
        WeaknessKind(name: "Unstable power facilities", category: "environment", threats: ["Blackout", "Hardware failure"]),
        WeaknessKind(name: "Site in a flood and earthquake hazard zone", category: "environment", threats: ["Earthquake", "Flood"]),
        WeaknessKind(name: "Cooling without redundancy", category: "hardware", threats: ["Air-conditioning failure", "Hardware failure"]),
        WeaknessKind(name: "Servers past the end of vendor support", category: "hardware", threats: ["Hardware failure", "Software defect"]),
        WeaknessKind(name: "Unencrypted laptops and USB media", category: "hardware", threats: ["Theft", "Loss of portable media"]),
        WeaknessKind(name: "Unpatched operating systems", category: "software", threats: ["Malware infection", "Ransomware", "Software defect"]),
        WeaknessKind(name: "Shared or weak passwords", category: "software",
                     threats: ["Unauthorised access by staff", "Unauthorised access by outsiders", "Entries under another person's identity"]),
        WeaknessKind(name: "Excessive access rights", category: "software", threats: ["Unauthorised access by staff", "Export of data by an insider"]),
        WeaknessKind(name: "Audit logs that nobody reviews", category: "management", threats: ["Unauthorised access by staff", "Export of data by an insider"]),
        WeaknessKind(name: "Flat network without segmentation", category: "network",
                     threats: ["Malware infection", "Ransomware", "Tampering with medical devices", "Denial of service"]),
        WeaknessKind(name: "Visitor Wi-Fi bridged to the clinical network", category: "network", threats: ["Eavesdropping", "Unauthorised access by outsiders"]),
        WeaknessKind(name: "Single internet line", category: "network", threats: ["Network outage", "Cloud service outage", "Denial of service"]),
        WeaknessKind(name: "Unverified vendor remote access", category: "network", threats: ["Misuse of vendor remote maintenance", "Unauthorised access by outsiders"]),
        WeaknessKind(name: "Contracts without security clauses", category: "organisation",
                     threats: ["Supplier failure", "Cloud service outage", "Misuse of vendor remote maintenance"]),
        WeaknessKind(name: "Unclear disposal rules", category: "organisation", threats: ["Improper disposal", "Loss of paper records"]),
        WeaknessKind(name: "Changes made without approval", category: "management", threats: ["Configuration error", "Software defect"]),
        WeaknessKind(name: "Backups that are never restored", category: "management", threats: ["Ransomware", "Hardware failure", "Operating mistake"]),
        WeaknessKind(name: "Incomplete asset inventory", category: "management", threats: ["Theft", "Loss of portable media"]),
        WeaknessKind(name: "Low security awareness", category: "individual",
                     threats: ["Phishing email", "Misdirected fax or email", "Operating mistake", "Viewing of screens by bystanders"]),
        WeaknessKind(name: "Fax numbers dialled by hand", category: "individual", threats: ["Misdirected fax or email"]),
        WeaknessKind(name: "Screens facing public areas", category: "environment", threats: ["Viewing of screens by bystanders"]),
        WeaknessKind(name: "Few IT staff", category: "organisation", threats: ["Shortage of staff", "Hardware failure"]),
        WeaknessKind(name: "Email without filtering", category: "software", threats: ["Phishing email", "Malware infection"]),
        WeaknessKind(name: "Medical devices with fixed passwords", category: "hardware",
                     threats: ["Tampering with medical devices", "Unauthorised access by outsiders"]),
    ]
}
