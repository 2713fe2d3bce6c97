public import AlmanacIngest
import Foundation

/// Which period a report covers, as written in a config or on the command line.
public enum PeriodSpec: Sendable, Equatable, CustomStringConvertible {
  /// The last complete ISO week before the run's date.
  case lastWeek
  /// The last complete ISO week present in the data (the week of the newest data when it is the
  /// only one).
  case latest
  /// One ISO week, e.g. `2026-W47`.
  case isoWeek(ReportPeriod)
  /// A range of whole days, e.g. `2026-11-16..2026-11-22`.
  case range(ReportPeriod)

  /// Parses `last-week`, `latest`, `YYYY-Www`, `YYYY-MM-DD..YYYY-MM-DD` or a single `YYYY-MM-DD` (its ISO week).
  ///
  /// Returns `nil` when the text matches none of the forms.
  ///
  /// - Parameter text: The period as written.
  public init?(_ text: String) {
    let trimmed = text.trimmingWhitespace
    guard let spec = Self.parse(trimmed) else { return nil }
    if case .isoWeek(let period) = spec, !period.isReportable { return nil }
    if case .range(let period) = spec, !period.isReportable { return nil }
    self = spec
  }

  /// The spec a text spells, before its dates are checked.
  private static func parse(_ trimmed: String) -> PeriodSpec? {
    switch trimmed {
    case "last-week": return .lastWeek
    case "latest": return .latest
    default:
      if let range = trimmed.range(of: "..") {
        guard let start = CalendarDay(iso: trimmed[..<range.lowerBound]),
          let end = CalendarDay(iso: trimmed[range.upperBound...]), start <= end
        else { return nil }
        return .range(ReportPeriod(start: start, end: end))
      } else if let weekMark = trimmed.range(of: "-W") {
        let yearText = trimmed[..<weekMark.lowerBound]
        let weekText = trimmed[weekMark.upperBound...]
        guard yearText.count == 4, weekText.count == 2, let year = Int(yearText),
          let week = Int(weekText), let period = ReportPeriod.isoWeek(year: year, week: week)
        else { return nil }
        return .isoWeek(period)
      } else if let date = CalendarDay(iso: trimmed) {
        return .isoWeek(.isoWeek(containing: date))
      } else {
        return nil
      }
    }
  }

  /// The forms a period can take, for error messages.
  public static let expectedForms =
    "last-week, latest, an ISO week such as 2026-W47, or a range such as 2026-11-16..2026-11-22"

  /// Resolves the spec into a concrete period.
  ///
  /// `latest` is the week of the newest data when the data reach its Sunday; otherwise the week
  /// before, which the data cover to its end, unless the data begin after that week (then the
  /// newest week is the only one, partial as it is).
  ///
  /// - Parameters:
  ///   - runDate: Today's date in the report's time zone.
  ///   - dataDates: The first and last day with data, if there is any data.
  /// - Returns: The period, or `nil` for `latest` when there is no data.
  public func resolve(runDate: CalendarDay, dataDates: ClosedRange<CalendarDay>?) -> ReportPeriod? {
    switch self {
    case .lastWeek: return ReportPeriod.isoWeek(containing: runDate).previous
    case .latest:
      guard let dates = dataDates else { return nil }
      let newest = ReportPeriod.isoWeek(containing: dates.upperBound)
      if dates.upperBound >= newest.end || dates.lowerBound > newest.previous.end { return newest }
      return newest.previous
    case .isoWeek(let period), .range(let period): return period
    }
  }

  /// The spec as a config or the command line writes it.
  public var description: String {
    switch self {
    case .lastWeek: "last-week"
    case .latest: "latest"
    case .isoWeek(let period), .range(let period): period.label
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingWhitespace: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
