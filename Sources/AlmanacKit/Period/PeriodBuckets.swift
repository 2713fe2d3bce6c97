internal import AlmanacIngest
internal import Foundation

/// Assigns instants to consecutive report periods counted in a time zone.
///
/// Period edges are local midnights turned into UTC instants once, so assigning millions of rows is
/// a binary search per row and never a calendar computation.
struct PeriodBuckets: Sendable {
  /// The periods, oldest first, consecutive.
  let periods: [ReportPeriod]
  /// `edges[i]` is the first millisecond of `periods[i]`; the last edge ends the last period.
  let edges: [Int64]
  /// The zone in which days start at midnight.
  let timeZone: TimeZone

  /// Creates buckets for consecutive periods.
  ///
  /// - Parameters:
  ///   - periods: Consecutive periods, oldest first.
  ///   - timeZone: The zone in which days start at midnight.
  init(periods: [ReportPeriod], timeZone: TimeZone) {
    self.periods = periods
    self.timeZone = timeZone
    var edges = periods.map { Self.midnight($0.start, in: timeZone) }
    if let last = periods.last {
      edges.append(Self.midnight(last.end.adding(days: 1), in: timeZone))
    }
    self.edges = edges
  }

  /// The index of the period holding an instant, or `nil` when it falls outside them all.
  ///
  /// - Parameter milliseconds: Milliseconds since 1970-01-01T00:00:00Z.
  /// - Returns: An index into `periods`.
  func index(of milliseconds: Int64) -> Int? {
    guard let first = edges.first, let last = edges.last, milliseconds >= first, milliseconds < last
    else { return nil }
    var low = 0
    var high = edges.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if edges[middle] <= milliseconds { low = middle } else { high = middle }
    }
    return low
  }

  /// The local day of an instant in a time zone.
  ///
  /// - Parameters:
  ///   - milliseconds: Milliseconds since 1970-01-01T00:00:00Z.
  ///   - timeZone: The zone.
  /// - Returns: The calendar date there.
  static func day(of milliseconds: Int64, in timeZone: TimeZone) -> CalendarDay {
    let seconds = Double(milliseconds) / 1000
    let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    let local = Int64((seconds + Double(offset)).rounded(.down))
    return CalendarDay(daysSinceEpoch: Int(local.floorDivided(by: 86_400)))
  }

  /// The UTC instant of local midnight starting a day.
  static func midnight(_ day: CalendarDay, in timeZone: TimeZone) -> Int64 {
    let utcMidnight = Double(day.daysSinceEpoch) * 86_400
    // The offset at the instant itself: first guess with the offset at UTC midnight, then correct.
    let guess =
      utcMidnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight)))
    let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))
    return Int64(utcMidnight - Double(offset)) * 1000
  }
}

extension Int64 {
  /// Division rounding toward negative infinity.
  func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
