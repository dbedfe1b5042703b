import ISMSModel
import XCTest

final class AnnexAMappingTests: XCTestCase {
    let mapping = AnnexAMapping.standard

    let expectedNew = [
        "A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28",
    ]

    func testEvery2013ControlHasExistingSuccessors() {
        for control in Catalog.annexA2013.controls {
            let successors = mapping.successors(of: control.id)
            XCTAssertFalse(successors.isEmpty, "\(control.id) has no successor")
            for id in successors {
                XCTAssertNotNil(Catalog.annexA2022.control(id), "\(control.id) maps to unknown \(id)")
            }
        }
    }

    func testNothingIsUnmapped() {
        XCTAssertEqual(mapping.unmapped2013, [])
    }

    func testLinksNameOnlyKnownControlsOnce() {
        let sources = mapping.links.map(\.from)
        XCTAssertEqual(sources, Catalog.annexA2013.controls.map(\.id), "one link per 2013 control, in catalogue order")
        for link in mapping.links {
            XCTAssertEqual(Set(link.to).count, link.to.count, "\(link.from) repeats a successor")
        }
    }

    func testNewIn2022() {
        XCTAssertEqual(mapping.newIn2022, expectedNew)
        for id in expectedNew {
            XCTAssertEqual(mapping.predecessors(of: id), [], id)
        }
    }

    func testEveryOther2022ControlHasAPredecessor() {
        for control in Catalog.annexA2022.controls where !expectedNew.contains(control.id) {
            XCTAssertFalse(mapping.predecessors(of: control.id).isEmpty, "\(control.id) has no predecessor")
        }
    }

    func testSuccessorSpotChecks() {
        XCTAssertEqual(mapping.successors(of: "A.12.3.1"), ["A.8.13"])
        XCTAssertEqual(mapping.successors(of: "A.5.1.1"), ["A.5.1"])
        XCTAssertEqual(mapping.successors(of: "A.5.1.2"), ["A.5.1"])
        XCTAssertEqual(mapping.successors(of: "A.6.1.5"), ["A.5.8"])
        XCTAssertEqual(mapping.successors(of: "A.6.2.1"), ["A.8.1"])
        XCTAssertEqual(mapping.successors(of: "A.9.4.2"), ["A.8.5"])
        XCTAssertEqual(mapping.successors(of: "A.12.6.2"), ["A.8.19"])
        XCTAssertEqual(mapping.successors(of: "A.13.2.3"), ["A.5.14"])
        XCTAssertEqual(mapping.successors(of: "A.13.2.4"), ["A.6.6"])
        XCTAssertEqual(mapping.successors(of: "A.17.2.1"), ["A.8.14"])
        XCTAssertEqual(mapping.successors(of: "A.18.1.1"), ["A.5.31"])
        XCTAssertEqual(mapping.successors(of: "A.18.2.3"), ["A.5.36", "A.8.8"])
    }

    func testPredecessorSpotChecks() {
        XCTAssertEqual(mapping.predecessors(of: "A.5.1"), ["A.5.1.1", "A.5.1.2"])
        XCTAssertEqual(mapping.predecessors(of: "A.6.8"), ["A.16.1.2", "A.16.1.3"])
        XCTAssertEqual(mapping.predecessors(of: "A.8.29"), ["A.14.2.8", "A.14.2.9"])
        XCTAssertEqual(mapping.predecessors(of: "A.5.14"), ["A.13.2.1", "A.13.2.2", "A.13.2.3"])
        XCTAssertEqual(mapping.predecessors(of: "A.5.22"), ["A.15.2.1", "A.15.2.2"])
        XCTAssertEqual(mapping.predecessors(of: "A.5.20"), ["A.15.1.2"])
        XCTAssertEqual(mapping.predecessors(of: "A.7.10"), ["A.8.3.1", "A.8.3.2", "A.8.3.3", "A.11.2.5"])
        XCTAssertEqual(mapping.predecessors(of: "A.8.15"), ["A.12.4.1", "A.12.4.2", "A.12.4.3"])
        XCTAssertEqual(mapping.predecessors(of: "A.8.8"), ["A.12.6.1", "A.18.2.3"])
        XCTAssertEqual(mapping.predecessors(of: "A.8.32"), ["A.12.1.2", "A.14.2.2", "A.14.2.3", "A.14.2.4"])
    }

    func testLookupWithoutPrefixAndUnknownIDs() {
        XCTAssertEqual(mapping.successors(of: "12.3.1"), ["A.8.13"])
        XCTAssertEqual(mapping.predecessors(of: "8.13"), ["A.12.3.1"])
        XCTAssertEqual(mapping.successors(of: "A.99.1.1"), [])
        XCTAssertEqual(mapping.predecessors(of: "A.8.99"), [])
    }
}
