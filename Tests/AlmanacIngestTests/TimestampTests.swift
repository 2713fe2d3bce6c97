import Foundation
import Testing

@testable import AlmanacIngest

/// Timestamp cells, checked against Foundation's calendar arithmetic as an independent reference.
@Suite struct TimestampTests {
  private func parse(_ text: String, _ format: TimestampFormat = .iso8601) -> Int64? {
    Array(text.utf8).withUnsafeBytes { TimestampParser.milliseconds($0, format: format) }
  }

  /// Milliseconds since the epoch of a UTC date-time, by Foundation's Gregorian calendar.
  private func reference(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0,
    milliseconds: Int = 0, offsetMinutes: Int = 0
  ) throws -> Int64 {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(secondsFromGMT: offsetMinutes * 60))
    let components = DateComponents(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    let date = try #require(calendar.date(from: components))
    return Int64((date.timeIntervalSince1970 * 1000).rounded()) + Int64(milliseconds)
  }

  @Test func readsDatesAndDateTimesLikeFoundation() throws {
    #expect(parse("2026-11-16") == (try reference(2026, 11, 16)))
    #expect(parse("2026-11-16T08:30:00Z") == (try reference(2026, 11, 16, 8, 30)))
    #expect(parse("2026-11-16 08:30:00") == (try reference(2026, 11, 16, 8, 30)))
    #expect(parse("2026-11-16T08:30") == (try reference(2026, 11, 16, 8, 30)))
    #expect(parse("2026-11-16t08:30:05z") == (try reference(2026, 11, 16, 8, 30, 5)))
    #expect(
      parse("2026-11-16T08:30:05.123Z")
        == (try reference(2026, 11, 16, 8, 30, 5, milliseconds: 123)))
    #expect(
      parse("2026-11-16T08:30:05.1Z") == (try reference(2026, 11, 16, 8, 30, 5, milliseconds: 100)))
    #expect(
      parse("2026-11-16T08:30:05.123999999Z")
        == (try reference(2026, 11, 16, 8, 30, 5, milliseconds: 123)))
    #expect(
      parse("2026-11-16T08:30:00+01:00") == (try reference(2026, 11, 16, 8, 30, offsetMinutes: 60)))
    #expect(
      parse("2026-11-16T08:30:00-0530") == (try reference(2026, 11, 16, 8, 30, offsetMinutes: -330))
    )
    #expect(
      parse("2026-11-16T08:30:00+09") == (try reference(2026, 11, 16, 8, 30, offsetMinutes: 540)))
    #expect(parse(" 2024-02-29T23:59:59Z ") == (try reference(2024, 2, 29, 23, 59, 59)))
    #expect(parse("1969-12-31T23:59:59Z") == -1_000)
    #expect(parse("1600-03-01") == (try reference(1600, 3, 1)))
  }

  @Test func matchesFoundationOnEveryDayOfFourCenturies() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(secondsFromGMT: 0))
    // 1900-01-01 to 2299-12-31, one day in 97 (a prime step, so every month and weekday is hit).
    var day = try #require(calendar.date(from: DateComponents(year: 1900, month: 1, day: 1)))
    let end = try #require(calendar.date(from: DateComponents(year: 2300, month: 1, day: 1)))
    while day < end {
      let parts = calendar.dateComponents([.year, .month, .day], from: day)
      let year = try #require(parts.year)
      let month = try #require(parts.month)
      let date = try #require(parts.day)
      let text = String(format: "%04d-%02d-%02d", year, month, date)
      #expect(parse(text) == Int64(day.timeIntervalSince1970) * 1000, "\(text)")
      let civil = try #require(CalendarDay(year: year, month: month, day: date))
      #expect(CalendarDay(daysSinceEpoch: civil.daysSinceEpoch) == civil)
      day = day.addingTimeInterval(97 * 86_400)
    }
  }

  @Test(arguments: [
    "", "2026-11", "2026-13-01", "2026-02-29", "2026-04-31", "2026-11-16T24:00:00Z",
    "2026-11-16T08:60", "2026-11-16T08:30:60Z", "2026-11-16T08:30:00.Z", "2026-11-16T08",
    "2026-11-16X08:30", "16/11/2026", "2026-11-16T08:30:00+24:00", "2026-11-16T08:30:00 UTC",
    "20261116", "1763281800",
  ])
  func rejectsWhatIsNotAnISOInstant(_ text: String) {
    #expect(parse(text) == nil)
  }

  @Test func readsEpochSecondsAndMilliseconds() {
    #expect(parse("1794817800", .epochSeconds) == 1_794_817_800_000)
    #expect(parse("1794817800.25", .epochSeconds) == 1_794_817_800_250)
    #expect(parse("-1.5", .epochSeconds) == -1_500)
    #expect(parse("1794817800123", .epochMilliseconds) == 1_794_817_800_123)
    #expect(parse("1794817800123.9", .epochMilliseconds) == 1_794_817_800_123)
    #expect(parse("1.7e9", .epochSeconds) == nil)
    #expect(parse("2026-11-16", .epochSeconds) == nil)
    #expect(parse("", .epochMilliseconds) == nil)
  }

  @Test func refusesInstantsOutsideTheReportableDays() async throws {
    // The bounds are those days' midnights in the proleptic Gregorian calendar of ISO 8601
    // (Foundation's calendar switches to the Julian one before 1582).
    #expect(TimestampParser.startOfReportableDays == parse("0001-01-02"))
    #expect(try TimestampParser.endOfReportableDays == reference(9999, 12, 26))
    let options = ReadOptions(timestamps: ["t": .epochSeconds])
    for (cell, refused) in [
      ("-62135510400", false), ("-62135510401", true), ("253401782399", false),
      ("253401782400", true), ("-999999999999999", true),
    ] {
      let error = await BadInputTests.error(
        reading: Array("t,x\n\(cell),1\n".utf8), name: "log.csv", options: options)
      #expect(
        error?.description
          == (refused
            ? "log.csv:2:1: error: column \"t\": \"\(cell)\" is out of range: reports cover days"
              + " from 0001-01-02 to 9999-12-25" : nil),
        "\(cell)")
    }
  }
}
