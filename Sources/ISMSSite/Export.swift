import ISMSModel
import ISMSReports
import ISMSRules

/// The resolved records of one kind as a table, for `isms export` (JSON and CSV).
public struct ExportTable: Sendable {
    /// What `isms export` can print.
    public enum Kind: String, CaseIterable, Sendable {
        case assets, threats, vulnerabilities, risks, controls, documents, people, training
        case soa, plan
        case trainingMatrix = "training-matrix"
    }

    public var columns: [String]
    public var rows: [[JSONValue]]

    public var json: String { String(decoding: jsonBytes, as: UTF8.self) }

    public var csv: String { String(decoding: csvBytes, as: UTF8.self) }

    /// The rows as a JSON array of objects keyed by column, with a final newline: the
    /// serialisation of `JSONValue.array` of `.object`s, written row by row, so that a large
    /// register is not first built as one tree of values.
    var jsonBytes: [UInt8] {
        guard !rows.isEmpty else { return Array("[]\n".utf8) }
        // The keys are quoted once, not once a row.
        let keys = columns.map { column -> [UInt8] in
            var key: [UInt8] = []
            JSONValue.quote(column, into: &key)
            return key
        }
        var out: [UInt8] = Array("[\n".utf8)
        for (n, row) in rows.enumerated() {
            out.append(literal: n > 0 ? ",\n  " : "  ")
            JSONValue.appendObject(count: min(keys.count, row.count), indent: 1, to: &out,
                                   key: { $1.append(contentsOf: keys[$0]) }, value: { row[$0] })
        }
        out.append(literal: "\n]\n")
        return out
    }

    var csvBytes: [UInt8] {
        var out: [UInt8] = []
        CSV.appendRow(columns, to: &out) { CSV.appendField($0, to: &$1) }
        for row in rows { CSV.appendRow(row, to: &out) { $0.appendCSVField(to: &$1) } }
        return out
    }

    public init(columns: [String], rows: [[JSONValue]]) {
        self.columns = columns
        self.rows = rows
    }

    public init(_ kind: Kind, _ kb: ResolvedKnowledgeBase) {
        switch kind {
        case .assets: self = Self.assets(kb)
        case .threats: self = Self.threats(kb)
        case .vulnerabilities: self = Self.vulnerabilities(kb)
        case .risks: self = Self.risks(kb)
        case .controls: self = Self.controls(kb)
        case .documents: self = Self.documents(kb)
        case .people: self = Self.people(kb)
        case .training: self = Self.training(kb)
        case .soa: self = Self.soa(StatementOfApplicabilityReport(kb))
        case .plan: self = Self.plan(TreatmentPlanReport(kb))
        case .trainingMatrix: self = Self.trainingMatrix(TrainingMatrixReport(kb))
        }
    }

    static func date(_ d: CalendarDate?) -> JSONValue { .optional(d?.description) }

    static func assets(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "name", "category", "group", "owner", "format", "storage_format", "location", "retention", "disposal",
                      "use", "users", "dependencies", "C", "I", "A", "value", "classification"],
            rows: kb.base.assets.map { a in
                [.string(a.id), .string(a.name), .optional(a.category?.rawValue), .optional(a.group), .optional(a.owner), .optional(a.format),
                 .optional(a.storageFormat), .optional(a.location), .optional(a.retention), .optional(a.disposal), .optional(a.use),
                 .strings(a.users), .strings(a.dependencies), .int(a.values.confidentiality), .int(a.values.integrity),
                 .int(a.values.availability), .int(a.values.highest), .optional(a.classification)]
            }
        )
    }

    static func threats(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "name", "categories", "likelihood", "description"],
            rows: kb.base.threats.map { t in
                [.string(t.id), .string(t.name), .strings(t.categories.map(\.rawValue)), .int(t.likelihood), .optional(t.description)]
            }
        )
    }

    static func vulnerabilities(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "name", "category", "level", "threats", "description"],
            rows: kb.base.vulnerabilities.map { v in
                [.string(v.id), .string(v.name), .optional(v.category?.rawValue), .int(v.level), .strings(v.threats), .optional(v.description)]
            }
        )
    }

    /// Risks with their computed values: `C`, `I`, `A` per element (null when not affected), `value`, `acceptable`.
    static func risks(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "title", "asset", "threat", "vulnerability", "elements", "threat_level", "vulnerability_level",
                      "C", "I", "A", "value", "acceptable", "treatment", "controls", "owner",
                      "residual_value", "residual_acceptable", "accepted_by", "accepted_on"],
            rows: kb.base.risks.map { r in
                let e = kb.evaluations[r.id], after = kb.residualEvaluations[r.id]
                func element(_ x: RiskElement) -> JSONValue { .optional(e?.element(x)?.value) }
                return [.string(r.id), .optional(r.title), .string(r.asset), .string(r.threat), .string(r.vulnerability),
                        .strings(r.elements.map(\.rawValue)), .optional(e?.threat), .optional(e?.vulnerability),
                        element(.confidentiality), element(.integrity), element(.availability),
                        .optional(e?.value), e.map { .bool($0.acceptable) } ?? .null,
                        .optional(r.treatment?.rawValue), .strings(r.controls), .optional(r.owner),
                        .optional(after?.value), after.map { .bool($0.acceptable) } ?? .null,
                        .optional(r.acceptance?.by), date(r.acceptance?.date)]
            }
        )
    }

    /// Every catalogue control with its SoA decision and what implements it.
    static func controls(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "title", "theme", "applicable", "reasons", "justification", "status", "evidence", "documents", "risks"],
            rows: kb.base.catalog.controls.map { c in
                let d = kb.decisions[c.id]
                let theme = kb.base.catalog.themes.first { $0.id == c.theme }?.name ?? c.theme
                return [.string(c.id), .string(c.title), .string(theme), d.map { .bool($0.applicable) } ?? .null,
                        .strings(d?.reasons.map(\.rawValue) ?? []), .optional(d?.justification), .optional(d?.status?.rawValue),
                        .strings(d?.evidence ?? []),
                        .strings(kb.base.documents.filter { $0.controls.contains(c.id) }.map(\.id)),
                        .strings(kb.base.risks.filter { $0.controls.contains(c.id) }.map(\.id))]
            }
        )
    }

    static func documents(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "title", "type", "path", "owner", "approver", "approved", "version", "next_review", "classification",
                      "controls", "risks", "satisfies"],
            rows: kb.base.documents.map { d in
                [.string(d.id), .string(d.title), .optional(d.type?.rawValue), .string(d.path), .optional(d.owner), .optional(d.approver),
                 date(d.approved), .optional(d.version), date(kb.nextReview(of: d)), .optional(d.classification),
                 .strings(d.controls), .strings(d.risks), .strings(d.satisfies)]
            }
        )
    }

    static func people(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "name", "title", "department", "roles"],
            rows: kb.base.people.map { p in [.string(p.id), .string(p.name), .optional(p.title), .optional(p.department), .strings(p.roles)] }
        )
    }

    static func training(_ kb: ResolvedKnowledgeBase) -> ExportTable {
        ExportTable(
            columns: ["id", "person", "course", "competence", "date", "result", "effectiveness", "expires"],
            rows: kb.base.training.map { t in
                [.string(t.id), .string(t.person), .string(t.course), .optional(t.competence), date(t.date),
                 .optional(t.result?.rawValue), .optional(t.effectiveness), date(t.expires)]
            }
        )
    }
}
