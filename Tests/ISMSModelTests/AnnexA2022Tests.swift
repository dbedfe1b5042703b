import ISMSModel
import XCTest

final class AnnexA2022Tests: XCTestCase {
    let catalog = Catalog.annexA2022

    func testTotalCount() {
        XCTAssertEqual(catalog.controls.count, 93)
    }

    func testThemes() {
        XCTAssertEqual(catalog.themes.map(\.id), ["5", "6", "7", "8"])
        XCTAssertEqual(catalog.controls(inTheme: "5").count, 37)
        XCTAssertEqual(catalog.controls(inTheme: "6").count, 8)
        XCTAssertEqual(catalog.controls(inTheme: "7").count, 14)
        XCTAssertEqual(catalog.controls(inTheme: "8").count, 34)
    }

    func testIDsAreUniqueAndInCatalogueOrder() {
        let ids = catalog.controls.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate control ids")
        var expected: [String] = []
        for (theme, count) in [(5, 37), (6, 8), (7, 14), (8, 34)] {
            for n in 1...count { expected.append("A.\(theme).\(n)") }
        }
        XCTAssertEqual(ids, expected)
        for control in catalog.controls {
            XCTAssertTrue(control.id.hasPrefix("A.\(control.theme)."), "\(control.id) has theme \(control.theme)")
        }
    }

    func testSelectedTitles() {
        XCTAssertEqual(catalog.control("A.5.1")?.title, "Policies for information security")
        XCTAssertEqual(catalog.control("A.5.23")?.title, "Information security for use of cloud services")
        XCTAssertEqual(catalog.control("A.6.3")?.title, "Information security awareness, education and training")
        XCTAssertEqual(catalog.control("A.7.4")?.title, "Physical security monitoring")
        XCTAssertEqual(catalog.control("A.8.13")?.title, "Information backup")
        XCTAssertEqual(catalog.control("A.8.34")?.title, "Protection of information systems during audit testing")
    }

    func testSummaries() {
        for control in catalog.controls {
            let summary = control.summary.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertFalse(summary.isEmpty, "\(control.id) has an empty summary")
            XCTAssertNotEqual(summary, control.title, "\(control.id) summary repeats its title")
        }
    }

    func testLookupWithoutPrefix() {
        XCTAssertEqual(Catalog.annexA2022.control("8.13")?.title, "Information backup")
        XCTAssertEqual(Catalog.annexA2022.control("A.8.13")?.title, "Information backup")
    }
}
