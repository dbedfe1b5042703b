/// SoA decisions on all 93 controls, one file per theme, with evidence naming the documents
/// that implement each control.
enum StatementOfApplicability {
    /// The files of the SoA, by name without extension.
    static func files(_ plan: DocumentPlan, random: inout SplitMix64) -> [(name: String, yaml: String)] {
        var implementing: [String: [DocumentMeta]] = [:]
        for d in plan.documents {
            for c in d.controls where implementing[c, default: []].count < 3 { implementing[c, default: []].append(d) }
        }
        var start = 0
        return AnnexA.themes.map { theme in
            let ids = Array(AnnexA.controls[start..<start + theme.count])
            start += theme.count
            var text = "# Statement of Applicability: theme \(theme.theme) (\(theme.file) controls).\n"
            for control in ids {
                text += "- control: \(control)\n"
                if let justification = AnnexA.excluded[control] {
                    text += "  applicable: false\n  justification: \(YAML.scalar(justification))\n"
                    continue
                }
                let reasons = random.sample(["risk", "legal", "contractual", "business"], random.between(1, 2))
                let status = ["implemented", "partial", "planned"][random.weighted([75, 20, 5])]
                text += "  applicable: true\n  reasons: \(YAML.list(reasons))\n  status: \(status)\n  evidence:\n"
                let docs = implementing[control] ?? []
                for d in docs { text += "    - \(YAML.scalar("\(d.title) \(d.id), approved \(d.approved.text)"))\n" }
                if docs.isEmpty || random.percent(50) {
                    text += "    - \(YAML.scalar(Slug.sentence(random.pick(Words.evidence)) + " reviewed by the committee"))\n"
                }
            }
            return (theme.file, text)
        }
    }
}
