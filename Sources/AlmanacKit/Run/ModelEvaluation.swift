internal import AlmanacIngest
internal import AlmanacMetrics

/// One model measured over the report's window of periods.
struct ModelEvaluation: Sendable {
  /// The model.
  var model: LoadedModel
  /// Figures per period of the window that has rows in the logs, and always the report's period
  /// (the window's last), oldest first.
  var periods: [PeriodFigures]

  /// The figures of the report's period, if it has rows.
  func figures(for period: ReportPeriod) -> PeriodFigures? {
    periods.first { $0.period == period }
  }

  /// Measures a model in every period of the window that has rows.
  ///
  /// Rows are assigned to periods by their timestamps; logs without timestamps are taken as the
  /// report's period (the window's last).
  ///
  /// - Parameters:
  ///   - model: The model and its rows.
  ///   - buckets: The window's periods in the report's time zone.
  /// - Throws: `RunFailure` when a class label cannot be read.
  init(model: LoadedModel, buckets: PeriodBuckets) async throws(RunFailure) {
    self.model = model
    let reference = try await model.reference.asyncMap { log throws(RunFailure) in
      try await ReferenceProfile(log, entry: model.entry)
    }
    var rowsByPeriod = [[Int]](repeating: [], count: buckets.periods.count)
    if let timestamps = model.log.timestamps {
      for (row, instant) in timestamps.enumerated() {
        if let index = buckets.index(of: instant) { rowsByPeriod[index].append(row) }
      }
    } else if !buckets.periods.isEmpty {
      rowsByPeriod[buckets.periods.count - 1] = Array(0..<model.log.count)
    }
    let evaluator = PeriodEvaluator(entry: model.entry, reference: reference)
    var periods: [PeriodFigures] = []
    // The report's period is always measured, so a feed that stopped is reported as no traffic.
    for (index, (period, rows)) in zip(buckets.periods, rowsByPeriod).enumerated()
    where !rows.isEmpty || index == buckets.periods.count - 1 {
      periods.append(try await evaluator.evaluate(period: period, log: model.log.gathering(rows)))
    }
    self.periods = periods
  }
}

extension Optional {
  /// The async transform of the wrapped value, or `nil`.
  func asyncMap<Mapped, Failure: Error>(
    _ transform: (Wrapped) async throws(Failure) -> Mapped
  ) async throws(Failure) -> Mapped? {
    switch self {
    case .some(let value): try await transform(value)
    case .none: nil
    }
  }
}
