import AlmanacStore

/// Sample periods, runs and figures for the store's tests.
enum Fixtures {
  /// ISO weeks 44 to 47 of 2026 (Monday to Sunday).
  static let week44 = HistoryPeriod(label: "2026-W44", start: "2026-10-26", end: "2026-11-01")
  static let week45 = HistoryPeriod(label: "2026-W45", start: "2026-11-02", end: "2026-11-08")
  static let week46 = HistoryPeriod(label: "2026-W46", start: "2026-11-09", end: "2026-11-15")
  static let week47 = HistoryPeriod(label: "2026-W47", start: "2026-11-16", end: "2026-11-22")

  /// A green run reporting on `period`, started at `startedAt` and finished 42 seconds later.
  static func run(
    period: HistoryPeriod = week47, startedAt: String = "2026-11-23T06:00:00Z",
    finishedAt: String = "2026-11-23T06:00:42Z"
  ) -> RunRecord {
    RunRecord(
      startedAt: startedAt, finishedAt: finishedAt, configDigest: "9f86d081884c7d65",
      period: period,
      status: .green, durationSeconds: 41.75, almanacVersion: "0.1.0")
  }

  /// Figures of `model` for `period` with `predictions` predictions, the given metrics and
  /// features, and the unit cost that follows from a cost of 1,040.5 (none without predictions).
  static func figures(
    model: String = "credit-default", period: HistoryPeriod = week47, predictions: Int = 20_000,
    metrics: [StoredMetric] = [accuracy(0.91)], features: [StoredFeatureDrift] = features
  ) -> ModelPeriodFigures {
    let cost = 1_040.5
    return ModelPeriodFigures(
      model: model, period: period, predictions: predictions, labelled: predictions / 2,
      status: .amber, driftShare: 0.25, cost: cost, value: 5_200, net: 4_159.5,
      valueEstimated: false, metrics: metrics,
      costPerThousand: predictions > 0 ? cost / Double(predictions) * 1_000 : nil,
      features: features)
  }

  /// Two features' drift, not in name order: income drifted (Wasserstein), age did not (KS).
  static let features = [
    StoredFeatureDrift(
      name: "income", method: "wasserstein", score: 0.12, threshold: 0.1, detected: true,
      psi: 0.08),
    StoredFeatureDrift(
      name: "age", method: "ks", score: 0.41, threshold: 0.05, detected: false, psi: 0.01),
  ]

  /// Figures of `models` models (`model-0`, ...) with `metrics` metrics and `features` features
  /// each, every feature's method cycling through the six known ones.
  static func portfolio(models: Int, metrics: Int, features: Int) -> [ModelPeriodFigures] {
    let methods = ["ks", "chi_square", "z", "wasserstein", "jensen_shannon", "psi"]
    return (0..<models).map { index in
      let share = Double(index) / Double(models)
      return figures(
        model: "model-\(index)", predictions: 1_000 + index,
        metrics: (0..<metrics).map { StoredMetric(name: "metric-\($0)", value: share) },
        features: (0..<features).map { feature in
          StoredFeatureDrift(
            name: "feature-\(feature)", method: methods[feature % methods.count], score: share,
            threshold: 0.05, detected: share < 0.05, psi: share / 2)
        })
    }
  }

  /// A measured accuracy with a symmetric interval of half-width 0.005.
  static func accuracy(_ value: Double) -> StoredMetric {
    StoredMetric(name: "accuracy", value: value, low: value - 0.005, high: value + 0.005)
  }
}
