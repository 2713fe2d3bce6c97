internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport
internal import AlmanacStore

/// One model over the report's window of periods: figures from the logs where they have rows, from
/// the history database for earlier periods the logs no longer hold.
struct ModelTimeline: Sendable {
  /// The report's window, oldest first; the last is the report's period.
  let window: [ReportPeriod]
  /// The model measured from its logs.
  let evaluation: ModelEvaluation
  /// Money per period measured from the logs.
  let economics: [ReportPeriod: PeriodEconomics]
  /// Figures recorded by earlier runs, by period label.
  let stored: [String: ModelPeriodFigures]
  /// The version serving the model in the report's period, if known.
  let servingVersion: String?
  /// Baseline metrics of the serving version.
  let baseline: [String: Double]

  var entry: ModelEntry { evaluation.model.entry }
  var metric: QualityMetric { QualityMetric.headline(for: entry.task) }

  /// The headline quality of a period measured from the logs.
  func quality(of figures: PeriodFigures) -> (estimate: Estimate, isEstimated: Bool)? {
    ModelFigures.quality(
      of: figures, task: entry.task, labelledShare: entry.thresholds.labelledShareWarn
    ).map { ($0.estimate, $0.estimated) }
  }

  /// The main figures of a period for judging trends; zero predictions when nothing is known of it.
  func periodFacts(_ period: ReportPeriod) -> PeriodFacts {
    if let figures = evaluation.figures(for: period) {
      let quality = quality(of: figures)
      return PeriodFacts(
        period: period.label, predictions: figures.predictions, labelled: figures.labelled,
        quality: quality?.estimate.value, isQualityEstimated: quality?.isEstimated ?? false,
        drift: figures.features.map(Self.driftFacts), net: economics[period]?.net,
        costPerThousand: economics[period]?.costPerThousand)
    }
    if let stored = stored[period.label] {
      let quality = Self.storedQuality(
        stored, metric: metric.rawValue, labelledShare: entry.thresholds.labelledShareWarn)
      return PeriodFacts(
        period: period.label, predictions: stored.predictions, labelled: stored.labelled,
        quality: quality?.value, isQualityEstimated: quality?.estimated ?? false,
        drift: stored.features.map {
          FeatureDriftFacts(name: $0.name, isDetected: $0.detected, psi: $0.psi)
        },
        net: stored.net, costPerThousand: stored.costPerThousand)
    }
    return PeriodFacts(
      period: period.label, predictions: 0, labelled: 0, quality: nil, isQualityEstimated: false,
      drift: [], net: nil, costPerThousand: nil)
  }

  /// The figure a period's summary leads with, compared with the previous period as the trend
  /// shows it.
  func headlineQuality(of figures: PeriodFigures) -> HeadlineQuality? {
    guard let quality = quality(of: figures) else { return nil }
    let previous = periodFacts(figures.period.previous).quality
    return HeadlineQuality(
      metric: metric.rawValue, value: quality.estimate.value, isEstimated: quality.isEstimated,
      previous: previous, change: previous.map { quality.estimate.value - $0 })
  }

  /// What the narrative judges for a period measured from the logs.
  func modelFacts(at period: ReportPeriod) -> ModelFacts? {
    guard let figures = evaluation.figures(for: period), let index = window.firstIndex(of: period)
    else {
      return nil
    }
    let quality = quality(of: figures).map { quality in
      QualityFacts(
        metric: metric, value: quality.estimate.value, low: quality.estimate.low,
        high: quality.estimate.high, isEstimated: quality.isEstimated,
        baseline: baseline[metric.rawValue])
    }
    let drift = figures.dataset.map { dataset in
      DriftFacts(
        share: dataset.share, isDetected: dataset.detected,
        features: figures.features.map(Self.driftFacts))
    }
    return ModelFacts(
      name: evaluation.model.name, task: entry.task, period: period.label,
      predictions: figures.predictions, labelled: figures.labelled, quality: quality,
      drift: drift ?? .none, economics: economics[period],
      history: window[..<index].map(periodFacts),
      thresholds: entry.thresholds)
  }

  /// The trend, oldest first, over the periods with figures.
  var trend: [TrendPoint] {
    window.compactMap { period in
      guard evaluation.figures(for: period) != nil || stored[period.label] != nil else {
        return nil
      }
      let facts = periodFacts(period)
      let driftShare =
        evaluation.figures(for: period)?.dataset?.share ?? stored[period.label]?.driftShare
      return TrendPoint(
        period: period.label, predictions: facts.predictions,
        accuracy: metric == .accuracy ? facts.quality : nil,
        mae: metric == .mae ? facts.quality : nil,
        estimated: facts.isQualityEstimated, driftShare: driftShare, net: facts.net)
    }
  }

  /// A metric's value in a period: from the logs when they hold the period, else from history.
  ///
  /// - Parameters:
  ///   - name: The metric's name.
  ///   - estimated: Whether to take the estimated figure rather than the measured one.
  ///   - period: The period.
  /// - Returns: The value, or `nil` when neither source has it.
  func metric(_ name: String, estimated: Bool, in period: ReportPeriod) -> Double? {
    if let figures = evaluation.figures(for: period) {
      return (estimated ? figures.estimate(name) : figures.metric(name))?.value
    }
    return stored[period.label]?.metrics.first { $0.name == name && $0.estimated == estimated }?
      .value
  }

  static func driftFacts(_ named: NamedDrift) -> FeatureDriftFacts {
    FeatureDriftFacts(name: named.name, isDetected: named.drift.detected, psi: named.drift.psi)
  }

  /// A stored period's headline metric, chosen as for a period measured now.
  static func storedQuality(
    _ stored: ModelPeriodFigures, metric: String, labelledShare: Double
  ) -> StoredMetric? {
    HeadlineChoice.choose(
      measured: stored.metrics.first { $0.name == metric && !$0.estimated },
      estimated: stored.metrics.first { $0.name == metric && $0.estimated },
      labelled: stored.labelled, predictions: stored.predictions, labelledShare: labelledShare
    )?.figure
  }
}
