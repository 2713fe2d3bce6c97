internal import AlmanacIngest
internal import AlmanacMetrics

/// One model measured over the report's window of periods.
struct ModelEvaluation: Sendable {
  /// The model.
  var model: LoadedModel
  /// Figures per period of the window that has rows in the logs, and always the report's period
  /// (the window's last), oldest first.
  var periods: [PeriodFigures]
  /// The profiled reference, with what chance alone does to the figures, when the model has one.
  var reference: ReferenceProfile?
  /// The first and last local day of the model's rows, when they have timestamps.
  var dataDays: ClosedRange<CalendarDay>?
  /// The days of the report's period with at least one row, when the rows have timestamps.
  var daysWithData: Int?

  /// The figures of the report's period, if it has rows.
  func figures(for period: ReportPeriod) -> PeriodFigures? {
    periods.first { $0.period == period }
  }

  /// Measures a model in every period of the window that has rows.
  ///
  /// Rows are assigned to periods by their timestamps; logs without timestamps are taken as the
  /// report's period (the window's last). The evaluation keeps the figures, not the rows: they are
  /// freed when it is done.
  ///
  /// - Parameters:
  ///   - model: The model and its rows.
  ///   - buckets: The window's periods in the report's time zone.
  /// - Throws: `RunFailure` when a class label cannot be read.
  init(model: consuming LoadedModel, buckets: PeriodBuckets) async throws(RunFailure) {
    let (log, referenceLog) = model.takeRows()
    self.model = model
    var rowsByPeriod = [[Int]](repeating: [], count: buckets.periods.count)
    if let timestamps = log.timestamps {
      for (row, instant) in timestamps.enumerated() {
        if let index = buckets.index(of: instant) { rowsByPeriod[index].append(row) }
      }
      if let first = timestamps.min(), let last = timestamps.max() {
        dataDays =
          PeriodBuckets.day(
            of: first, in: buckets.timeZone)...PeriodBuckets.day(
            of: last, in: buckets.timeZone)
      }
      if let period = buckets.periods.last, let rows = rowsByPeriod.last {
        let days = PeriodBuckets(
          periods: (0..<period.dayCount).map {
            ReportPeriod(start: period.start.adding(days: $0), end: period.start.adding(days: $0))
          }, timeZone: buckets.timeZone)
        daysWithData = Set(rows.compactMap { days.index(of: timestamps[$0]) }).count
      }
    } else if !buckets.periods.isEmpty {
      rowsByPeriod[buckets.periods.count - 1] = Array(0..<log.count)
    }
    let periodSize = Self.typicalSize(rowsByPeriod.map(\.count))
    var reference: ReferenceProfile?
    if let rows = consume referenceLog {
      reference = try await ReferenceProfile(
        consume rows, entry: model.entry, periodSize: periodSize)
    }
    self.reference = reference
    let evaluator = PeriodEvaluator(entry: model.entry, reference: reference)
    // The report's period is always measured, so a feed that stopped is reported as no traffic.
    let measured = zip(buckets.periods, rowsByPeriod).enumerated().filter { index, period in
      !period.1.isEmpty || index == buckets.periods.count - 1
    }
    var periods: [PeriodFigures] = []
    var remaining: ModelLog? = consume log
    for (position, (_, (period, rows))) in measured.enumerated() {
      // The last period takes the rows over, so its evaluation can release them.
      guard let all = position == measured.count - 1 ? remaining.take() : remaining else { break }
      let rowsInPeriod = all.gathering(rows)
      _ = consume all
      periods.append(try await evaluator.evaluate(period: period, log: consume rowsInPeriod))
    }
    self.periods = periods
  }

  /// An evaluation measured elsewhere: from an engine's statistics.
  ///
  /// - Parameters:
  ///   - model: The model, without rows.
  ///   - periods: Figures per period with rows, and always the report's period, oldest first.
  ///   - reference: The profiled reference, if any.
  ///   - dataDays: The first and last day with rows.
  ///   - daysWithData: The days of the report's period with rows.
  init(
    model: LoadedModel, periods: [PeriodFigures], reference: ReferenceProfile?,
    dataDays: ClosedRange<CalendarDay>?, daysWithData: Int?
  ) {
    self.model = model
    self.periods = periods
    self.reference = reference
    self.dataDays = dataDays
    self.daysWithData = daysWithData
  }

  /// The days of a period the logs cover, when fewer than all of them.
  ///
  /// A period at the start or end of the model's logs is partial. `nil` for a whole period, or
  /// logs without timestamps.
  ///
  /// - Parameter period: The period.
  /// - Returns: The days from the later of the period's start and the first day with data to the
  ///   earlier of its end and the last day with data, or `nil`.
  func coveredDays(of period: ReportPeriod) -> Int? {
    guard let days = dataDays else { return nil }
    let first = max(period.start, days.lowerBound)
    let last = min(period.end, days.upperBound)
    let covered = first <= last ? last.daysSinceEpoch - first.daysSinceEpoch + 1 : 0
    return covered < period.dayCount ? covered : nil
  }

  /// The rows of a typical period: the median over periods with rows, 1 when none has any.
  static func typicalSize(_ counts: [Int]) -> Int {
    let sorted = counts.filter { $0 > 0 }.sorted()
    guard !sorted.isEmpty else { return 1 }
    return sorted[sorted.count / 2]
  }
}
