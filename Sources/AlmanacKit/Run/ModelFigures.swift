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
  /// What the model should achieve, per metric name, with the source of each.
  let baselines: [String: Baseline]
  /// The judgement of the period: the decline of the headline figure and the drift patterns.
  let assessment: ModelAssessment
  /// The headline metric's name, which carries a decline's start and length.
  let headline: String
  /// The columns the reference leaves out of drift tests.
  let excluded: [ExcludedColumn]
  /// Every period on record, for counting how long a pattern has lasted.
  let window: [ReportPeriod]

  /// Measured metrics with interval, baseline and previous value.
  var metrics: [MetricFigure] { current.metrics.map { figure($0, estimated: false) } }

  /// Estimated metrics with their band and the previous period's estimate.
  var estimated: [MetricFigure] { current.estimated.map { figure($0, estimated: true) } }

  private func figure(_ named: NamedEstimate, estimated: Bool) -> MetricFigure {
    let baseline = baselines[named.name]
    let decline = assessment.decline.flatMap { change in
      named.name == headline && change.isEstimated == estimated ? change : nil
    }
    var figure = MetricFigure(
      name: named.name, value: named.estimate.value, low: named.estimate.low,
      high: named.estimate.high, baseline: baseline?.value,
      baselineSource: baseline?.source.rawValue, previous: previous(named.name, estimated),
      since: decline?.since, periods: decline?.periods)
    figure.binningError = named.binningError
    return figure
  }

  /// Drift of features and outputs as the report shows it, with each drifting feature's pattern.
  var drift: DriftSection {
    DriftSection(
      share: current.dataset?.share, detected: current.dataset?.detected ?? false,
      features: current.features.map { named in
        var figure = Self.figure(named)
        if let pattern = assessment.driftPatterns[named.name] {
          figure.pattern = pattern.shape == .differs ? nil : pattern.shape.rawValue
          figure.since = pattern.start.map { window[$0].label }
          figure.periods = pattern.periods
        }
        return figure
      },
      outputs: current.outputs.map(Self.figure),
      excluded: excluded.map { ExcludedColumnFigure(name: $0.name, reason: $0.reason.rawValue) })
  }

  static func figure(_ named: NamedDrift) -> FeatureDriftFigure {
    var figure = FeatureDriftFigure(
      name: named.name, kind: named.drift.kind.rawValue, method: named.drift.method.rawValue,
      score: named.drift.score, threshold: named.drift.threshold,
      thresholdBasis: named.basis.rawValue, detected: named.drift.detected, psi: named.drift.psi)
    figure.binningError = named.binningError
    return figure
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
