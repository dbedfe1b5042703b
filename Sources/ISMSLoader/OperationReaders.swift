import ISMSModel

/// Readers for the records of running the ISMS: audits, reviews, incidents, nonconformities, objectives.
enum OperationReaders {
    static func audit(_ f: Fields) -> Audit? {
        guard let id = f.string("id", required: "an audit") else { return nil }
        var a = Audit(id: id, origin: f.origin)
        a.title = f.string("title", required: "audit '\(id)'") ?? id
        a.date = f.date("date")
        a.auditors = f.strings("auditors")
        a.auditees = f.strings("auditees")
        a.scope = f.string("scope")
        a.criteria = f.string("criteria")
        a.controls = f.strings("controls").map(Catalog.canonicalControlID)
        a.findings = f.nestedList("findings").map { g in
            var finding = AuditFinding(origin: g.location.origin)
            finding.type = g.choice("type", FindingType.self) ?? .observation
            finding.description = g.string("description") ?? ""
            finding.controls = g.strings("controls").map(Catalog.canonicalControlID)
            finding.nonconformity = g.string("nonconformity")
            g.finish()
            finding.origin = g.localOrigin
            return finding
        }
        a.conclusion = f.string("conclusion")
        f.finish()
        a.origin = f.origin
        return a
    }

    static func review(_ f: Fields) -> ManagementReview? {
        guard let id = f.string("id", required: "a management review") else { return nil }
        var r = ManagementReview(id: id, origin: f.origin)
        r.title = f.string("title") ?? id
        r.date = f.date("date")
        r.chair = f.string("chair")
        r.attendees = f.strings("attendees")
        r.inputs = f.strings("inputs")
        r.decisions = f.strings("decisions")
        r.actions = f.nestedList("actions").map(RegisterReaders.planItem)
        f.finish()
        r.origin = f.origin
        return r
    }

    static func incident(_ f: Fields) -> Incident? {
        guard let id = f.string("id", required: "an incident") else { return nil }
        var i = Incident(id: id, origin: f.origin)
        i.title = f.string("title", required: "incident '\(id)'") ?? id
        i.date = f.date("date")
        i.reportedBy = f.string("reported_by")
        i.severity = f.choice("severity", IncidentSeverity.self)
        i.assets = f.strings("assets")
        i.description = f.string("description")
        i.failedControls = f.strings("failed_controls").map(Catalog.canonicalControlID)
        i.actionsTaken = f.strings("actions_taken")
        i.additionalControls = f.strings("additional_controls").map(Catalog.canonicalControlID)
        i.nonconformity = f.string("nonconformity")
        i.closed = f.date("closed")
        f.finish()
        i.origin = f.origin
        return i
    }

    static func nonconformity(_ f: Fields) -> Nonconformity? {
        guard let id = f.string("id", required: "a nonconformity") else { return nil }
        var n = Nonconformity(id: id, origin: f.origin)
        n.title = f.string("title", required: "nonconformity '\(id)'") ?? id
        n.source = f.string("source")
        n.raised = f.date("raised")
        n.description = f.string("description")
        n.cause = f.string("cause")
        n.actions = f.nestedList("actions").map { g in
            var a = CorrectiveAction(origin: g.location.origin)
            a.kind = g.choice("kind", ActionKind.self) ?? .corrective
            a.action = g.string("action") ?? ""
            if a.action.isEmpty { g.missing("action", of: "an action of nonconformity '\(id)'") }
            a.owner = g.string("owner")
            a.due = g.date("due")
            a.status = g.choice("status", ActionStatus.self) ?? .planned
            a.completed = g.date("completed")
            g.finish()
            a.origin = g.localOrigin
            return a
        }
        n.verified = f.date("verified")
        n.verifiedBy = f.string("verified_by")
        f.finish()
        n.origin = f.origin
        return n
    }

    static func objective(_ f: Fields) -> Objective? {
        guard let id = f.string("id", required: "an objective") else { return nil }
        var o = Objective(id: id, origin: f.origin)
        o.title = f.string("title", required: "objective '\(id)'") ?? id
        o.owner = f.string("owner")
        o.due = f.date("due")
        o.status = f.choice("status", ActionStatus.self) ?? .planned
        o.controls = f.strings("controls").map(Catalog.canonicalControlID)
        o.measures = f.nestedList("measures").map { g in
            var m = Measure(origin: g.location.origin)
            m.name = g.string("name", required: "a measure of objective '\(id)'") ?? ""
            m.target = g.string("target")
            m.actual = g.string("actual")
            m.frequency = g.string("frequency")
            g.finish()
            m.origin = g.localOrigin
            return m
        }
        f.finish()
        o.origin = f.origin
        return o
    }
}

extension SourceLocation {
    var origin: Origin { Origin(self) }
}
