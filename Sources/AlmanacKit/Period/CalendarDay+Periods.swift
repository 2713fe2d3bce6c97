public import AlmanacIngest

/// Calendar arithmetic for report periods on the readers' calendar day.
extension CalendarDay {
  /// Parses `YYYY-MM-DD`, or returns `nil` when the text is not a valid date.
  ///
  /// - Parameter text: The date in ISO-8601 calendar form.
  public init?(iso text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The ISO weekday: 1 for Monday through 7 for Sunday.
  public var isoWeekday: Int {
    let weekday = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
    return (weekday < 0 ? weekday + 7 : weekday) + 1
  }

  /// The date a number of days later (earlier when negative).
  ///
  /// - Parameter days: Days to add.
  /// - Returns: The shifted date.
  public func adding(days: Int) -> CalendarDay {
    CalendarDay(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// An instant as ISO-8601 UTC to the second, such as `2026-11-23T06:00:00Z`.
  ///
  /// - Parameter seconds: Seconds since 1970-01-01T00:00:00Z.
  /// - Returns: The timestamp.
  public static func isoTimestamp(secondsSinceEpoch seconds: Int64) -> String {
    let day = CalendarDay(daysSinceEpoch: Int(seconds.floorDivided(by: 86_400)))
    let time = Int(seconds - Int64(day.daysSinceEpoch) * 86_400)
    let clock = [time / 3600, time / 60 % 60, time % 60].map { padded($0, 2) }
    return "\(day)T\(clock.joined(separator: ":"))Z"
  }

  /// A number with leading zeros to a width, such as `07`.
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let sign = value < 0 ? "-" : ""
    return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
