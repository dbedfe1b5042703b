import Foundation
@testable import ISMSModel
import XCTest

final class CalendarDateTests: XCTestCase {
    func testParsesOnlyRealDates() {
        XCTAssertEqual(CalendarDate(iso: "2026-02-28")?.description, "2026-02-28")
        XCTAssertNil(CalendarDate(iso: "2026-02-29"))
        XCTAssertEqual(CalendarDate(iso: "2028-02-29")?.description, "2028-02-29")
        XCTAssertNil(CalendarDate(iso: "2026-13-01"))
        XCTAssertNil(CalendarDate(iso: "2026-1-01"))
        XCTAssertNil(CalendarDate(iso: "tomorrow"))
        for text in ["2026-01-1x", "2026/01/01", "+026-01-01", "2026-01-01 ", "２０２６-01-01", "2026-0١-01", "0000-01-01", "2026-00-10", "2026-1\u{301}-01"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
        XCTAssertEqual(CalendarDate(iso: "9999-12-31")?.description, "9999-12-31")
    }

    /// Dates print zero-padded; decoded values beyond four-digit years print padded to width too.
    func testDescription() throws {
        XCTAssertEqual(CalendarDate(year: 1, month: 2, day: 3)?.description, "0001-02-03")
        XCTAssertEqual(CalendarDate(year: 42, month: 11, day: 30)?.description, "0042-11-30")
        let decoded = try JSONDecoder().decode([CalendarDate].self, from: Data(#"[{"year":12345,"month":1,"day":2},{"year":7,"month":123,"day":4}]"#.utf8))
        XCTAssertEqual(decoded.map(\.description), ["12345-01-02", "0007-123-04"])
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
        // ASCII is read by bytes, as by characters.
        for text in ["12 months", " 3  DAYS ", "1 weeks", "+2 year", "-1 year", "1 yearss", "1 s", "2 month extra", "", "12", "x months",
                     "007 Day", "1\tday", "99999999999999999999 days", "1 mónth", "1 Month"] {
            XCTAssertEqual(Interval(text), Interval(anyText: text), text)
            XCTAssertEqual(Interval.ascii(text) == nil, text.contains("ó"), text)
        }
    }

    /// Huge intervals and dates near the ends of the calendar stop at its first or last day instead of trapping.
    func testArithmeticStopsAtTheEndsOfTheCalendar() {
        let last = CalendarDate(iso: "9999-12-31")!
        XCTAssertEqual(Interval("12 months")!.after(last), .latest)
        XCTAssertEqual(Interval("1 day")!.after(last), .latest)
        XCTAssertEqual(Interval(count: .max, unit: .year).after(CalendarDate(iso: "2026-01-01")!), .latest)
        XCTAssertEqual(Interval(count: .max, unit: .week).after(CalendarDate(iso: "2026-01-01")!), .latest)
        XCTAssertEqual(Interval(count: .max, unit: .day).after(CalendarDate(iso: "2026-01-01")!), .latest)
        XCTAssertEqual(Interval(count: .max, unit: .month).after(CalendarDate(iso: "2026-01-01")!), .latest)
        XCTAssertEqual(CalendarDate(iso: "0001-01-01")!.adding(days: -1), .earliest)
        XCTAssertEqual(CalendarDate(iso: "0001-03-01")!.adding(months: -5), .earliest)
        XCTAssertEqual(CalendarDate(iso: "2026-01-31")!.adding(months: 1).description, "2026-02-28")
        XCTAssertEqual(CalendarDate(iso: "9999-11-30")!.adding(months: 1).description, "9999-12-30")
    }
}
