internal import AlmanacIngest

/// The fixed dates of the demo: eight ISO weeks ending 2026-W47, reported on the Monday after.
struct DemoCalendar {
  /// The weeks with prediction logs, oldest first.
  let weeks: [ReportPeriod]
  /// The day the exports are taken: outcomes known by then are in the logs.
  let asOf: CalendarDay

  static let standard: DemoCalendar = {
    // swift-format-ignore: NeverForceUnwrap
    // 2026-W47 exists, so the optional is never nil.
    let last = ReportPeriod.isoWeek(year: 2026, week: 47)!
    return DemoCalendar(weeks: last.window(earlier: 7), asOf: last.end.adding(days: 1))
  }()

  /// Seconds since 1970 at midnight UTC of a day.
  static func epochSeconds(_ day: CalendarDay) -> Int { day.daysSinceEpoch * 86_400 }

}
