import ISMSModel
import XCTest

final class FieldLocationsTests: XCTestCase {
    /// Paths are found as a dictionary would find them: the location set last, nil when unset;
    /// an origin falls back from a path to its parents and then to the record.
    func testTheLocationSetLastIsFound() {
        func at(_ line: Int) -> SourceLocation { SourceLocation(file: "risks/r.yaml", line: line, column: 3) }
        var fields = FieldLocations(minimumCapacity: 2)
        XCTAssertTrue(fields.isEmpty)
        fields["owner"] = at(4)
        fields["plan.0"] = at(7)
        fields["plan.0.owner"] = at(8)
        fields["owner"] = at(5)
        fields["ownerx"] = nil
        XCTAssertEqual(fields["owner"], at(5))
        XCTAssertEqual(fields["plan.0.owner"], at(8))
        XCTAssertNil(fields["plan"])
        XCTAssertNil(fields["ownerx"])
        XCTAssertNil(fields["owne"])
        XCTAssertEqual(fields.map(\.0), ["owner", "plan.0", "plan.0.owner", "owner"])
        let origin = Origin(at(2), fields: fields)
        XCTAssertEqual(origin.at("plan.0.due"), at(7))
        XCTAssertEqual(origin.at("plan.1.due"), at(2))
        XCTAssertEqual(origin.at("owner"), at(5))
        var same = FieldLocations()
        for (path, location) in fields { same[path] = location }
        XCTAssertEqual(same, fields)
        XCTAssertEqual(Set([same, fields]).count, 1)
        same["title"] = at(3)
        XCTAssertNotEqual(same, fields)
    }
}
