/// A reporting period as the history stores it: a label and its first and last days.
///
/// Dates are ISO-8601 calendar dates (`YYYY-MM-DD`) in the report's time zone; the end day is
/// included, so the ISO week `2026-W47` is `HistoryPeriod(label: "2026-W47", start: "2026-11-16",
/// end: "2026-11-22")`. Text rather than a date type keeps the store free of calendar arithmetic:
/// ISO dates order correctly as text, and the schema checks that each is a real calendar date and
/// that `start <= end`.
public struct HistoryPeriod: Sendable, Hashable, Codable {
  /// The period's label, such as `2026-W47`; not empty.
  public var label: String
  /// The first day of the period, `YYYY-MM-DD`.
  public var start: String
  /// The last day of the period (included), `YYYY-MM-DD`.
  public var end: String

  /// Creates a period.
  ///
  /// - Parameters:
  ///   - label: The period's label, such as `2026-W47`.
  ///   - start: The first day, `YYYY-MM-DD`.
  ///   - end: The last day (included), `YYYY-MM-DD`.
  public init(label: String, start: String, end: String) {
    self.label = label
    self.start = start
    self.end = end
  }
}
