internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport

/// The report's figures for one model, taken from its period figures: no arithmetic beyond
/// choosing which measured number goes where.
struct ModelFigures {
  let current: PeriodFigures
  /// A metric's value in the previous period (measured, or estimated when `true`), from the logs or
  /// the history.
  let previous: (_ name: String, _ estimated: Bool) -> Double?
  /// Baseline metrics of the serving version, from the registry.
  let baseline: [String: Double]

  /// Measured metrics with interval, baseline and previous value.
  var metrics: [MetricFigure] {
    current.metrics.map { named in
      MetricFigure(
        name: named.name, value: named.estimate.value, low: named.estimate.low,
        high: named.estimate.high, baseline: baseline[named.name],
        previous: previous(named.name, false))
    }
  }

  /// Estimated metrics with their band and the previous period's estimate.
  var estimated: [MetricFigure] {
    current.estimated.map { named in
      MetricFigure(
        name: named.name, value: named.estimate.value, low: named.estimate.low,
        high: named.estimate.high, baseline: baseline[named.name],
        previous: previous(named.name, true))
    }
  }

  /// Drift of features and outputs as the report shows it.
  var drift: DriftSection {
    DriftSection(
      share: current.dataset?.share, detected: current.dataset?.detected ?? false,
      features: current.features.map(Self.figure), outputs: current.outputs.map(Self.figure))
  }

  static func figure(_ named: NamedDrift) -> FeatureDriftFigure {
    FeatureDriftFigure(
      name: named.name, kind: named.drift.kind.rawValue, method: named.drift.method.rawValue,
      score: named.drift.score, threshold: named.drift.threshold, detected: named.drift.detected,
      psi: named.drift.psi)
  }

  /// The headline quality figure: measured when enough outcomes are known, estimated otherwise.
  ///
  /// - Parameters:
  ///   - figures: A period's figures.
  ///   - task: What the model does: accuracy heads classifiers, mean absolute error regression.
  ///   - labelledShare: The share of labelled predictions below which an estimate, when there is one,
  ///     is the better guide.
  /// - Returns: The metric's name, its value and whether it is estimated; `nil` when neither exists.
  static func quality(
    of figures: PeriodFigures, task: ModelTask, labelledShare: Double
  ) -> (metric: String, estimate: Estimate, estimated: Bool)? {
    let metric = task == .regression ? "mae" : "accuracy"
    return HeadlineChoice.choose(
      measured: figures.metric(metric), estimated: figures.estimate(metric),
      labelled: figures.labelled, predictions: figures.predictions, labelledShare: labelledShare
    ).map { (metric, $0.figure, $0.isEstimated) }
  }
}
