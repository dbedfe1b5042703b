/// One hospital or clinic of the organisation.
struct Site {
    let name: String
    /// Folder name for the site's documents and records.
    let slug: String
}

/// A person of the organisation and the roles they hold.
struct Person {
    let id: String
    let name: String
    let title: String
    let department: String
    let roles: [String]
    /// Index of the site they work at.
    let site: Int
}

/// The organisation the knowledge base describes: its sites, roles and people.
struct Organisation {
    let name: String
    let shortName: String
    let sites: [Site]
    let people: [Person]

    /// Office holders every organisation has, in id order from P-0001.
    private static let core: [(title: String, department: String, role: String)] = [
        ("Chief Executive", "Executive Office", "ROLE-TOP-MGMT"),
        ("Deputy Chief Executive", "Executive Office", "ROLE-ISC-CHAIR"),
        ("Chief Information Security Officer", "Information Security Office", "ROLE-CISO"),
        ("IT Operations Manager", "Information Systems", "ROLE-IT-OPS"),
        ("Privacy Officer", "Information Security Office", "ROLE-PRIVACY"),
        ("Lead Internal Auditor", "Quality and Safety Office", "ROLE-AUDITOR"),
        ("Internal Auditor", "Medical Records", "ROLE-AUDITOR"),
        ("Director of Nursing", "Nursing", "ROLE-DEPT-HEAD"),
    ]

    /// The person who approves policies and accepts residual risk.
    let director = "P-0001"
    /// The person who runs the ISMS.
    let ciso = "P-0003"

    init(_ profile: Profile, random: inout SplitMix64) {
        if profile.sites == 1 {
            name = "Sakura Community Hospital"
            shortName = "Sakura Hospital"
            sites = [Site(name: "Sakura Community Hospital", slug: "sakura")]
        } else {
            name = "Sakura Health Group"
            shortName = "Sakura Group"
            sites = (0..<profile.sites).map { i in
                let place = Words.places[i % Words.places.count]
                let kind = i == 0 ? Words.siteKinds[0] : Words.siteKinds[(i * 3) % Words.siteKinds.count]
                return Site(name: "\(place) \(kind)", slug: place.lowercased())
            }
        }
        var people: [Person] = []
        func nextID() -> String { Self.personID(people.count + 1) }
        func someone() -> String { "\(random.pick(Words.givenNames)) \(random.pick(Words.familyNames))" }
        for c in Self.core {
            people.append(Person(id: nextID(), name: someone(), title: c.title, department: c.department, roles: [c.role], site: 0))
        }
        for (i, site) in sites.enumerated() {
            people.append(Person(id: nextID(), name: someone(), title: "Security Coordinator, \(site.name)", department: "Information Systems",
                                 roles: ["ROLE-SITE-COORD"], site: i))
        }
        for _ in 0..<profile.staff {
            let roles = random.percent(30) ? ["ROLE-STAFF", random.pick(Role.staffExtras)] : ["ROLE-STAFF"]
            people.append(Person(id: nextID(), name: someone(), title: random.pick(Words.jobTitles), department: random.pick(Words.departments),
                                 roles: roles, site: random.below(sites.count)))
        }
        self.people = people
    }

    static func personID(_ n: Int) -> String { "P-" + pad(n, 4) }

    /// The coordinator of a site, who owns its documents and registers.
    func coordinator(of site: Int) -> String { Self.personID(Self.core.count + site + 1) }

    /// People who may own an asset, a risk or a document: office holders and the site's coordinator, or a role.
    func owner(at site: Int, _ random: inout SplitMix64) -> String {
        switch random.below(6) {
        case 0: return "ROLE-SYSTEM-OWNER"
        case 1: return random.pick(["P-0003", "P-0004", "P-0005", "P-0008"])
        case 2: return "ROLE-SITE-COORD"
        default: return coordinator(of: site)
        }
    }
}

/// A number with leading zeros: `pad(7, 4)` is `0007`.
func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
