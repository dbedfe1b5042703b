/// Records of running the ISMS: objectives, audits, management reviews, incidents and
/// nonconformities, in numbers that fit the organisation's size.
enum OperationRecords {
    static func objectives(_ profile: Profile, _ org: Organisation, random: inout SplitMix64) -> String {
        var text = "# Information security objectives.\n"
        let themes = [
            ("No patient information sent to the wrong recipient", "Misdirected fax or email incidents", "0 per quarter", ["A.5.14", "A.6.3"]),
            ("Every member of staff completes awareness training", "Staff who passed the e-learning test", "100 %", ["A.6.3"]),
            ("Backups restore within the recovery time objective", "Restore tests meeting the objective", "4 of 4 per year", ["A.8.13"]),
            ("Leavers lose access on their last day", "Accounts of leavers still active after one day", "0", ["A.5.18"]),
            ("Critical patches applied within 14 days", "Critical patches applied on time", "at least 95 %", ["A.8.8"]),
        ]
        for n in 1...profile.objectives {
            let t = themes[(n - 1) % themes.count]
            let site = (n - 1) % org.sites.count
            let title = org.sites.count > 1 ? "\(t.0) at \(org.sites[site].name)" : t.0
            text += "- id: OBJ-\(pad(n, 2))\n  title: \(YAML.scalar(title))\n  owner: \(org.coordinator(of: site))\n"
            text += "  due: 2026-12-31\n  status: \(random.pick(["in-progress", "done"]))\n  controls: \(YAML.list(t.3))\n"
            text += "  measures:\n    - name: \(YAML.scalar(t.1))\n      target: \(YAML.scalar(t.2))\n"
            text += "      actual: \(YAML.scalar("Q3 2026: \(random.between(80, 100)) % of target"))\n      frequency: quarterly\n"
        }
        return text
    }

    /// One audit per site; some findings raise the nonconformities numbered from NC-2026-01.
    static func audits(_ profile: Profile, _ org: Organisation, random: inout SplitMix64) -> [(name: String, yaml: String)] {
        (1...profile.audits).map { n in
            let site = (n - 1) % org.sites.count
            let date = Day(2026, 5, 11).adding(days: 7 * n)
            var text = "id: AUD-2026-\(pad(n, 2))\ntitle: \(YAML.scalar("Internal ISMS audit 2026, \(org.sites[site].name)"))\ndate: \(date.text)\n"
            text += "auditors: [P-0006, P-0007]\nauditees: [\(org.coordinator(of: site)), P-0004]\n"
            text += "scope: \(YAML.scalar("All ISMS processes at \(org.sites[site].name), following the programme approved by the committee."))\n"
            text += "criteria: ISO/IEC 27001:2022 clauses 4-10, the SoA and the group's policies and procedures\n"
            let controls = random.sample(AnnexA.controls.filter { AnnexA.excluded[$0] == nil }, 5)
            text += "controls: \(YAML.list(controls))\nfindings:\n"
            for (i, nc) in nonconformitiesRaised(by: n, profile).enumerated() {
                text += "  - type: nonconformity\n    description: \(YAML.scalar("Finding \(i + 1): \(random.prose { $0.statement(about: "EMR") })"))\n"
                text += "    controls: [\(controls[i % controls.count])]\n    nonconformity: \(nc)\n"
            }
            text += "  - type: observation\n    description: Restore test records did not always state the time taken.\n    controls: [A.8.13]\n"
            text += "conclusion: The ISMS at the site conforms to the criteria apart from the nonconformities listed.\n"
            return ("AUD-2026-\(pad(n, 2))", text)
        }
    }

    /// The nonconformity ids raised by audit `n`: the nonconformities are dealt out over the audits in turn.
    static func nonconformitiesRaised(by audit: Int, _ profile: Profile) -> [String] {
        stride(from: audit, through: profile.nonconformities, by: profile.audits).map { "NC-2026-\(pad($0, 2))" }
    }

    static func nonconformities(_ profile: Profile, _ org: Organisation, random: inout SplitMix64) -> String {
        var text = "# Nonconformities raised by internal audits, with corrective action.\n"
        for n in 1...profile.nonconformities {
            let audit = (n - 1) % profile.audits + 1
            let site = (audit - 1) % org.sites.count
            let raised = Day(2026, 5, 11).adding(days: 7 * audit)
            let due = raised.adding(days: random.between(30, 90))
            text += "- id: NC-2026-\(pad(n, 2))\n  title: \(YAML.scalar("Audit finding at \(org.sites[site].name)"))\n  source: AUD-2026-\(pad(audit, 2))\n"
            text += "  raised: \(raised.text)\n  description: \(YAML.scalar(random.prose { $0.statement(about: "EMR") }))\n"
            text += "  cause: \(YAML.scalar("The step was not in the procedure because \(random.pick(Words.reasons))."))\n"
            text += "  actions:\n    - kind: corrective\n      action: Add the step to the procedure and brief the staff concerned\n"
            text += "      owner: \(org.coordinator(of: site))\n      due: \(due.text)\n      status: done\n      completed: \(due.text)\n"
            text += "  verified: \(due.adding(days: 14).text)\n  verified_by: P-0003\n"
        }
        return text
    }

    static func reviews(_ profile: Profile, _ org: Organisation) -> [(name: String, yaml: String)] {
        (1...profile.reviews).map { n in
            let date = Day(2026, 1, 20).adding(days: 70 * (n - 1))
            var text = "id: MR-2026-\(pad(n, 2))\ntitle: Management review \(n) of 2026\ndate: \(date.text)\nchair: \(org.director)\n"
            text += "attendees: [P-0002, P-0003, P-0004, P-0005]\ninputs:\n"
            text += "  - Status of actions from previous reviews\n  - Results of internal audits and nonconformities\n  - Risk assessment results and the treatment plan\n"
            text += "decisions:\n  - Continue the treatment plan with the budget requested\n"
            text += "actions:\n  - action: Report restore times in every restore test record\n    owner: P-0004\n"
            text += "    due: \(date.adding(days: 60).text)\n    priority: medium\n    status: done\n"
            return ("MR-2026-\(pad(n, 2))", text)
        }
    }

    static func incidents(_ profile: Profile, _ org: Organisation, _ assets: AssetRegister, random: inout SplitMix64) -> String {
        var text = "# Information security incidents of 2026.\n"
        let titles = ["Referral letter faxed to the wrong clinic", "Ward laptop left on a train", "Phishing email opened by a clerk",
                      "Backup job failed three nights in a row", "Printout with patient names found in a corridor",
                      "Vendor connected without notice", "Shared password found on a sticky note"]
        for n in 1...profile.incidents {
            let asset = random.pick(assets.assets)
            let date = random.day(Day(2026, 1, 5), Day(2026, 11, 10))
            text += "- id: INC-2026-\(pad(n, 3))\n  title: \(YAML.scalar("\(random.pick(titles)), \(org.sites[asset.site].name)"))\n"
            text += "  date: \(date.text)\n  reported_by: \(org.coordinator(of: asset.site))\n"
            text += "  severity: \(["low", "medium", "high"][random.weighted([60, 30, 10])])\n  assets: [\(asset.id)]\n"
            text += "  description: \(YAML.scalar(random.prose { $0.statement(about: asset.name) }))\n"
            text += "  failed_controls: \(YAML.list(random.sample(asset.kind.category == "people" ? ["A.6.3"] : ["A.5.14", "A.8.7", "A.8.13", "A.7.7", "A.5.17"], 1)))\n"
            text += "  actions_taken:\n    - Contained the same day and reported to the information security manager\n"
            text += "  closed: \(date.adding(days: random.between(1, 10)).text)\n"
        }
        return text
    }
}
