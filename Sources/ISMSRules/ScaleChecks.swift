import ISMSModel

/// Ratings must lie on the methodology's scales.
enum ScaleChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let m = kb.base.methodology
        // Field and subject are written out only for a finding: most ratings are in range.
        func check(_ value: Int?, _ kind: ScaleKind, _ field: @autoclosure () -> String, of what: @autoclosure () -> String, _ origin: Origin) {
            guard let value else { return }
            let scale = m.scale(kind)
            guard !scale.contains(value) else { return }
            let levels = scale.levels.map { "\($0.value) \($0.name)" }.joined(separator: ", ")
            findings.error("out-of-scale", "\(kind.rawValue) \(value) of \(what()) is outside the scale \(scale.range.lowerBound)–\(scale.range.upperBound)",
                           at: origin.at(field()), hint: "levels: \(levels)")
        }
        for a in kb.base.assets {
            check(a.values.confidentiality, .confidentiality, "C", of: "asset '\(a.id)'", a.origin)
            check(a.values.integrity, .integrity, "I", of: "asset '\(a.id)'", a.origin)
            check(a.values.availability, .availability, "A", of: "asset '\(a.id)'", a.origin)
        }
        for t in kb.base.threats { check(t.likelihood, .threat, "likelihood", of: "threat '\(t.id)'", t.origin) }
        for v in kb.base.vulnerabilities { check(v.level, .vulnerability, "level", of: "vulnerability '\(v.id)'", v.origin) }
        for r in kb.base.risks {
            for (ratings, path) in [(r.overrides, "overrides"), (r.residual ?? RatingOverrides(), "residual")] {
                check(ratings.confidentiality, .confidentiality, "\(path).C", of: "risk '\(r.id)' (\(path))", r.origin)
                check(ratings.integrity, .integrity, "\(path).I", of: "risk '\(r.id)' (\(path))", r.origin)
                check(ratings.availability, .availability, "\(path).A", of: "risk '\(r.id)' (\(path))", r.origin)
                check(ratings.threat, .threat, "\(path).threat", of: "risk '\(r.id)' (\(path))", r.origin)
                check(ratings.vulnerability, .vulnerability, "\(path).vulnerability", of: "risk '\(r.id)' (\(path))", r.origin)
            }
        }
        let classes = kb.base.settings.classifications
        func classification(_ value: String?, of what: String, _ origin: Origin) {
            guard let value, !classes.contains(value) else { return }
            let hint = Suggestion.closest(to: value, in: classes).map { "did you mean '\($0)'?" } ?? "one of: " + classes.joined(separator: ", ")
            findings.error("invalid-value", "\(what) has unknown classification '\(value)'", at: origin.at("classification"), hint: hint)
        }
        for d in kb.base.documents { classification(d.classification, of: "document '\(d.id)'", d.origin) }
        for a in kb.base.assets { classification(a.classification, of: "asset '\(a.id)'", a.origin) }
        if let internalMax = kb.base.settings.publishing.internalMaximum, !classes.contains(internalMax) {
            findings.error("invalid-value", "'publishing.internal_maximum' names unknown classification '\(internalMax)'",
                           at: kb.base.settings.origin.at("publishing.internal_maximum"), hint: "one of: " + classes.joined(separator: ", "))
        }
    }
}
