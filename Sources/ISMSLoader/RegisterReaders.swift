import ISMSModel

/// Readers for the risk register's records: assets, threats, vulnerabilities, risks and SoA decisions.
enum RegisterReaders {
    static func asset(_ f: Fields) -> Asset? {
        guard let id = f.string("id", required: "an asset") else { return nil }
        var a = Asset(id: id, origin: f.origin)
        a.name = f.string("name", required: "asset '\(id)'") ?? id
        a.category = f.choice("category", AssetCategory.self, required: "asset '\(id)'")
        a.group = f.string("group")
        a.description = f.string("description")
        a.owner = f.string("owner", required: "asset '\(id)'")
        a.format = f.string("format")
        a.storageFormat = f.string("storage_format")
        a.location = f.string("location")
        a.retention = f.string("retention")
        a.disposal = f.string("disposal")
        a.use = f.string("use")
        a.users = f.strings("users")
        a.dependencies = f.strings("dependencies")
        a.values = ElementValues(
            confidentiality: f.int("C", required: "asset '\(id)'") ?? 1,
            integrity: f.int("I", required: "asset '\(id)'") ?? 1,
            availability: f.int("A", required: "asset '\(id)'") ?? 1
        )
        a.classification = f.string("classification")
        f.finish()
        a.origin = f.origin
        return a
    }

    static func threat(_ f: Fields) -> Threat? {
        guard let id = f.string("id", required: "a threat") else { return nil }
        var t = Threat(id: id, origin: f.origin)
        t.name = f.string("name", required: "threat '\(id)'") ?? id
        // "D, A" is accepted as well as a list.
        let raw = f.strings("categories").flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace() } }
        t.categories = raw.compactMap { f.parseChoice($0, ThreatCategory.self, at: f.origin.at("categories"), field: "categories") }
        t.likelihood = f.int("likelihood", required: "threat '\(id)'") ?? 1
        t.description = f.string("description")
        f.finish()
        t.origin = f.origin
        return t
    }

    static func vulnerability(_ f: Fields) -> Vulnerability? {
        guard let id = f.string("id", required: "a vulnerability") else { return nil }
        var v = Vulnerability(id: id, origin: f.origin)
        v.name = f.string("name", required: "vulnerability '\(id)'") ?? id
        v.category = f.choice("category", VulnerabilityCategory.self)
        v.level = f.int("level", required: "vulnerability '\(id)'") ?? 1
        v.threats = f.strings("threats")
        v.description = f.string("description")
        f.finish()
        v.origin = f.origin
        return v
    }

    static func ratings(_ f: Fields) -> RatingOverrides {
        var r = RatingOverrides()
        r.confidentiality = f.int("C")
        r.integrity = f.int("I")
        r.availability = f.int("A")
        r.threat = f.int("threat")
        r.vulnerability = f.int("vulnerability")
        f.finish()
        return r
    }

    static func planItem(_ f: Fields) -> PlanItem {
        var p = PlanItem(origin: f.origin)
        p.action = f.string("action") ?? ""
        if p.action.isEmpty { f.missing("action", of: "a plan item") }
        p.owner = f.string("owner")
        p.due = f.date("due")
        p.priority = f.choice("priority", Priority.self)
        p.status = f.choice("status", ActionStatus.self) ?? .planned
        f.finish()
        p.origin = f.localOrigin
        return p
    }

    static func risk(_ f: Fields) -> Risk? {
        guard let id = f.string("id", required: "a risk") else { return nil }
        let what = "risk '\(id)'"
        var r = Risk(id: id, origin: f.origin)
        r.title = f.string("title")
        r.asset = f.string("asset", required: what) ?? ""
        r.threat = f.string("threat", required: what) ?? ""
        r.vulnerability = f.string("vulnerability", required: what) ?? ""
        if f.has("elements") {
            r.elements = f.choices("elements", RiskElement.self)
        } else {
            _ = f.node("elements")
        }
        r.overrides = f.nested("overrides").map(ratings) ?? RatingOverrides()
        r.owner = f.string("owner")
        r.description = f.string("description")
        r.treatment = f.choice("treatment", TreatmentOption.self)
        r.controls = f.strings("controls").map(Catalog.canonicalControlID)
        r.transferTo = f.string("transfer_to")
        r.plan = f.nestedList("plan").map(planItem)
        r.residual = f.nested("residual").map(ratings)
        if let a = f.nested("acceptance") {
            var acceptance = RiskAcceptance(by: a.string("by", required: "the acceptance of \(what)") ?? "", origin: Origin(a.location))
            acceptance.date = a.date("date")
            acceptance.note = a.string("note")
            a.finish()
            acceptance.origin = a.localOrigin
            r.acceptance = acceptance
        }
        f.finish()
        r.origin = f.origin
        return r
    }

    static func soaDecision(_ f: Fields) -> SoADecision? {
        guard let control = f.string("control", required: "an SoA decision") else { return nil }
        var d = SoADecision(control: Catalog.canonicalControlID(control), origin: f.origin)
        d.applicable = f.bool("applicable") ?? {
            f.missing("applicable", of: "the SoA decision on \(control)")
            return true
        }()
        d.reasons = f.choices("reasons", InclusionReason.self)
        d.justification = f.string("justification")
        d.status = f.choice("status", ImplementationStatus.self)
        d.evidence = f.strings("evidence")
        d.notes = f.string("notes")
        d.title = f.string("title")
        d.summary = f.string("summary")
        f.finish()
        d.origin = f.origin
        return d
    }
}
