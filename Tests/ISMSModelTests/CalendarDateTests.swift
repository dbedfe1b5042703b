import ISMSModel
import XCTest

final class CalendarDateTests: XCTestCase {
    func testParsesOnlyRealDates() {
        XCTAssertEqual(CalendarDate(iso: "2026-02-28")?.description, "2026-02-28")
        XCTAssertNil(CalendarDate(iso: "2026-02-29"))
        XCTAssertEqual(CalendarDate(iso: "2028-02-29")?.description, "2028-02-29")
        XCTAssertNil(CalendarDate(iso: "2026-13-01"))
        XCTAssertNil(CalendarDate(iso: "2026-1-01"))
        XCTAssertNil(CalendarDate(iso: "tomorrow"))
    }

    func testArithmetic() {
        let d = CalendarDate(iso: "2026-01-31")!
        XCTAssertEqual(d.adding(months: 1).description, "2026-02-28")
        XCTAssertEqual(d.adding(months: 12).description, "2027-01-31")
        XCTAssertEqual(d.adding(days: 1).description, "2026-02-01")
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")!.dayNumber, 0)
        XCTAssertEqual(d.days(until: CalendarDate(iso: "2026-03-02")!), 30)
        XCTAssertEqual(CalendarDate(dayNumber: d.dayNumber), d)
    }

    func testIntervals() {
        XCTAssertEqual(Interval("12 months"), Interval(count: 12, unit: .month))
        XCTAssertEqual(Interval("1 year"), Interval(count: 1, unit: .year))
        XCTAssertEqual(Interval("6 Weeks"), Interval(count: 6, unit: .week))
        XCTAssertNil(Interval("soon"))
        XCTAssertNil(Interval("0 days"))
        XCTAssertEqual(Interval("1 year")!.after(CalendarDate(iso: "2028-02-29")!).description, "2029-02-28")
    }
}
