import ISMSLoader
import ISMSModel
import ISMSRules
import ISMSReports
import XCTest

final class StatementOfApplicabilityReportTests: XCTestCase {
    func testEveryControlInCatalogueOrderWithFindingsAndTotals() throws {
        let soa = StatementOfApplicabilityReport(try ReportFixture.kb())
        XCTAssertEqual(soa.entries.map(\.control.id), Catalog.annexA2022.controls.map(\.id))
        XCTAssertEqual(soa.themes.map(\.theme.id), ["5", "6", "7", "8"])
        let entry = { (id: String) in soa.entries.first { $0.control.id == id }! }
        XCTAssertEqual(entry("A.5.1").findings, ["no SoA decision"])
        XCTAssertEqual(entry("A.8.5").findings, ["excluded without a justification", "excluded, yet the treatment of R-5 relies on it"])
        XCTAssertEqual(entry("A.7.5").findings, [])
        XCTAssertEqual(entry("A.7.5").decision?.justification, "No basement or flood zone")
        XCTAssertEqual(entry("A.5.15").risks, ["R-1"])
        XCTAssertEqual(entry("A.5.15").documents, ["PRC-1"])
        XCTAssertEqual(soa.totals, SoATotals(controls: 93, applicable: 90, excluded: 2, undecided: 1,
                                             byStatus: [.implemented: 1, .partial: 1, nil: 88]))
        XCTAssertEqual(soa.themes.map { [$0.totals.controls, $0.totals.applicable, $0.totals.excluded, $0.totals.undecided] },
                       [[37, 36, 0, 1], [8, 8, 0, 0], [14, 13, 1, 0], [34, 33, 1, 0]])
    }
}

final class RiskAssessmentReportTests: XCTestCase {
    func testRisksByValueWithCountsAndWhatWasNeverUsed() throws {
        let report = RiskAssessmentReport(try ReportFixture.kb())
        XCTAssertEqual(report.rows.map(\.risk.id), ["R-1", "R-5", "R-3", "R-4", "R-2"])
        XCTAssertEqual(report.rows.map(\.evaluation.value), [36, 27, 18, 16, 12])
        XCTAssertEqual(report.rows[0].evaluation.elements.map(\.value), [36, 18, 9])
        XCTAssertEqual(report.countsByValue.map(\.value), [36, 27, 18, 16, 12])
        XCTAssertEqual(report.countsByValue.map(\.count), [1, 1, 1, 1, 1])
        XCTAssertEqual(report.acceptableCount, 0)
        XCTAssertEqual(report.assetsWithoutRisk.map(\.id), ["AST-3"])
        XCTAssertEqual(report.unusedThreats.map(\.id), ["T-3"])
        XCTAssertEqual(report.unusedVulnerabilities.map(\.id), ["V-3"])
        XCTAssertTrue(report.unevaluated.isEmpty)
    }
}

final class TreatmentPlanReportTests: XCTestCase {
    /// All four options, residual above and below the criteria, accepted and not, ordered by priority then due date.
    func testEveryUnacceptableRiskWithItsOutcome() throws {
        let plan = TreatmentPlanReport(try ReportFixture.kb())
        XCTAssertEqual(plan.entries.map(\.risk.id), ["R-1", "R-2", "R-3", "R-4", "R-5"])
        XCTAssertEqual(plan.entries.map { $0.risk.treatment?.rawValue }, ["reduce", "transfer", "retain", "avoid", "reduce"])
        guard case .accepted(let acceptance) = plan.entries[0].outcome else { return XCTFail("\(plan.entries[0].outcome)") }
        XCTAssertEqual(acceptance.by, "P-01")
        XCTAssertEqual(plan.entries[0].residual?.elements.map(\.value), [4, 2, 1])
        XCTAssertEqual(plan.entries[1].outcome, .acceptable)
        XCTAssertEqual(plan.entries[1].residual?.value, 6)
        XCTAssertEqual(plan.entries[1].risk.transferTo, "Maintenance contract MC-7")
        // A retained risk keeps its rating; nobody accepted it.
        XCTAssertEqual(plan.entries[2].outcome, .unaccepted)
        XCTAssertEqual(plan.entries[2].residual?.value, 18)
        XCTAssertEqual(plan.entries[3].outcome, .avoided)
        XCTAssertEqual(plan.entries[4].outcome, .unaccepted)
        XCTAssertEqual(plan.entries[4].residual?.value, 18)
        XCTAssertEqual(plan.entries[0].items.map(\.overdue), [true])
        XCTAssertEqual(plan.entries[0].priority, .high)
        XCTAssertEqual(plan.entries[1].nextDue, CalendarDate(iso: "2027-03-31"))
        // Done items are neither overdue nor counted for priority.
        XCTAssertEqual(plan.entries[3].items.map(\.overdue), [false])
        XCTAssertNil(plan.entries[3].priority)
    }
}

final class TrainingMatrixReportTests: XCTestCase {
    func testHeldExpiringExpiredAndMissing() throws {
        let matrix = TrainingMatrixReport(try ReportFixture.kb())
        XCTAssertEqual(matrix.competences, ["ISMS fundamentals", "backup operation"])
        XCTAssertEqual(matrix.rows.map(\.person.id), ["P-01", "P-02", "P-03"])
        XCTAssertEqual(matrix.rows.map { $0.cells.map { $0?.state.rawValue ?? "-" } },
                       [["held", "-"], ["expired", "expiring"], ["missing", "missing"]])
        XCTAssertEqual(matrix.rows[2].cells[0]?.records.map(\.id), ["TR-4"])
        XCTAssertEqual(matrix.rows[1].cells[1]?.records.map(\.id), ["TR-3"])
    }
}

final class CatalogueTransitionTests: XCTestCase {
    /// A knowledge base decided on the 2013 catalogue is checked against it and shown against 2022.
    func testAn2013SoAIsShownAgainst2022WithItsGaps() throws {
        var files = ReportFixture.files
        files["isms.yaml"] = "organisation:\n  name: Test Clinic\ncatalogue: iso27001-2013\n"
        files["soa/soa.yaml"] = Catalog.annexA2013.controls.map { c in
            c.id == "A.12.3.1" ? "- {control: A.12.3.1, applicable: true, reasons: [risk], status: implemented}"
                : c.id == "A.11.1.6" ? "- {control: A.11.1.6, applicable: false, justification: No loading bay}"
                : "- {control: \(c.id), applicable: true, reasons: [business]}"
        }.joined(separator: "\n")
        files["risks/risks.yaml"] = "- {id: R-1, asset: AST-1, threat: T-1, vulnerability: V-1, treatment: reduce, controls: [A.12.3.1]}\n"
        let loaded = try KnowledgeBaseLoader.load(.memory(files))
        XCTAssertEqual(loaded.knowledgeBase.catalog.id, "iso27001-2013")
        let soa = StatementOfApplicabilityReport(ResolvedKnowledgeBase(loaded.knowledgeBase, asOf: ReportFixture.asOf))
        XCTAssertEqual(soa.entries.count, 114)
        XCTAssertEqual(soa.totals.undecided, 0)
        XCTAssertEqual(soa.entries.first { $0.control.id == "A.12.3.1" }?.risks, ["R-1"])
        let transition = try XCTUnwrap(soa.transition)
        XCTAssertEqual(transition.count, 93)
        XCTAssertEqual(transition.filter(\.isGap).map(\.control.id),
                       ["A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28"])
        XCTAssertEqual(transition.first { $0.control.id == "A.8.13" }?.predecessors.map(\.control.id), ["A.12.3.1"])
        XCTAssertEqual(transition.first { $0.control.id == "A.8.13" }?.predecessors.first?.decision?.status, .implemented)
        XCTAssertEqual(transition.first { $0.control.id == "A.7.2" }?.predecessors.map { $0.decision?.applicable }, [true, false])
    }

    func testUnknownCatalogueIsAnError() throws {
        var files = ReportFixture.files
        files["isms.yaml"] = "organisation:\n  name: Test Clinic\ncatalogue: iso27001-2031\n"
        let loaded = try KnowledgeBaseLoader.load(.memory(files))
        XCTAssertEqual(loaded.diagnostics.filter { $0.code == "invalid-value" }.map { "\($0.location): \($0.fullMessage)" },
                       ["isms.yaml:3:12: unknown catalogue 'iso27001-2031'; did you mean 'iso27001-2013'?"])
        XCTAssertEqual(loaded.knowledgeBase.catalog.id, "iso27001-2022")
    }
}

final class RequirementCatalogueTests: XCTestCase {
    /// A catalogue of the knowledge base's own puts its requirements beside the controls they map to.
    func testOwnCatalogueRequirementsStandBesideTheirControls() throws {
        var files = ReportFixture.files
        files["catalogues/guideline.yaml"] = """
            id: medical-guideline
            title: Medical information system guideline
            requirements:
              - {id: "8.1", title: Identify every user, controls: [A.5.16, 8.5]}
              - {id: "8.2", title: Back up clinical data, controls: [A.8.13, A.8.99]}
            """
        let loaded = try KnowledgeBaseLoader.load(.memory(files))
        XCTAssertEqual(loaded.knowledgeBase.requirementCatalogues.map(\.items.count), [2])
        let kb = ResolvedKnowledgeBase(loaded.knowledgeBase, asOf: ReportFixture.asOf)
        let errors = Checker.check(kb).filter { $0.code == "dangling-reference" }.map { "\($0.location): \($0.fullMessage)" }
        XCTAssertEqual(errors, ["catalogues/guideline.yaml:5:66: requirement '8.2' of catalogue 'medical-guideline' refers to unknown control 'A.8.99'; did you mean 'A.8.19'?"])
        let soa = StatementOfApplicabilityReport(kb)
        let entry = { (id: String) in soa.entries.first { $0.control.id == id }! }
        XCTAssertEqual(entry("A.8.5").requirements, [MappedRequirement(catalogue: "Medical information system guideline", id: "8.1", title: "Identify every user")])
        XCTAssertEqual(entry("A.8.13").requirements.map(\.id), ["8.2"])
        XCTAssertEqual(entry("A.8.1").requirements, [])
    }
}

final class AdditionalControlTests: XCTestCase {
    /// A decision with a title on an id outside the catalogue adds a control, listed after the catalogue.
    func testControlsOfTheKnowledgeBasesOwnFollowTheCatalogue() throws {
        var files = ReportFixture.files
        files["soa/own.yaml"] = "- {control: HOSP-1, title: Visitor badges on wards, applicable: true, reasons: [business], status: implemented}\n"
        files["risks/own.yaml"] = "- {id: R-9, asset: AST-3, threat: T-3, vulnerability: V-3, controls: [HOSP-1]}\n"
        let loaded = try KnowledgeBaseLoader.load(.memory(files))
        let kb = ResolvedKnowledgeBase(loaded.knowledgeBase, asOf: ReportFixture.asOf)
        XCTAssertEqual(Checker.check(kb).filter { ["soa-unknown-control", "dangling-reference"].contains($0.code) }.count, 0)
        let soa = StatementOfApplicabilityReport(kb)
        XCTAssertEqual(soa.themes.map(\.theme.id), ["5", "6", "7", "8", "additional"])
        XCTAssertEqual(soa.themes.last?.entries.map(\.control.title), ["Visitor badges on wards"])
        XCTAssertEqual(soa.themes.last?.entries.first?.risks, ["R-9"])
        XCTAssertEqual(soa.totals.controls, 94)
        // Without a title it stays an error.
        files["soa/own.yaml"] = "- {control: HOSP-1, applicable: true}\n"
        let untitled = ResolvedKnowledgeBase(try KnowledgeBaseLoader.load(.memory(files)).knowledgeBase, asOf: ReportFixture.asOf)
        XCTAssertEqual(Checker.check(untitled).filter { $0.code == "soa-unknown-control" }.map(\.hint), ["give it a 'title' to add it as a control of your own"])
    }
}
