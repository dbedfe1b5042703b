import ISMSModel
import XCTest

final class AnnexA2013Tests: XCTestCase {
    let catalog = Catalog.annexA2013

    /// Controls per objective (A.<clause>.<objective>), written out so the order test checks every id.
    let layout: [(clause: Int, objectives: [Int])] = [
        (5, [2]), (6, [5, 2]), (7, [2, 3, 1]), (8, [4, 3, 3]), (9, [2, 6, 1, 5]), (10, [2]),
        (11, [6, 9]), (12, [4, 1, 1, 4, 1, 2, 1]), (13, [3, 4]), (14, [3, 9, 1]), (15, [3, 2]),
        (16, [7]), (17, [3, 1]), (18, [5, 3]),
    ]

    func testIdentity() {
        XCTAssertEqual(catalog.id, "iso27001-2013")
        XCTAssertEqual(catalog.title, "ISO/IEC 27001:2013 Annex A")
    }

    func testTotalCount() {
        XCTAssertEqual(catalog.controls.count, 114)
    }

    func testClauses() {
        XCTAssertEqual(catalog.themes.map(\.id), (5...18).map(String.init))
        let expected = [5: 2, 6: 7, 7: 6, 8: 10, 9: 14, 10: 2, 11: 15, 12: 14, 13: 7, 14: 13, 15: 5, 16: 7, 17: 4, 18: 8]
        for (clause, count) in expected {
            XCTAssertEqual(catalog.controls(inTheme: String(clause)).count, count, "clause A.\(clause)")
        }
        XCTAssertEqual(catalog.themes.first { $0.id == "17" }?.name, "Information security aspects of business continuity management")
    }

    func testIDsAreUniqueAndInCatalogueOrder() {
        let ids = catalog.controls.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate control ids")
        var expected: [String] = []
        for (clause, objectives) in layout {
            for (index, count) in objectives.enumerated() {
                for n in 1...count { expected.append("A.\(clause).\(index + 1).\(n)") }
            }
        }
        XCTAssertEqual(ids, expected)
        for control in catalog.controls {
            XCTAssertTrue(control.id.hasPrefix("A.\(control.theme)."), "\(control.id) has theme \(control.theme)")
        }
    }

    func testSelectedTitles() {
        XCTAssertEqual(catalog.control("A.5.1.1")?.title, "Policies for information security")
        XCTAssertEqual(catalog.control("A.6.2.2")?.title, "Teleworking")
        XCTAssertEqual(catalog.control("A.9.4.2")?.title, "Secure log-on procedures")
        XCTAssertEqual(catalog.control("A.11.2.9")?.title, "Clear desk and clear screen policy")
        XCTAssertEqual(catalog.control("A.12.3.1")?.title, "Information backup")
        XCTAssertEqual(catalog.control("A.13.2.3")?.title, "Electronic messaging")
        XCTAssertEqual(catalog.control("A.14.2.8")?.title, "System security testing")
        XCTAssertEqual(catalog.control("A.18.2.3")?.title, "Technical compliance review")
    }

    func testSummaries() {
        for control in catalog.controls {
            let summary = control.summary.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertFalse(summary.isEmpty, "\(control.id) has an empty summary")
            XCTAssertNotEqual(summary, control.title, "\(control.id) summary repeats its title")
        }
    }

    func testLookupWithAndWithoutPrefix() {
        XCTAssertEqual(catalog.control("9.4.2")?.title, "Secure log-on procedures")
        XCTAssertEqual(catalog.control("A.9.4.2")?.title, "Secure log-on procedures")
        XCTAssertEqual(catalog.control("a.9.4.2")?.title, "Secure log-on procedures")
        XCTAssertEqual(catalog.control(" 12.3.1 ")?.id, "A.12.3.1")
    }

    func testEditionsDoNotShareIDs() {
        // 2013 ids have three numbers and 2022 ids two, so one knowledge base can name either without a clash.
        XCTAssertNil(catalog.control("A.8.13"))
        XCTAssertNil(Catalog.annexA2022.control("A.12.3.1"))
        XCTAssertTrue(Set(catalog.controls.map(\.id)).isDisjoint(with: Catalog.annexA2022.controls.map(\.id)))
    }
}
