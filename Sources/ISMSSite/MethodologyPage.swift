import ISMSModel
import ISMSRules

/// The methodology page: approach, scales, formula, acceptance rules and the look-up table.
extension PageLinks {
    /// An acceptance override in the site's language.
    func rule(_ o: AcceptanceOverride) -> String {
        var parts: [String] = []
        if let v = o.assetValueAtLeast { parts.append("\(t("assetValue")) ≥ \(v)") }
        if let v = o.threatAtLeast { parts.append("\(t("threat")) ≥ \(v)") }
        if let v = o.vulnerabilityAtLeast { parts.append("\(t("vulnerability")) ≥ \(v)") }
        return parts.joined(separator: separator) + ": " + t(o.outcome == .treat ? "alwaysTreated" : "alwaysAccepted")
    }

    /// An interval in the site's language ("12 months", "12か月").
    func interval(_ i: Interval) -> String {
        site.words.format("interval.\(i.unit.rawValue)\(i.count == 1 ? "" : "s")", ["n": "\(i.count)"])
    }

    /// The risk value of every combination, acceptable cells marked, as the guide's table 5-11 lays it out.
    func lookupTable() -> String {
        let m = kb.base.methodology
        let threats = m.scale(.threat).levels.map(\.value), vulns = m.scale(.vulnerability).levels.map(\.value)
        let rows = m.lookupTable(assetValues: assetValues)
        var html = "<table class=\"lookup\">\n<thead>\n<tr><th rowspan=\"2\" scope=\"col\">\(HTML.escape(t("assetValue")))</th>"
        for tv in threats { html += "<th colspan=\"\(vulns.count)\" scope=\"colgroup\">\(HTML.escape(t("threat"))) \(tv)</th>" }
        html += "</tr>\n<tr>"
        for _ in threats { for vv in vulns { html += "<th scope=\"col\">\(HTML.escape(t("vulnerabilityShort"))) \(vv)</th>" } }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (a, row) in zip(assetValues, rows) {
            html += "<tr><th scope=\"row\">\(a)</th>"
            for cell in row { html += "<td class=\"\(cell.acceptable ? "ok" : "bad")\">\(cell.value)</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    func methodology() -> [String: Any] {
        let m = kb.base.methodology
        let scales: [(String, ScaleKind)] = [("confidentiality", .confidentiality), ("integrity", .integrity), ("availability", .availability),
                                             ("threat", .threat), ("vulnerability", .vulnerability)]
        let a = m.acceptance
        return [
            "approach": HTML.escape(site.words.text("approach.\(m.approach)", or: m.approach)),
            "formula": HTML.escape(m.formula == .product ? t("formulaProduct") : t("formulaSum")),
            "threshold": HTML.escape(t("riskValue") + " " + a.comparison.rawValue + " \(a.threshold)"),
            "overrides": a.overrides.map { HTML.escape(rule($0)) },
            "reviewInterval": HTML.escape(interval(m.reviewInterval)),
            "scales": scales.map { key, kind in
                ["title": HTML.escape(t(key)),
                 "levels": m.scale(kind).levels.map { ["value": $0.value, "name": HTML.escape($0.name), "description": HTML.escape($0.description)] }]
            },
            "lookup": lookupTable(),
        ]
    }
}
