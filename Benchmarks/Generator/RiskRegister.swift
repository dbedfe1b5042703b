/// What documents and operation records need to know of a generated risk.
struct RiskSummary {
    let id: String
    let site: Int
    let controls: [String]
}

/// The risk register: risks rated with the knowledge base's own methodology and treated so
/// that `isms check` finds nothing to complain about.
struct RiskRegister {
    /// Risk records as YAML, per site, in id order.
    let yamlBySite: [[String]]
    let summaries: [RiskSummary]

    init(_ profile: Profile, _ org: Organisation, _ catalogue: ThreatCatalogue, _ register: AssetRegister, random: inout SplitMix64) {
        var bySite = Array(repeating: [String](), count: org.sites.count)
        var summaries: [RiskSummary] = []
        let assetsBySite = (0..<org.sites.count).map { s in register.assets.filter { $0.site == s } }
        let groupsBySite = (0..<org.sites.count).map { s in register.groups.filter { $0.site == s } }
        let threats = Dictionary(uniqueKeysWithValues: catalogue.threats.map { ($0.id, $0) })
        for n in stride(from: 1, through: profile.risks, by: 1) {
            let site = (n - 1) % org.sites.count
            let target: (ref: String, name: String, subject: String, values: (c: Int, i: Int, a: Int), owner: String)
            if let group = groupsBySite[site].isEmpty || !random.percent(10) ? nil : random.pick(groupsBySite[site]) {
                // The group's kind, without the site the name ends with.
                let kind = group.name.split(separator: ",").first.map(String.init) ?? group.name
                target = (group.name, group.name, kind.lowercased(), group.values, org.coordinator(of: site))
            } else {
                let asset = random.pick(assetsBySite[site])
                target = (asset.id, asset.name, asset.kind.name.lowercased(), asset.values, asset.owner)
            }
            let vulnerability = random.pick(catalogue.vulnerabilities)
            let threat = threats[random.pick(vulnerability.threats)]!
            var risk = RiskRecord(id: "R-" + pad(n, 5), asset: target.ref, threat: threat, vulnerability: vulnerability)
            risk.title = "\(threat.name) through \(vulnerability.name.prefix(1).lowercased() + vulnerability.name.dropFirst()): \(target.name)"
            risk.elements = [[], ["C", "I"], ["C"], ["A"], ["I", "A"]][random.weighted([50, 20, 10, 10, 10])]
            risk.owner = random.percent(70) ? target.owner : org.owner(at: site, &random)
            let sentences = random.between(1, 2)
            risk.description = random.prose { $0.paragraph(sentences, about: target.subject) }
            let rating = Rating(values: target.values, elements: risk.elements)
            risk.treat(before: rating.evaluate(threat: threat.likelihood, vulnerability: vulnerability.level), rating: rating, org: org, site: site, random: &random)
            bySite[site].append(risk.yaml)
            summaries.append(RiskSummary(id: risk.id, site: site, controls: risk.controls))
        }
        yamlBySite = bySite
        self.summaries = summaries
    }
}

/// Rates a risk as the generated `isms.yaml` says: value = asset value × threat × vulnerability
/// per element; an element is acceptable when the value is at most 9 and its asset value is
/// below 4 (the override that always treats the highest confidentiality).
struct Rating {
    let values: (c: Int, i: Int, a: Int)
    /// Affected elements; empty means all three.
    let elements: [String]

    /// Whether every affected element is acceptable.
    func evaluate(threat: Int, vulnerability: Int) -> Bool {
        let affected = elements.isEmpty ? ["C", "I", "A"] : elements
        return affected.allSatisfy { e in
            let asset = e == "C" ? values.c : e == "I" ? values.i : values.a
            return asset < 4 && asset * threat * vulnerability <= 9
        }
    }
}
