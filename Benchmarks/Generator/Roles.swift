/// A role of the ISMS organisation with what it does and the competences it needs.
struct Role {
    let id: String
    let name: String
    let responsibilities: [String]
    let competences: [String]
}

extension Role {
    /// The roles every generated organisation has, from top management to staff.
    static let all: [Role] = [
        Role(id: "ROLE-TOP-MGMT", name: "Top management", responsibilities: [
            "Approve the information security policy and the scope of the ISMS.",
            "Provide the people, budget and equipment the ISMS needs.",
            "Accept residual risks above the acceptance level.",
        ], competences: ["information security governance", "ISMS fundamentals"]),
        Role(id: "ROLE-ISC-CHAIR", name: "Information security committee chair", responsibilities: [
            "Convene the information security committee every two months.",
            "Review the risk assessment and the treatment plan before they go to top management.",
        ], competences: ["information security governance", "ISMS fundamentals", "risk assessment"]),
        Role(id: "ROLE-CISO", name: "Chief information security officer", responsibilities: [
            "Run the ISMS day to day and keep its documents and records current.",
            "Maintain the risk register and the Statement of Applicability.",
            "Lead the response to information security incidents.",
        ], competences: ["ISMS fundamentals", "risk assessment", "incident handling", "personal information protection"]),
        Role(id: "ROLE-IT-OPS", name: "IT operations", responsibilities: [
            "Operate servers, network, backups and endpoint protection.",
            "Manage privileged accounts and vendor remote access.",
        ], competences: ["network and server security", "backup and recovery", "incident handling"]),
        Role(id: "ROLE-PRIVACY", name: "Privacy officer", responsibilities: [
            "Answer patients' requests about their personal information.",
            "Assess new uses of patient data before they start.",
        ], competences: ["personal information protection", "ISMS fundamentals"]),
        Role(id: "ROLE-AUDITOR", name: "Internal auditor", responsibilities: [
            "Plan and carry out internal audits of sites other than one's own.",
            "Report findings to the committee and follow up corrective actions.",
        ], competences: ["internal auditing", "ISMS fundamentals"]),
        Role(id: "ROLE-SITE-COORD", name: "Site security coordinator", responsibilities: [
            "Keep the site's assets and risks current in the registers.",
            "Collect incident and weakness reports at the site and pass them on the same day.",
        ], competences: ["ISMS fundamentals", "risk assessment", "security awareness"]),
        Role(id: "ROLE-DEPT-HEAD", name: "Department head", responsibilities: [
            "See that the department follows the policies and procedures.",
            "Approve access requests of the department's staff.",
        ], competences: ["security awareness", "personal information protection"]),
        Role(id: "ROLE-WARD-MGR", name: "Ward manager", responsibilities: [
            "Check clear desk and screen rules on the ward every shift.",
            "Report lost devices and misdirected information at once.",
        ], competences: ["security awareness", "personal information protection"]),
        Role(id: "ROLE-SYSTEM-OWNER", name: "System owner", responsibilities: [
            "Decide who may use the system and review access every quarter.",
            "Approve changes and accept restore tests of the system.",
        ], competences: ["risk assessment", "access management"]),
        Role(id: "ROLE-MED-RECORDS", name: "Medical records officer", responsibilities: [
            "Keep paper and scanned records, their retention and disposal.",
        ], competences: ["records management", "personal information protection"]),
        Role(id: "ROLE-CLIN-ENG", name: "Clinical engineer", responsibilities: [
            "Keep networked medical devices patched, inventoried and segmented.",
        ], competences: ["medical device security", "network and server security"]),
        Role(id: "ROLE-HELPDESK", name: "Help desk", responsibilities: [
            "Create, change and remove user accounts on approved requests.",
            "Hand out and take back encrypted USB media and laptops.",
        ], competences: ["access management", "security awareness"]),
        Role(id: "ROLE-STAFF", name: "Staff member", responsibilities: [
            "Follow the information security rules and report incidents and weaknesses.",
        ], competences: ["security awareness"]),
    ]

    /// Roles a member of staff may hold besides ROLE-STAFF.
    static let staffExtras = ["ROLE-DEPT-HEAD", "ROLE-WARD-MGR", "ROLE-SYSTEM-OWNER", "ROLE-MED-RECORDS", "ROLE-CLIN-ENG", "ROLE-HELPDESK", "ROLE-IT-OPS", "ROLE-AUDITOR"]

    /// Courses that evidence each competence.
    static let courses: [String: [String]] = [
        "information security governance": ["ISMS briefing for executives (half day)", "Board seminar on cyber risk in healthcare"],
        "ISMS fundamentals": ["ISMS fundamentals based on ISO/IEC 27001:2022 (2 days)", "ISMS refresher e-learning"],
        "risk assessment": ["Risk assessment workshop (ISO/IEC 27005 approach)", "Risk register practice session"],
        "incident handling": ["Incident response tabletop exercise", "Ransomware response drill"],
        "personal information protection": ["Personal information protection for healthcare staff", "Privacy law update seminar"],
        "network and server security": ["Network security for hospital IT staff", "Server hardening course"],
        "backup and recovery": ["Backup and restore hands-on training", "Disaster recovery exercise"],
        "internal auditing": ["ISMS internal auditor course (2 days)", "Audit interviewing skills"],
        "security awareness": ["Annual security awareness e-learning", "Phishing simulation and debrief", "New starter security induction"],
        "access management": ["Account management procedure training", "Identity directory administration"],
        "records management": ["Medical records retention and disposal", "Scanning and indexing of paper records"],
        "medical device security": ["Medical device cybersecurity (manufacturer course)", "Segmenting clinical networks"],
    ]
}
