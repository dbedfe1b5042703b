/// A day in the proleptic Gregorian calendar, free of time zones so that output is the same everywhere.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: String) {
        // Ten bytes, ASCII digits around two hyphens: read from the bytes, as splitting into
        // Characters was a hot spot of loading thousands of dated records.
        let bytes = text.utf8
        guard bytes.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if i < 4 { year = year * 10 + digit } else if i < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        // Ten digits and hyphens written into a string small enough to need no allocation;
        // interpolating padded pieces cost thousands of instructions, and pages show many dates.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { out in
                func put(_ n: Int, _ digits: Int, at start: Int) {
                    var n = n
                    for k in stride(from: start + digits - 1, through: start, by: -1) {
                        out[k] = UInt8(ascii: "0") + UInt8(n % 10)
                        n /= 10
                    }
                }
                put(year, 4, at: 0)
                out[4] = UInt8(ascii: "-")
                put(month, 2, at: 5)
                out[7] = UInt8(ascii: "-")
                put(day, 2, at: 8)
                return 10
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    /// The first and last days a date may be (years 1 to 9999); arithmetic stops there.
    public static let earliest = CalendarDate(year: 1, month: 1, day: 1)!
    public static let latest = CalendarDate(year: 9999, month: 12, day: 31)!

    /// Adds days, stopping at `earliest` or `latest`: a huge interval in a file must not trap.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days < 0 ? .earliest : .latest }
        return min(max(CalendarDate(dayNumber: sum), .earliest), .latest)
    }

    /// Adds calendar months, clamping the day to the end of a shorter month (01-31 + 1 month = 02-28).
    /// Stops at `earliest` or `latest` like `adding(days:)`.
    public func adding(months: Int) -> CalendarDate {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        if overflow || total >= 10000 * 12 { return months < 0 ? .earliest : .latest }
        if total < 12 { return .earliest }
        let y = total / 12, m = total % 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y))) ?? .latest
    }

    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }
}

/// A length of time written as `12 months`, `1 year`, `6 weeks` or `30 days`.
public struct Interval: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable { case day, week, month, year }
    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public init?(_ text: String) {
        if let (count, unit) = Self.ascii(text) {
            guard let count, let unit else { return nil }
            self.init(count: count, unit: unit)
        } else {
            self.init(anyText: text)
        }
    }

    /// `init?(_:)` of any text, by its characters.
    init?(anyText text: String) {
        let parts = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
        var word = String(parts[1])
        if word.hasSuffix("s") { word.removeLast() }
        guard let unit = Unit(rawValue: word) else { return nil }
        self.init(count: n, unit: unit)
    }

    /// `init?(_:)` of an ASCII text, by its bytes: the count and unit, either nil when the text
    /// is none; nil for any other text. A review interval is read from every document.
    static func ascii(_ text: String) -> (Int?, Unit?)? {
        text.withUTF8Bytes { bytes -> (Int?, Unit?)? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Two words apart by spaces: as lowercasing and splitting at spaces finds them.
            let words = bytes.split(separator: UInt8(ascii: " "))
            guard words.count == 2 else { return (nil, nil) }
            let count = Int(String(decoding: UnsafeBufferPointer(rebasing: words[0]), as: UTF8.self)).flatMap { $0 > 0 ? $0 : nil }
            var word = words[1].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            if word.last == UInt8(ascii: "s") { word.removeLast() }
            return (count, Unit(rawValue: String(decoding: word, as: UTF8.self)))
        }
    }

    public func after(_ date: CalendarDate) -> CalendarDate {
        // A count too large to multiply is far beyond the last date anyway.
        switch unit {
        case .day: return date.adding(days: count)
        case .week: return date.adding(days: count.multipliedReportingOverflow(by: 7).overflow ? .max : 7 * count)
        case .month: return date.adding(months: count)
        case .year: return date.adding(months: count.multipliedReportingOverflow(by: 12).overflow ? .max : 12 * count)
        }
    }

    public var description: String { "\(count) \(unit.rawValue)\(count == 1 ? "" : "s")" }
}
