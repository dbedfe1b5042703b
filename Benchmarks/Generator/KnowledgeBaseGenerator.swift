/// Plans and writes a whole knowledge base for a size and a seed.
struct KnowledgeBaseGenerator {
    let size: Size
    let seed: UInt64

    /// Writes everything into `output`; returns a line saying what was written.
    func generate(into output: inout OutputFolder) throws -> String {
        let profile = Profile(size)
        var random = SplitMix64(seed: seed, stream: "organisation")
        let org = Organisation(profile, random: &random)
        random = SplitMix64(seed: seed, stream: "threats")
        let catalogue = ThreatCatalogue(profile, random: &random)
        random = SplitMix64(seed: seed, stream: "assets")
        let assets = AssetRegister(profile, org, random: &random)
        random = SplitMix64(seed: seed, stream: "risks")
        let risks = RiskRegister(profile, org, catalogue, assets, random: &random)
        random = SplitMix64(seed: seed, stream: "documents")
        let plan = DocumentPlan(profile, org, risks: risks.summaries, random: &random)

        try output.write("isms.yaml", SettingsFile.yaml(org, size: size, seed: seed))
        try output.write("roles/roles.yaml", PeopleRecords.roles())
        try output.writeChunked("people", "people", org.people.map(PeopleRecords.person), perFile: profile.recordsPerFile,
                                comment: "People of \(org.name)")
        random = SplitMix64(seed: seed, stream: "soa")
        for file in StatementOfApplicability.files(plan, random: &random) {
            try output.write("soa/\(file.name).yaml", file.yaml)
        }
        let writer = DocumentWriter(plan: plan, org: org)
        random = SplitMix64(seed: seed, stream: "bodies")
        for d in plan.documents {
            try output.write(d.path, writer.markdown(d, random: &random))
        }
        if profile.hasRegisters {
            try writeRegisters(profile, org, catalogue, assets, risks, into: &output)
        }
        return "\(size.rawValue) knowledge base, seed \(seed): \(plan.documents.count) documents, \(assets.assets.count) assets, "
            + "\(risks.summaries.count) risks, \(org.people.count) people, \(profile.training) training records"
    }

    private func writeRegisters(_ profile: Profile, _ org: Organisation, _ catalogue: ThreatCatalogue, _ assets: AssetRegister,
                                _ risks: RiskRegister, into output: inout OutputFolder) throws {
        let perFile = profile.recordsPerFile
        var threats = "# Threat catalogue. Categories: D deliberate, A accidental, E environmental.\n"
        for t in catalogue.threats {
            threats += "- id: \(t.id)\n  name: \(YAML.scalar(t.name))\n  categories: \(YAML.list(t.kind.categories))\n  likelihood: \(t.likelihood)\n"
        }
        try output.write("threats/threats.yaml", threats)
        var vulnerabilities = "# Vulnerabilities with the threats they enable.\n"
        for v in catalogue.vulnerabilities {
            vulnerabilities += "- id: \(v.id)\n  name: \(YAML.scalar(v.name))\n  category: \(v.kind.category)\n  level: \(v.level)\n  threats: \(YAML.list(v.threats))\n"
        }
        try output.write("vulnerabilities/vulnerabilities.yaml", vulnerabilities)
        for (s, site) in org.sites.enumerated() {
            let folder = org.sites.count > 1 ? "/\(site.slug)" : ""
            let siteAssets = assets.assets.filter { $0.site == s }.map { AssetRegister.yaml($0, org: org) }
            try output.writeChunked("assets\(folder)", "assets", siteAssets, perFile: perFile, comment: "Assets of \(site.name)")
            try output.writeChunked("risks\(folder)", "risks", risks.yamlBySite[s], perFile: perFile, comment: "Risks of \(site.name)")
        }
        var random = SplitMix64(seed: seed, stream: "training")
        try output.writeChunked("training", "training", PeopleRecords.training(profile.training, org, random: &random), perFile: perFile,
                                comment: "Training records")
        random = SplitMix64(seed: seed, stream: "operations")
        try output.write("objectives/objectives.yaml", OperationRecords.objectives(profile, org, random: &random))
        for audit in OperationRecords.audits(profile, org, random: &random) {
            try output.write("audits/\(audit.name).yaml", audit.yaml)
        }
        try output.write("nonconformities/2026.yaml", OperationRecords.nonconformities(profile, org, random: &random))
        for review in OperationRecords.reviews(profile, org) {
            try output.write("reviews/\(review.name).yaml", review.yaml)
        }
        try output.write("incidents/2026.yaml", OperationRecords.incidents(profile, org, assets, random: &random))
    }
}
