import Foundation
import ISMSModel
import ISMSRules
import ISMSSite
import ISMSTheme
import XCTest

/// The example in `content/` is what users meet first: it must check clean and build without dead links.
final class ExampleKnowledgeBaseTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("content")
    let asOf = CalendarDate(iso: "2026-11-22")!

    func inspection() throws -> Inspection { try Inspection.run(directory: Self.content, asOf: asOf) }

    func testChecksWithoutErrorsOrWarnings() throws {
        let inspection = try inspection()
        // No warnings either: the example is what `isms check --strict` should look like. Editing
        // one of its documents after this commit means approving it again (changed-after-approval).
        XCTAssertEqual(inspection.diagnostics.count, 0, DiagnosticReport(diagnostics: inspection.diagnostics, pathPrefix: "content/").text)
    }

    func testWorkBesideTheChecksSeesTheLoadedKnowledgeBase() throws {
        // What runs beside resolving and checking gets the knowledge base as read, and the
        // inspection is the one a run without it gives.
        let (together, beside) = try Inspection.run(directory: Self.content, asOf: asOf) { base in
            (base.settings.publishing.language, base.documents.count)
        }
        let alone = try inspection()
        XCTAssertEqual(beside.0, alone.resolved.base.settings.publishing.language)
        XCTAssertEqual(beside.1, alone.resolved.base.documents.count)
        XCTAssertEqual(together.diagnostics, alone.diagnostics)
        XCTAssertEqual(together.resolved.base, alone.resolved.base)
    }

    func testHoldsWhatTheExampleMustShow() throws {
        let kb = try inspection().resolved
        let base = kb.base
        XCTAssertGreaterThanOrEqual(base.assets.count, 25)
        XCTAssertEqual(Set(base.assets.compactMap(\.category)), Set(AssetCategory.allCases))
        XCTAssertGreaterThanOrEqual(base.threats.count, 12)
        XCTAssertGreaterThanOrEqual(base.vulnerabilities.count, 12)
        XCTAssertGreaterThanOrEqual(base.risks.count, 30)
        XCTAssertEqual(Set(base.risks.compactMap(\.treatment)), Set(TreatmentOption.allCases))
        XCTAssertEqual(Set(base.soa.map(\.control)), Set(Catalog.annexA2022.controls.map(\.id)))
        XCTAssertTrue(base.soa.contains { !$0.applicable })
        XCTAssertTrue(base.risks.contains { r in kb.evaluations[r.id]?.elements.contains { $0.assetValue == 4 } == true })
        XCTAssertEqual(kb.evaluations["R-001"]?.elements.map(\.value), [36, 18, 9])

        let types = base.documents.compactMap(\.type)
        XCTAssertTrue(types.contains(.scope))
        XCTAssertTrue(types.contains(.privacyPolicy))
        XCTAssertGreaterThanOrEqual(types.filter { $0 == .regulation || $0 == .procedure }.count, 6)
        XCTAssertTrue(base.documents.contains { $0.type == .policy && $0.classification == "public" })
        XCTAssertTrue(base.documents.contains { $0.type == .privacyPolicy && $0.classification == "public" })

        for kind in [RecordKind.person, .role, .training, .audit, .review, .incident, .nonconformity, .objective] {
            XCTAssertGreaterThan(base.count(kind), 0, "no \(kind.rawValue)")
        }
        XCTAssertTrue(ConformityChecks.coverage(kb).allSatisfy(\.satisfied))
    }

    /// Follows every href, src and anchor of every page of the built example, as a reader could.
    func testBuildsASiteWithoutDeadLinksOrAnchors() throws {
        let inspection = try inspection()
        let base = inspection.resolved.base
        let files = try SiteBuilder(inspection: inspection, theme: Theme.make(defaults: ISMSTheme.files, language: "en"),
                                    attachments: .directory(Self.content)).files()
        let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix(".print.html") }
        // A register and a page per record of every kind, plus home, methodology, glossary and search.
        // Secret assets stay out of the internal site (its maximum is confidential).
        let registers: [Int] = [base.documents.count, base.assets.filter { $0.classification != "secret" }.count, base.threats.count,
                                base.vulnerabilities.count, base.risks.count, base.catalog.controls.count, base.people.count, base.roles.count]
        let operations: [Int] = [base.training.count, base.audits.count, base.reviews.count, base.incidents.count,
                                 base.nonconformities.count, base.objectives.count]
        let records = registers.reduce(0, +) + operations.reduce(0, +)
        XCTAssertEqual(pages.count, records + 14 + 5 + 5 + Set(base.assets.compactMap(\.group)).count)
        XCTAssertEqual(deadLinks(in: files), [])
        let links = pages.reduce(0) { $0 + localLinks(in: String(decoding: files[$1]!, as: UTF8.self), page: $1).count }
        XCTAssertGreaterThan(links, 5000)
        for path in pages {
            let html = String(decoding: files[path]!, as: UTF8.self)
            // Scripts come from files only, never inline.
            XCTAssertFalse(html.contains("<script>"), path)
            XCTAssertFalse(html.contains("<span class=\"missing\""), "\(path) shows an id that leads nowhere")
            // Empty optional texts must not leave empty elements behind.
            for empty in ["class=\"\"", "<h2></h2>", "<p class=\"lead\"></p>", " <abbr>()</abbr>", "<ul class=\"links\"></ul>", "\"nil\"", ">nil<"] {
                XCTAssertFalse(html.contains(empty), "\(path) contains \(empty)")
            }
        }
    }

    /// The reports of the example list every control of the catalogue and every risk.
    func testReportsListEveryControlAndRisk() throws {
        let inspection = try inspection()
        let base = inspection.resolved.base
        let files = try SiteBuilder(inspection: inspection, theme: Theme.make(defaults: ISMSTheme.files, language: "en")).files()
        func page(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }
        let soa = page("reports/statement-of-applicability.html")
        for control in base.catalog.controls {
            XCTAssertTrue(soa.contains(">\(control.id)</a> \(control.title)</td>"), control.id)
        }
        XCTAssertEqual(ExportTable(.soa, inspection.resolved).rows.count, 93)
        let assessment = page("reports/risk-assessment.html")
        for risk in base.risks { XCTAssertTrue(assessment.contains(">\(risk.id)</a>"), risk.id) }
        let register = String(decoding: files["reports/risk-register.csv"] ?? Data(), as: UTF8.self)
        XCTAssertEqual(register.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, base.risks.count + 1)
        let plan = page("reports/risk-treatment-plan.html")
        for risk in base.risks where inspection.resolved.evaluations[risk.id]?.acceptable == false {
            XCTAssertTrue(plan.contains(">\(risk.id)</a>"), risk.id)
        }
    }
}
