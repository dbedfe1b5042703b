import ISMSModel

/// Dates of the generated records use the tool's own calendar arithmetic, which never
/// depends on the machine's time zone or locale.
typealias Day = CalendarDate

extension CalendarDate {
    /// A date the generator knows to exist.
    init(_ year: Int, _ month: Int, _ day: Int) {
        self = CalendarDate(year: year, month: month, day: day)!
    }

    /// `YYYY-MM-DD`.
    var text: String { description }
}

extension SplitMix64 {
    /// A day in the closed range.
    mutating func day(_ from: Day, _ to: Day) -> Day {
        Day(dayNumber: between(from.dayNumber, to.dayNumber))
    }
}
