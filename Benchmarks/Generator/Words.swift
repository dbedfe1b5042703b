/// Word lists the prose, names and titles are drawn from. Invented for this generator.
enum Words {
    static let places = [
        "Sakura", "Kita", "Minami", "Higashi", "Nishi", "Aoba", "Midori", "Kawabe", "Oka", "Hinode",
        "Tsubaki", "Momiji", "Yamate", "Shiroyama", "Kaigan", "Hoshino", "Izumi", "Matsubara",
    ]
    static let siteKinds = ["General Hospital", "Community Hospital", "Rehabilitation Hospital", "Clinic", "Medical Centre"]

    static let departments = [
        "Emergency", "Radiology", "Clinical Laboratory", "Pharmacy", "Nursing", "Medical Records",
        "Information Systems", "Rehabilitation", "Surgery", "Outpatients", "Billing", "Regional Liaison",
        "Dialysis", "Maternity", "Paediatrics", "Human Resources", "Facilities", "Clinical Engineering",
    ]

    static let givenNames = [
        "Hiroshi", "Keiko", "Takeshi", "Daisuke", "Akira", "Yumi", "Naomi", "Shota", "Emi", "Kenji",
        "Sachiko", "Ryo", "Mai", "Yuto", "Haruka", "Satoshi", "Aiko", "Makoto", "Rina", "Kazuo",
        "Tomoko", "Hiroki", "Megumi", "Jun", "Ayaka", "Masato", "Yoko", "Kaito", "Chie", "Noboru",
    ]
    static let familyNames = [
        "Tanaka", "Yamamoto", "Sato", "Kobayashi", "Nakamura", "Watanabe", "Yoshida", "Matsumoto",
        "Suzuki", "Takahashi", "Ito", "Kato", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamaguchi",
        "Mori", "Ikeda", "Hashimoto", "Abe", "Ishikawa", "Ogawa", "Fujita", "Okada", "Goto", "Hasegawa",
    ]
    static let jobTitles = [
        "Staff Nurse", "Ward Manager", "Radiological Technologist", "Pharmacist", "Medical Clerk",
        "Laboratory Technician", "Physician", "Physiotherapist", "Systems Engineer", "Help Desk Officer",
        "Clinical Engineer", "Medical Records Officer", "Billing Clerk", "Social Worker", "Midwife",
    ]

    /// Systems and information a document or sentence can be about.
    static let systems = [
        "EMR", "PACS", "laboratory information system", "order-entry system", "billing system",
        "pharmacy dispensing system", "nurse call system", "radiology worklist", "email service",
        "clinic Wi-Fi", "file server", "backup library", "dialysis monitoring system", "appointment system",
        "regional referral portal", "staff roster", "infusion pump fleet", "ward laptops", "fax machines",
        "patient portal", "document scanner", "remote maintenance gateway", "identity directory",
    ]
    static let activities = [
        "access review", "backup and restore", "change management", "incident handling", "log monitoring",
        "patching", "media disposal", "remote maintenance", "password management", "printing",
        "encryption", "supplier management", "account provisioning", "capacity planning", "downtime operation",
        "data export", "configuration management", "vulnerability scanning", "asset inventory", "clear desk",
    ]

    static let actors = [
        "The ward manager", "Each system owner", "The information security manager", "The computing room",
        "The night-duty nurse", "The medical records office", "The site security coordinator", "Every department head",
        "The help desk", "The clinical engineering team", "The pharmacy", "The laboratory manager",
        "The privacy officer", "The on-call engineer", "Any member of staff", "The head nurse", "The vendor liaison",
    ]
    static let verbs = [
        "checks", "records", "reviews", "approves", "reports", "confirms", "updates", "keeps",
        "signs off", "tests", "removes", "locks away", "encrypts", "escalates", "explains", "compares",
    ]
    static let imperatives = [
        "Check", "Record", "Review", "Approve", "Report", "Confirm", "Update", "Keep", "Sign off",
        "Test", "Remove", "Lock away", "Encrypt", "Escalate", "Compare", "Collect",
    ]
    static let gerunds = [
        "checking", "recording", "reviewing", "approving", "reporting", "confirming", "updating",
        "testing", "removing", "encrypting", "escalating", "explaining", "comparing",
    ]
    /// Objects; `%` is replaced by a system.
    static let objects = [
        "the access rights of leavers in the %", "every change to the %", "the backup log of the %",
        "paper charts taken off the ward", "passwords issued to new staff", "the results of the restore test of the %",
        "unusual entries in the audit log of the %", "USB media handed out by the help desk",
        "the contracts of outside vendors working on the %", "the list of privileged accounts of the %",
        "referral letters received from local clinics", "the patch level of the %", "printouts left at shared printers",
        "screens facing the waiting area", "the keys of the records storeroom", "alerts raised by the %",
        "the retention period of the % data", "requests to export patient data from the %",
        "the emergency accounts of the %", "the firmware version of the %",
    ]
    static let tails = [
        "before the end of each month.", "within one working day.", "and keeps the evidence for five years.",
        "at every shift handover.", "whenever a vendor connects remotely.", "as soon as a patient complains.",
        "before the system goes live.", "at least once a quarter.", "after every major upgrade.",
        "and tells the information security manager about anything unusual.", "on the first Monday of each month.",
        "when a member of staff changes department.", "during the annual review of the ISMS.",
        "before anything is sent outside the hospital.", "with a second person as witness.",
        "and files the signed form in the department binder.",
    ]
    static let reasons = [
        "a misdirected referral letter reached the wrong clinic last year",
        "the auditors asked for evidence that the control works",
        "several sites share the same systems and accounts",
        "patients must be able to trust how their information is handled",
        "the national guideline for medical information systems expects it",
        "a failed restore would stop care on the wards",
        "vendors connect from outside the hospital network",
        "night shifts have fewer staff to notice problems",
        "paper and electronic records must tell the same story",
        "an outage of the EMR forces every ward onto paper",
    ]
    static let frequencies = ["Daily", "Weekly", "Monthly", "Quarterly", "Twice a year", "Yearly", "On change", "On request"]
    static let evidence = [
        "signed checklist", "log extract", "ticket in the help desk system", "minutes of the committee",
        "restore test report", "access review spreadsheet", "disposal certificate", "training attendance list",
        "vendor visit log", "change record", "photograph of the posted notice", "exported audit trail",
    ]
}
