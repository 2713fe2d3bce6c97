internal import AlmanacIngest
internal import AlmanacNarrative
internal import AlmanacReport
internal import Foundation

/// Where the logs' dates lie against the report's period: whether the period is partial, and what
/// a reader must be told when the period holds no data or the data are old.
///
/// - **Partial**: the logs begin after the period's first day or end before its last, so some
///   of its days have no data by construction (not by a quiet day).
/// - **Latest**: with `latest`, which complete week was chosen and what lies after it.
/// - **Empty**: the period has no row while the logs hold rows elsewhere.
/// - **Stale**: the newest row is more than one period older than the period's start (or, for
///   `latest` and `last-week`, than the week before the run).
struct DataCoverage {
  /// Whether the logs cover only some days of the period.
  let isPartial: Bool
  /// The days of the period with at least one row, over every model.
  let daysWithData: Int?
  /// Sentences for stderr, each also in `notes`.
  let warnings: [String]
  /// The same, as the report's data notes.
  let notes: [DataNote]

  /// Reads the coverage of a report.
  ///
  /// - Parameters:
  ///   - period: The report's period.
  ///   - spec: The period as asked for.
  ///   - runDate: The run's date in the report's zone.
  ///   - dates: The first and last day with rows over every model's logs.
  ///   - evaluations: Every model's measured periods.
  init(
    period: ReportPeriod, spec: PeriodSpec, runDate: CalendarDay,
    dates: ClosedRange<CalendarDay>?, evaluations: [ModelEvaluation]
  ) {
    let counts = evaluations.compactMap(\.daysWithData)
    daysWithData = counts.max()
    guard let dates else {
      isPartial = false
      warnings = []
      notes = []
      return
    }
    isPartial = dates.lowerBound > period.start || dates.upperBound < period.end
    let span = "the prediction logs cover \(dates.lowerBound) to \(dates.upperBound)"
    var sentences: [String] = []
    let rows = evaluations.reduce(0) { $0 + ($1.figures(for: period)?.predictions ?? 0) }
    let newest = ReportPeriod.isoWeek(containing: dates.upperBound)
    switch spec {
    case .latest where newest != period:
      let days = dates.upperBound.daysSinceEpoch - newest.start.daysSinceEpoch + 1
      sentences.append(
        "Reporting \(period.label), the last complete week of data: \(span), and "
          + "\(newest.label) has data for \(Wording.counted(days, "day")) only.")
    case .latest where isPartial:
      sentences.append(
        "Reporting \(period.label), the only week of data, which is partial: \(span).")
    case _ where rows == 0:
      sentences.append(
        "\(period.label) (\(period.start) to \(period.end)) has no predictions in the logs, which "
          + "cover \(dates.lowerBound) to \(dates.upperBound).\n"
          + "  hint: report a period they cover, e.g. --period latest")
    case _ where isPartial:
      sentences.append(
        "\(period.label) is partial: \(span), so it has data on only some of its days.")
    default: break
    }
    if spec == .latest || spec == .lastWeek {
      let expected = ReportPeriod.isoWeek(containing: runDate).previous
      let gap = expected.start.daysSinceEpoch - dates.upperBound.daysSinceEpoch
      if gap > expected.dayCount {
        sentences.append(
          "The newest prediction is from \(dates.upperBound), \(Wording.counted(gap, "day")) "
            + "before \(expected.label) starts: the logs may be out of date.")
      }
    }
    warnings = sentences
    notes = sentences.map { sentence in
      DataNote(
        kind: .dataDates, source: "prediction logs",
        what: sentence.split(separator: "\n").first.map(String.init) ?? sentence)
    }
  }

  /// The first and last local day with rows over every model's logs, `nil` without timestamps.
  static func dates(_ models: [LoadedModel], in timeZone: TimeZone) -> ClosedRange<CalendarDay>? {
    let stamps = models.compactMap(\.log.timestamps)
    guard let first = stamps.compactMap({ $0.min() }).min(),
      let last = stamps.compactMap({ $0.max() }).max()
    else {
      return nil
    }
    return PeriodBuckets.day(of: first, in: timeZone)...PeriodBuckets.day(of: last, in: timeZone)
  }

  /// Every period on record, ending with the report's: back to the first period with data in the
  /// logs or the history, and at least `trend` earlier periods; at most 520 periods (ten years of
  /// weeks).
  static func window(
    ending period: ReportPeriod, trend: Int, dates: ClosedRange<CalendarDay>?,
    earliestStored: CalendarDay?
  ) -> [ReportPeriod] {
    let earliest = [dates?.lowerBound, earliestStored].compactMap { $0 }.min()
    let back =
      earliest.map { day in
        (period.start.daysSinceEpoch - day.daysSinceEpoch + period.dayCount - 1) / period.dayCount
      } ?? 0
    return period.window(earlier: min(max(trend, back), 520))
  }
}
