/// People, roles and training records as YAML.
enum PeopleRecords {
    static func roles() -> String {
        var text = "# Roles of the ISMS organisation and the competences each requires.\n"
        for r in Role.all {
            text += "- id: \(r.id)\n  name: \(YAML.scalar(r.name))\n  responsibilities:\n"
            for line in r.responsibilities { text += "    - \(YAML.scalar(line))\n" }
            text += "  competences: \(YAML.list(r.competences))\n"
        }
        return text
    }

    static func person(_ p: Person) -> String {
        "- id: \(p.id)\n  name: \(YAML.scalar(p.name))\n  title: \(YAML.scalar(p.title))\n  department: \(YAML.scalar(p.department))\n  roles: \(YAML.list(p.roles))\n"
    }

    /// Training records: everyone once, then further courses for people drawn at random.
    static func training(_ count: Int, _ org: Organisation, random: inout SplitMix64) -> [String] {
        let roles = Dictionary(uniqueKeysWithValues: Role.all.map { ($0.id, $0) })
        return (0..<count).map { n in
            let person = n < org.people.count ? org.people[n] : random.pick(org.people)
            let competence = random.pick(person.roles.flatMap { roles[$0]?.competences ?? [] })
            let course = random.pick(Role.courses[competence] ?? ["Information security briefing"])
            let date = random.day(Day(2025, 4, 1), Day(2026, 11, 15))
            let result = ["passed", "attended", "failed"][random.weighted([80, 15, 5])]
            var text = "- id: TR-\(pad(n + 1, 5))\n  person: \(person.id)\n  course: \(YAML.scalar(course))\n"
            text += "  competence: \(YAML.scalar(competence))\n  date: \(date.text)\n  result: \(result)\n"
            text += "  effectiveness: \(YAML.scalar(effectiveness(result, &random)))\n"
            if competence == "security awareness" { text += "  expires: \(date.adding(days: 365).text)\n" }
            return text
        }
    }

    private static func effectiveness(_ result: String, _ random: inout SplitMix64) -> String {
        switch result {
        case "failed": return "Test score \(random.between(40, 59)) %; the course is repeated within three months."
        case "attended": return "Attendance confirmed by the trainer; effectiveness judged by the line manager at the next appraisal."
        default:
            let checks = ["end-of-course test", "observation at work by the line manager", "phishing simulation result", "review of the first tasks done alone"]
            return "Checked by \(random.pick(checks)), score \(random.between(70, 100)) %. Effective."
        }
    }
}
