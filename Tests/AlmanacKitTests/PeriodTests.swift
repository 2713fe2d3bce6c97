import AlmanacIngest
import AlmanacMetrics
import Foundation
import Testing

@testable import AlmanacKit

@Suite struct PeriodTests {
  @Test func convertsDatesToDaysAndBack() throws {
    let dates = [(1970, 1, 1, 0), (2000, 2, 29, 11016), (2026, 11, 23, 20780), (1969, 12, 31, -1)]
    for (year, month, day, days) in dates {
      let date = try #require(CalendarDay(year: year, month: month, day: day))
      #expect(date.daysSinceEpoch == days)
      #expect(CalendarDay(daysSinceEpoch: days) == date)
    }
    #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
    #expect(CalendarDay(iso: "2026-11-23")?.isoWeekday == 1)
  }

  /// ISO week numbers cross-checked with Foundation's ISO 8601 calendar over ten years of days.
  @Test func numbersWeeksLikeTheISOCalendar() throws {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    let first = try #require(CalendarDay(year: 2020, month: 1, day: 1))
    for offset in 0..<3660 {
      let date = first.adding(days: offset)
      let instant = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400)
      let week = try #require(ReportPeriod.isoWeek(containing: date).isoWeekNumber)
      #expect(week.year == calendar.component(.yearForWeekOfYear, from: instant))
      #expect(week.week == calendar.component(.weekOfYear, from: instant))
    }
  }

  @Test func parsesEveryPeriodForm() throws {
    let week47 = try #require(ReportPeriod.isoWeek(year: 2026, week: 47))
    #expect(week47.start.description == "2026-11-16" && week47.end.description == "2026-11-22")
    #expect(week47.label == "2026-W47")
    #expect(PeriodSpec("2026-W47") == .isoWeek(week47))
    #expect(PeriodSpec("2026-11-18") == .isoWeek(week47))
    #expect(PeriodSpec(" latest ") == .latest)
    #expect(PeriodSpec("last-week") == .lastWeek)
    let range = try #require(PeriodSpec("2026-11-16..2026-11-20"))
    #expect(range.description == "2026-11-16..2026-11-20")
    #expect(PeriodSpec("2026-W54") == nil)
    #expect(PeriodSpec("2020-W53") != nil)
    #expect(PeriodSpec("2026-11-20..2026-11-16") == nil)
    #expect(PeriodSpec("next week") == nil)
  }

  @Test func resolvesRelativePeriods() throws {
    let monday = try #require(CalendarDay(iso: "2026-11-23"))
    let sunday = try #require(CalendarDay(iso: "2026-11-22"))
    let week47 = try #require(ReportPeriod.isoWeek(year: 2026, week: 47))
    #expect(PeriodSpec.lastWeek.resolve(runDate: monday, dataDates: nil) == week47)
    #expect(PeriodSpec.lastWeek.resolve(runDate: sunday, dataDates: nil) == week47.previous)
    #expect(PeriodSpec.latest.resolve(runDate: monday, dataDates: sunday...sunday) == week47)
    #expect(PeriodSpec.latest.resolve(runDate: monday, dataDates: nil) == nil)
    // Data ending on a Wednesday: the week before is the latest complete one...
    let wednesday = sunday.adding(days: 3)
    let started = week47.start.adding(days: -30)
    #expect(PeriodSpec.latest.resolve(runDate: monday, dataDates: started...wednesday) == week47)
    // ...unless the data begin after it: the partial week is the only one.
    #expect(
      PeriodSpec.latest.resolve(runDate: monday, dataDates: sunday.adding(days: 1)...wednesday)
        == ReportPeriod.isoWeek(containing: wednesday))
    let window = week47.window(earlier: 2)
    #expect(window.map(\.label) == ["2026-W45", "2026-W46", "2026-W47"])
  }

  @Test func bucketsInstantsByLocalWeeks() throws {
    let zone = try #require(TimeZone(identifier: "America/New_York"))
    let week47 = try #require(ReportPeriod.isoWeek(year: 2026, week: 47))
    let buckets = PeriodBuckets(periods: week47.window(earlier: 1), timeZone: zone)
    // 2026-11-16T04:59:59Z is still Sunday 23:59:59 in New York (UTC-5): week 46.
    let sundayNight: Int64 =
      (Int64(try #require(CalendarDay(iso: "2026-11-16")).daysSinceEpoch) * 86_400 + 4 * 3600 + 3599)
      * 1000
    #expect(buckets.index(of: sundayNight) == 0)
    #expect(buckets.index(of: sundayNight + 1000) == 1)
    #expect(buckets.index(of: 0) == nil)
    #expect(PeriodBuckets.day(of: sundayNight, in: zone).description == "2026-11-15")
  }
}
