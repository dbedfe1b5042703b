import ISMSReports
import ISMSRules

/// The reports the site publishes, each a page under `reports/`.
public enum ReportKind: String, CaseIterable, Sendable {
    case soa = "statement-of-applicability"
    case riskAssessment = "risk-assessment"
    case treatmentPlan = "risk-treatment-plan"
    case conformity = "conformity"
    case training = "training-matrix"

    static let folder = "reports"

    /// The report's page from the site root.
    var page: String { "\(Self.folder)/\(rawValue).html" }

    /// The standalone printable version (A4, running heads) from the site root.
    public var printable: String { "\(Self.folder)/\(rawValue).print.html" }

    /// The stylesheet holding the printable version's running heads.
    var pageStyle: String { "\(Self.folder)/\(rawValue).print.css" }

    /// The SoA and the plan have many columns, so they print across the page.
    var landscape: Bool { self == .soa || self == .treatmentPlan }

    /// The table published beside the report as CSV and JSON, and its file name without extension.
    var data: (name: String, kind: ExportTable.Kind)? {
        switch self {
        case .soa: return (rawValue, .soa)
        case .riskAssessment: return ("risk-register", .risks)
        case .treatmentPlan: return (rawValue, .plan)
        case .training: return (rawValue, .trainingMatrix)
        case .conformity: return nil
        }
    }

    /// The key of its title in the strings file.
    var titleKey: String {
        switch self {
        case .soa: return "report.soa"
        case .riskAssessment: return "report.riskAssessment"
        case .treatmentPlan: return "report.treatmentPlan"
        case .conformity: return "report.conformity"
        case .training: return "report.training"
        }
    }
}

extension PageLinks {
    /// The view of one report, computed from the checked knowledge base, and a way to the
    /// table published beside it (`ReportKind.data`) that uses the same computation.
    func report(_ kind: ReportKind) -> (view: RecordView, table: @Sendable () -> ExportTable?) {
        let kb = self.kb
        switch kind {
        case .soa:
            let report = StatementOfApplicabilityReport(kb)
            return (statementOfApplicability(report), { .soa(report) })
        case .riskAssessment: return (riskAssessment(RiskAssessmentReport(kb)), { .risks(kb) })
        case .treatmentPlan:
            let report = TreatmentPlanReport(kb)
            return (treatmentPlan(report), { .plan(report) })
        case .conformity: return (conformity(ConformityChecks.coverage(kb)), { nil })
        case .training:
            let report = TrainingMatrixReport(kb)
            return (trainingMatrix(report), { .trainingMatrix(report) })
        }
    }

    /// The list of reports with what each answers.
    func reportsIndex() -> Register {
        Register(title: t("reports"), groups: [("", Table(head: [t("report"), t("description"), t("data")], cells: ReportKind.allCases.map { kind in
            ["<a href=\"\(root)\(kind.page)\">\(HTML.escape(t(kind.titleKey)))</a>", HTML.escape(t(kind.titleKey + ".about")),
             (["<a href=\"\(root)\(kind.printable)\">\(HTML.escape(t("printable")))</a>"] + (kind.data.map { data in
                 ["csv", "json"].map { "<a href=\"\(root)\(ReportKind.folder)/\(data.name).\($0)\">\($0.uppercased())</a>" }
             } ?? [])).joined(separator: " · ")]
        }))])
    }
}
