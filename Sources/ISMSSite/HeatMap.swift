import ISMSModel
import ISMSRules

/// The risk heat map: the look-up table's grid (asset value × threat × vulnerability) with the
/// number of risks in each cell, drawn as inline SVG so it needs no script and prints.
extension PageLinks {
    /// The asset values the methodology's C, I and A scales allow, ascending.
    var assetValues: [Int] {
        let m = kb.base.methodology
        return Array(Set(RiskElement.allCases.flatMap { m.scale(for: $0).levels.map(\.value) })).sorted()
    }

    /// Where a risk sits on the grid: its highest element's asset value and its threat and vulnerability.
    static func cell(of e: RiskEvaluation) -> (asset: Int, threat: Int, vulnerability: Int)? {
        guard let top = e.elements.max(by: { $0.value < $1.value }) else { return nil }
        return (top.assetValue, e.threat, e.vulnerability)
    }

    func heatMap(_ evaluations: [String: RiskEvaluation], title: String) -> String {
        let m = kb.base.methodology
        let threats = m.scale(.threat).levels.map(\.value), vulns = m.scale(.vulnerability).levels.map(\.value)
        let rows = Array(assetValues.reversed())
        var counts: [String: Int] = [:]
        for e in evaluations.values {
            if let c = Self.cell(of: e) { counts["\(c.asset)-\(c.threat)-\(c.vulnerability)", default: 0] += 1 }
        }
        let cw = 44, ch = 34, left = 64, top = 24
        let columns = threats.flatMap { t in vulns.map { (t, $0) } }
        let width = left + columns.count * cw + 8, height = top + rows.count * ch + 48
        let maxValue = max(1, m.formula.value(asset: rows.first ?? 1, threat: threats.last ?? 1, vulnerability: vulns.last ?? 1))
        var svg = "<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\">"
        svg += "<title>\(HTML.escape(title))</title>"
        for (r, a) in rows.enumerated() {
            let y = top + r * ch
            svg += "<text x=\"\(left - 8)\" y=\"\(y + ch / 2 + 4)\" text-anchor=\"end\">\(a)</text>"
            for (c, (tv, vv)) in columns.enumerated() {
                let x = left + c * cw
                let value = m.formula.value(asset: a, threat: tv, vulnerability: vv)
                let acceptable = m.acceptance.isAcceptable(value: value, asset: a, threat: tv, vulnerability: vv)
                let n = counts["\(a)-\(tv)-\(vv)"] ?? 0
                let tip = site.words.format("heatCell", ["a": "\(a)", "t": "\(tv)", "v": "\(vv)", "value": "\(value)", "n": "\(n)"])
                svg += "<g><title>\(HTML.escape(tip))</title><rect x=\"\(x)\" y=\"\(y)\" width=\"\(cw - 2)\" height=\"\(ch - 2)\" fill=\"\(Self.fill(value: value, max: maxValue, acceptable: acceptable))\"/>"
                if n > 0 { svg += "<text x=\"\(x + cw / 2 - 1)\" y=\"\(y + ch / 2 + 5)\" text-anchor=\"middle\" class=\"count\">\(n)</text>" }
                svg += "</g>"
            }
        }
        let base = top + rows.count * ch
        for (c, (tv, vv)) in columns.enumerated() {
            svg += "<text x=\"\(left + c * cw + cw / 2 - 1)\" y=\"\(base + 14)\" text-anchor=\"middle\" class=\"axis\">\(tv)·\(vv)</text>"
        }
        svg += "<text x=\"\(left)\" y=\"\(base + 36)\" class=\"axis\">\(HTML.escape(t("heatAxisX")))</text>"
        svg += "<text x=\"4\" y=\"14\" class=\"axis\">\(HTML.escape(t("heatAxisY")))</text>"
        return svg + "</svg>"
    }

    /// Green for acceptable cells; unacceptable ones from amber to red as the value rises.
    static func fill(value: Int, max: Int, acceptable: Bool) -> String {
        if acceptable { return "#dcefdc" }
        let share = Double(value) / Double(max)
        return share > 0.66 ? "#d9534f" : share > 0.33 ? "#f0964a" : "#f7d08a"
    }
}
