internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport
internal import AlmanacStore

/// One model over every period on record: figures from the logs where they have rows, from the
/// history database for earlier periods the logs no longer hold.
struct ModelTimeline: Sendable {
  /// Every period on record, oldest first; the last is the report's period.
  ///
  /// Judgement reads them all (a decline is dated however long ago it began); trends show the
  /// last `trendLength`.
  let window: [ReportPeriod]
  /// How many periods the trends show, the report's period included.
  let trendLength: Int
  /// The model measured from its logs.
  let evaluation: ModelEvaluation
  /// Money per period measured from the logs.
  let economics: [ReportPeriod: PeriodEconomics]
  /// Figures recorded by earlier runs, by period label.
  let stored: [String: ModelPeriodFigures]
  /// The version serving the model in the report's period, if known.
  let servingVersion: String?
  /// What the model should achieve, per metric name, with the source of each.
  let baselines: [String: Baseline]

  var entry: ModelEntry { evaluation.model.entry }
  var metric: QualityMetric { QualityMetric.headline(for: entry.task) }

  /// The headline quality of a period measured from the logs.
  func quality(of figures: PeriodFigures) -> QualityReading? {
    ModelFigures.quality(
      of: figures, task: entry.task, labelledShare: entry.thresholds.labelledShareWarn
    ).map { choice in
      QualityReading(
        value: choice.estimate.value, low: choice.estimate.low, high: choice.estimate.high,
        isEstimated: choice.estimated,
        size: choice.estimated ? figures.predictions : figures.labelled)
    }
  }

  /// The main figures of a period for judging trends; zero predictions when nothing is known of it.
  func periodFacts(_ period: ReportPeriod) -> PeriodFacts {
    if let figures = evaluation.figures(for: period) {
      return PeriodFacts(
        period: period.label, predictions: figures.predictions, labelled: figures.labelled,
        quality: quality(of: figures), drift: figures.features.map(Self.driftFacts),
        net: economics[period]?.net, costPerThousand: economics[period]?.costPerThousand,
        coveredDays: evaluation.coveredDays(of: period))
    }
    if let stored = stored[period.label] {
      let choice = Self.storedQuality(
        stored, metric: metric.rawValue, labelledShare: entry.thresholds.labelledShareWarn)
      return PeriodFacts(
        period: period.label, predictions: stored.predictions, labelled: stored.labelled,
        quality: choice.map { figure in
          QualityReading(
            value: figure.value, low: figure.low, high: figure.high, isEstimated: figure.estimated,
            size: figure.estimated ? stored.predictions : stored.labelled)
        },
        drift: stored.features.map {
          FeatureDriftFacts(name: $0.name, isDetected: $0.detected, psi: $0.psi)
        },
        net: stored.net, costPerThousand: stored.costPerThousand)
    }
    return PeriodFacts(period: period.label, predictions: 0, labelled: 0)
  }

  /// The figure a period's summary leads with, compared with the previous period as the trend
  /// shows it.
  func headlineQuality(of figures: PeriodFigures) -> HeadlineQuality? {
    guard let quality = quality(of: figures) else { return nil }
    let previous = periodFacts(figures.period.previous).quality?.value
    return HeadlineQuality(
      metric: metric.rawValue, value: quality.value, isEstimated: quality.isEstimated,
      previous: previous, change: previous.map { quality.value - $0 })
  }

  /// What the narrative judges for a period measured from the logs.
  func modelFacts(at period: ReportPeriod) -> ModelFacts? {
    guard let figures = evaluation.figures(for: period), let index = window.firstIndex(of: period)
    else {
      return nil
    }
    let quality = quality(of: figures).map { reading in
      QualityFacts(
        metric: metric, value: reading.value, low: reading.low, high: reading.high,
        isEstimated: reading.isEstimated, size: reading.size, baseline: baselines[metric.rawValue],
        spread: evaluation.reference?.noise?.spreads[metric.rawValue]?.perRow)
    }
    let drift = figures.dataset.map { dataset in
      DriftFacts(
        share: dataset.share, isDetected: dataset.detected,
        features: figures.features.map(Self.driftFacts))
    }
    var facts = ModelFacts(
      name: evaluation.model.name, task: entry.task, period: period.label,
      predictions: figures.predictions, labelled: figures.labelled, quality: quality,
      drift: drift ?? .none, economics: economics[period],
      history: window[..<index].map(periodFacts),
      thresholds: entry.thresholds)
    facts.periodDays = period.dayCount
    facts.coveredDays = evaluation.coveredDays(of: period)
    facts.estimateReach = figures.estimateReach
    if period == window.last { facts.estimateOutcome = estimateOutcome }
    return facts
  }

  /// The latest earlier period in the trend whose headline figure the history holds as an
  /// estimate (recorded before its outcomes arrived) and the logs now measure from its outcomes.
  var estimateOutcome: EstimateOutcome? {
    for period in window.dropLast().suffix(trendLength).reversed() {
      guard let stored = stored[period.label],
        let before = Self.storedQuality(
          stored, metric: metric.rawValue, labelledShare: entry.thresholds.labelledShareWarn),
        before.estimated, let figures = evaluation.figures(for: period),
        let now = quality(of: figures), !now.isEstimated
      else { continue }
      return EstimateOutcome(
        period: period.label, metric: metric, estimate: before.value, low: before.low,
        high: before.high, actual: now.value)
    }
    return nil
  }

  /// The trend, oldest first, over the periods with figures among the last `trendLength`.
  var trend: [TrendPoint] {
    window.suffix(trendLength).compactMap { period in
      guard evaluation.figures(for: period) != nil || stored[period.label] != nil else {
        return nil
      }
      let facts = periodFacts(period)
      let driftShare =
        evaluation.figures(for: period)?.dataset?.share ?? stored[period.label]?.driftShare
      return TrendPoint(
        period: period.label, predictions: facts.predictions,
        accuracy: metric == .accuracy ? facts.quality?.value : nil,
        mae: metric == .mae ? facts.quality?.value : nil,
        estimated: facts.quality?.isEstimated ?? false, driftShare: driftShare, net: facts.net)
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

  /// Each metric's baseline: the config's, else the registry's for the serving version, else the
  /// model's own figure on its reference's labelled rows.
  ///
  /// - Parameters:
  ///   - configured: The config's baselines by metric name.
  ///   - registry: The registry's baselines for the serving version.
  ///   - reference: The quality measured on the reference, if any.
  /// - Returns: The baselines by metric name.
  static func baselines(
    configured: [String: Double], registry: [String: Double], reference: MeasuredQuality?
  ) -> [String: Baseline] {
    var baselines: [String: Baseline] = [:]
    for named in reference?.metrics ?? [] where named.estimate.value.isFinite {
      baselines[named.name] = Baseline(
        value: named.estimate.value, source: .reference, size: reference?.labelled)
    }
    for (name, value) in registry { baselines[name] = Baseline(value: value, source: .registry) }
    for (name, value) in configured { baselines[name] = Baseline(value: value, source: .config) }
    return baselines
  }
}
