/// Writes a document: front matter, then a body of about two kilobytes with headings, a pipe
/// table, lists and links of every kind the tool resolves.
struct DocumentWriter {
    let plan: DocumentPlan
    let org: Organisation

    func markdown(_ d: DocumentMeta, random: inout SplitMix64) -> String {
        var prose = Prose(random: random)
        defer { random = prose.random }
        let docs = plan.documents
        let other = docs[prose.random.below(docs.count)]
        let linked = docs[prose.random.below(docs.count)]
        let s = d.subject

        var out = frontMatter(d)
        out += "# \(d.title)\n\n"
        out += prose.paragraph(2, about: s) + " See also [\(other.title)](doc:\(other.id)).\n\n"
        out += "## \(d.headings[0])\n\n"
        out += "This \(d.type) sets out how \(org.sites[d.site].name) handles the \(s). " + prose.paragraph(1, about: s) + "\n\n"
        out += "## \(d.headings[1])\n\n"
        let controls = d.controls.map { "[\($0)](control:\($0))" }.joined(separator: ", ")
        out += prose.paragraph(1, about: s) + " It implements \(controls)"
        if !d.risks.isEmpty {
            out += " and answers " + d.risks.map { "[\($0)](risk:\($0))" }.joined(separator: ", ")
        }
        out += ".\n\n"
        out += "## \(d.headings[2])\n\n| Role | Duty | Frequency |\n|---|---|---|\n"
        for role in prose.random.sample(Role.all, prose.random.between(2, 4)) {
            out += "| [\(role.name)](role:\(role.id)) | \(prose.duty(about: s)) | \(prose.random.pick(Words.frequencies)) |\n"
        }
        out += "\n## \(d.headings[3])\n\n"
        let steps = prose.random.between(3, 4)
        let linkAt = prose.random.below(steps)
        for i in 0..<steps {
            var step = prose.instruction(about: s)
            if i == linkAt {
                let anchor = prose.random.pick(linked.anchors)
                step += " The details are in [\(linked.title)](\(Slug.relativePath(from: d.path, to: linked.path))#\(anchor))."
            }
            out += "\(i + 1). \(step)\n"
        }
        out += "\n"
        var next = 4
        if d.headings.count == 7 {
            out += "## \(d.headings[4])\n\n" + prose.paragraph(1, about: s)
            out += " Any exception is approved by [the document owner](\(d.owner.hasPrefix("ROLE-") ? "role" : "person"):\(d.owner)) in writing.\n\n"
            next = 5
        }
        out += "## \(d.headings[next])\n\n"
        for _ in 0..<prose.random.between(2, 4) {
            let evidence = prose.random.pick(Words.evidence)
            let years = prose.random.between(1, 5)
            out += "- \(Slug.sentence(evidence)), kept for \(years) year\(years == 1 ? "" : "s")\n"
        }
        out += "\n## \(d.headings[next + 1])\n\n"
        out += prose.paragraph(1, about: s) + " The owner reviews this \(d.type) every year and after any incident that touches the steps in [\(d.headings[3])](#\(d.anchors[3])).\n"
        return out
    }

    private func frontMatter(_ d: DocumentMeta) -> String {
        var lines = [
            "---",
            "id: \(d.id)",
            "title: \(YAML.scalar(d.title))",
            "type: \(d.type)",
            "owner: \(d.owner)",
            "approver: \(d.approver)",
            "approved: \(d.approved.text)",
            "version: \"\(d.version)\"",
            "review: \(d.review)",
            "classification: \(d.classification)",
            "controls: \(YAML.list(d.controls))",
        ]
        if !d.risks.isEmpty { lines.append("risks: \(YAML.list(d.risks))") }
        if !d.satisfies.isEmpty { lines.append("satisfies: [" + d.satisfies.map { "\"\($0)\"" }.joined(separator: ", ") + "]") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }
}
