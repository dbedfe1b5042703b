/// A calendar day, computed without Foundation's calendars so output never depends on the
/// machine's time zone or locale.
struct Day: Comparable {
    /// Days since 1970-01-01.
    let serial: Int

    init(serial: Int) { self.serial = serial }

    init(_ year: Int, _ month: Int, _ day: Int) {
        // Days from civil date (proleptic Gregorian), after H. Hinnant's well-known derivation.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        serial = era * 146_097 + doe - 719_468
    }

    /// The day `n` days later (earlier when negative).
    func adding(days n: Int) -> Day { Day(serial: serial + n) }

    /// `YYYY-MM-DD`.
    var text: String {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return "\(y)-\(Self.two(m))-\(Self.two(d))"
    }

    static func < (a: Day, b: Day) -> Bool { a.serial < b.serial }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension SplitMix64 {
    /// A day in the closed range.
    mutating func day(_ from: Day, _ to: Day) -> Day {
        Day(serial: between(from.serial, to.serial))
    }
}
