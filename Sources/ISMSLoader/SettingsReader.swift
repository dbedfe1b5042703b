import ISMSModel

/// Reads `isms.yaml`: organisation, criteria, publishing and the risk methodology.
enum SettingsReader {
    static func settings(_ f: Fields) -> Settings {
        var s = Settings(origin: f.origin)
        if let o = f.nested("organisation") {
            s.organisation.name = o.string("name", required: "the organisation") ?? ""
            s.organisation.shortName = o.string("short_name")
            s.organisation.address = o.string("address")
            s.organisation.description = o.string("description")
            o.finish()
        } else if !f.has("organisation") {
            f.missing("organisation", of: "isms.yaml")
        }
        s.scope = f.string("scope")
        if f.has("criteria") {
            let ids = f.strings("criteria")
            for (i, id) in ids.enumerated() where Criteria.builtIn[id] == nil {
                let hint = Suggestion.closest(to: id, in: Array(Criteria.builtIn.keys)).map { "did you mean '\($0)'?" }
                    ?? "known criteria: " + Criteria.builtIn.keys.sorted().joined(separator: ", ")
                f.log.error("invalid-value", "unknown criteria '\(id)'", at: f.origin.at("criteria.\(i)"), hint: hint)
            }
            let known = ids.filter { Criteria.builtIn[$0] != nil }
            if !known.isEmpty { s.criteria = known }
        } else {
            _ = f.node("criteria")
        }
        if let id = f.string("catalogue") {
            if Catalog.builtIn[id] != nil {
                s.catalogue = id
            } else {
                let hint = Suggestion.closest(to: id, in: Array(Catalog.builtIn.keys)).map { "did you mean '\($0)'?" }
                    ?? "known catalogues: " + Catalog.builtIn.keys.sorted().joined(separator: ", ")
                f.log.error("invalid-value", "unknown catalogue '\(id)'", at: f.origin.at("catalogue"), hint: hint)
            }
        }
        let levels = f.strings("classifications")
        if !levels.isEmpty { s.classifications = levels }
        if let p = f.nested("publishing") {
            s.publishing.rawHTML = p.bool("raw_html") ?? false
            s.publishing.internalMaximum = p.string("internal_maximum")
            s.publishing.language = p.string("language") ?? "en"
            p.finish()
        }
        if let m = f.nested("methodology") { s.methodology = methodology(m) }
        f.finish()
        s.origin = f.origin
        return s
    }

    static func methodology(_ f: Fields) -> Methodology {
        var m = Methodology.standard
        m.approach = f.string("approach") ?? m.approach
        m.formula = f.choice("formula", RiskFormula.self) ?? m.formula
        if let scales = f.nested("scales") {
            for kind in ScaleKind.allCases {
                var seen: Set<Int> = []
                let levels = scales.nestedList(kind.rawValue).compactMap { l -> ScaleLevel? in
                    defer { l.finish() }
                    let value = l.int("level", required: "a level of the \(kind.rawValue) scale")
                    let name = l.string("name"), description = l.string("description")
                    guard let value else { return nil }
                    guard seen.insert(value).inserted else {
                        l.log.error("invalid-value", "level \(value) appears twice in the \(kind.rawValue) scale", at: l.localOrigin.at("level"))
                        return nil
                    }
                    return ScaleLevel(value, name ?? String(value), description ?? "")
                }
                if !levels.isEmpty {
                    m.scales[kind] = Scale(levels)
                } else if scales.has(kind.rawValue) {
                    scales.log.error("invalid-value", "the \(kind.rawValue) scale has no levels", at: scales.localOrigin.at(kind.rawValue),
                                     hint: "list its levels, or leave it out for the default scale")
                }
            }
            scales.finish()
        }
        if let a = f.nested("acceptance") {
            m.acceptance.threshold = a.int("threshold") ?? m.acceptance.threshold
            m.acceptance.comparison = a.choice("comparison", Comparison.self) ?? m.acceptance.comparison
            if a.has("overrides") {
                m.acceptance.overrides = a.nestedList("overrides").map { o in
                    defer { o.finish() }
                    return AcceptanceOverride(
                        assetValueAtLeast: o.int("asset_value_at_least"),
                        threatAtLeast: o.int("threat_at_least"),
                        vulnerabilityAtLeast: o.int("vulnerability_at_least"),
                        outcome: o.choice("outcome", AcceptanceOverride.Outcome.self, required: "an acceptance override") ?? .treat
                    )
                }
            } else {
                _ = a.node("overrides")
            }
            a.finish()
        }
        if let raw = f.string("review_interval") {
            if let interval = Interval(raw) {
                m.reviewInterval = interval
            } else {
                f.log.error("invalid-value", "'review_interval' cannot be '\(raw)'", at: f.localOrigin.at("review_interval"), hint: "write it as a count and a unit, e.g. '12 months'")
            }
        }
        f.finish()
        return m
    }
}
