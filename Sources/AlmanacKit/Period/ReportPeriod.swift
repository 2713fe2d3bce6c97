public import AlmanacIngest

/// The span of days a report covers: an ISO week (Monday to Sunday) or any range of whole days.
public struct ReportPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The first day, inclusive.
  public let start: CalendarDay
  /// The last day, inclusive.
  public let end: CalendarDay

  /// Creates a period from its first and last day.
  ///
  /// - Parameters:
  ///   - start: The first day, inclusive.
  ///   - end: The last day, inclusive; not before `start`.
  public init(start: CalendarDay, end: CalendarDay) {
    precondition(start <= end, "period ends (\(end)) before it starts (\(start))")
    self.start = start
    self.end = end
  }

  /// The ISO week (Monday to Sunday) that contains a date.
  ///
  /// - Parameter date: Any day of the week.
  /// - Returns: The week as a period.
  public static func isoWeek(containing date: CalendarDay) -> ReportPeriod {
    let monday = date.adding(days: 1 - date.isoWeekday)
    return ReportPeriod(start: monday, end: monday.adding(days: 6))
  }

  /// The ISO week with the given number, or `nil` when the year has no such week.
  ///
  /// - Parameters:
  ///   - year: The ISO week-numbering year.
  ///   - week: The week number, 1 to 52 or 53.
  /// - Returns: The week as a period.
  public static func isoWeek(year: Int, week: Int) -> ReportPeriod? {
    guard let january4 = CalendarDay(year: year, month: 1, day: 4), week >= 1 else { return nil }
    let firstMonday = january4.adding(days: 1 - january4.isoWeekday)
    let period = isoWeek(containing: firstMonday.adding(days: 7 * (week - 1)))
    return period.isoWeekNumber?.year == year ? period : nil
  }

  /// The ISO year and week number when the period is exactly one ISO week.
  public var isoWeekNumber: (year: Int, week: Int)? {
    guard start.isoWeekday == 1, dayCount == 7 else { return nil }
    let thursday = start.adding(days: 3)
    guard let january1 = CalendarDay(year: thursday.year, month: 1, day: 1) else { return nil }
    return (thursday.year, (thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1)
  }

  /// Whether the period lies within the days a report can cover, 0001-01-01 to 9999-12-26 (the
  /// history stores dates of years 1 to 9999, and the last whole ISO week ends on 9999-12-26).
  public var isReportable: Bool {
    start.year >= 1 && end <= CalendarDay(daysSinceEpoch: 2_932_891)
  }

  /// The number of days in the period.
  public var dayCount: Int { end.daysSinceEpoch - start.daysSinceEpoch + 1 }

  /// `2026-W47` for an ISO week, `2026-11-16..2026-11-20` otherwise; safe to use as a folder name.
  public var label: String {
    if let number = isoWeekNumber {
      return "\(CalendarDay.padded(number.year, 4))-W\(CalendarDay.padded(number.week, 2))"
    }
    return "\(start)..\(end)"
  }

  /// The period of the same length that ends the day before this one starts.
  public var previous: ReportPeriod {
    ReportPeriod(start: start.adding(days: -dayCount), end: start.adding(days: -1))
  }

  /// This period and up to `count` earlier ones, oldest first.
  ///
  /// - Parameter count: How many earlier periods to include.
  /// - Returns: `count + 1` consecutive periods ending with this one.
  public func window(earlier count: Int) -> [ReportPeriod] {
    var periods = [self]
    for _ in 0..<max(0, count) {
      if let first = periods.first { periods.insert(first.previous, at: 0) }
    }
    return periods
  }

  /// Whether a day falls within the period.
  ///
  /// - Parameter date: The day.
  /// - Returns: `true` when `start <= date <= end`.
  public func contains(_ date: CalendarDay) -> Bool { start <= date && date <= end }

  /// The period's label.
  public var description: String { label }

  /// Orders periods by their first, then their last day.
  public static func < (lhs: ReportPeriod, rhs: ReportPeriod) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
