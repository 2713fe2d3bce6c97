/// The figures of one model in one period that the assessment judges and the narrative words.
///
/// Built by the pipeline from the numeric core's results; holds only what judgement and sentences
/// need, never raw data.
public struct ModelFacts: Sendable, Equatable {
  /// The model's name (untrusted text).
  public var name: String
  /// What the model does.
  public var task: ModelTask
  /// The period's label, e.g. `2026-W47`.
  public var period: String
  /// Predictions made in the period.
  public var predictions: Int
  /// Predictions whose outcome is known.
  public var labelled: Int
  /// The headline quality figure: accuracy for classifiers, mean absolute error for regression.
  public var quality: QualityFacts?
  /// Drift of the model's inputs against its reference data.
  public var drift: DriftFacts
  /// Cost and value, when the config gives the figures.
  public var economics: EconomicsFacts?
  /// Earlier periods, oldest first, ending with the one before this.
  public var history: [PeriodFacts]
  /// The model's thresholds.
  public var thresholds: Thresholds

  /// Creates the facts of a model.
  public init(
    name: String, task: ModelTask, period: String, predictions: Int, labelled: Int,
    quality: QualityFacts?, drift: DriftFacts, economics: EconomicsFacts?, history: [PeriodFacts],
    thresholds: Thresholds
  ) {
    self.name = name
    self.task = task
    self.period = period
    self.predictions = predictions
    self.labelled = labelled
    self.quality = quality
    self.drift = drift
    self.economics = economics
    self.history = history
    self.thresholds = thresholds
  }
}

/// The headline quality figure of a model in a period.
public struct QualityFacts: Sendable, Equatable {
  /// `accuracy` (higher is better) or `mae` (lower is better).
  public var metric: String
  /// The value: measured on labelled predictions, or estimated when `estimated`.
  public var value: Double
  /// The 95% interval or estimation band, when known.
  public var low: Double?, high: Double?
  /// Whether `value` is estimated from scores because outcomes are not known yet.
  public var estimated: Bool
  /// The registry's baseline for the serving version.
  public var baseline: Double?
  /// The value in the previous period.
  public var previous: Double?

  /// Creates quality facts.
  public init(
    metric: String, value: Double, low: Double?, high: Double?, estimated: Bool, baseline: Double?,
    previous: Double?
  ) {
    self.metric = metric
    self.value = value
    self.low = low
    self.high = high
    self.estimated = estimated
    self.baseline = baseline
    self.previous = previous
  }
}

/// Drift of a model's inputs in a period.
public struct DriftFacts: Sendable, Equatable {
  /// The share of input features that drifted, `nil` when nothing could be compared.
  public var share: Double?
  /// Whether the model's data drift is detected.
  public var detected: Bool
  /// The features that drifted, most drifted first.
  public var drifting: [String]
  /// Whether the score or prediction drifted.
  public var outputDrifted: Bool

  /// Creates drift facts.
  public init(share: Double?, detected: Bool, drifting: [String], outputDrifted: Bool) {
    self.share = share
    self.detected = detected
    self.drifting = drifting
    self.outputDrifted = outputDrifted
  }
}

/// Cost and value of a model in a period, in the report's currency.
public struct EconomicsFacts: Sendable, Equatable {
  /// The report's currency (ISO 4217).
  public var currency: String
  /// Infrastructure, predictions and labelling.
  public var cost: Double
  /// What the predictions earned.
  public var value: Double
  /// Value less cost.
  public var net: Double
  /// Cost per 1,000 predictions.
  public var costPerThousand: Double?
  /// What the period would have earned at the baseline's quality, less what it did.
  public var valueLost: Double?
  /// Whether value rests on estimated outcomes.
  public var estimated: Bool

  /// Creates economics facts.
  public init(
    currency: String, cost: Double, value: Double, net: Double, costPerThousand: Double?,
    valueLost: Double?, estimated: Bool
  ) {
    self.currency = currency
    self.cost = cost
    self.value = value
    self.net = net
    self.costPerThousand = costPerThousand
    self.valueLost = valueLost
    self.estimated = estimated
  }
}

/// The main figures of an earlier period, for trends.
public struct PeriodFacts: Sendable, Equatable {
  /// The period's label.
  public var period: String
  /// Predictions made.
  public var predictions: Int
  /// The headline quality figure, if known.
  public var quality: Double?
  /// Whether `quality` is estimated.
  public var qualityEstimated: Bool
  /// The share of drifting features.
  public var driftShare: Double?
  /// Net value.
  public var net: Double?
  /// Cost per 1,000 predictions.
  public var costPerThousand: Double?

  /// Creates the figures of a period.
  public init(
    period: String, predictions: Int, quality: Double?, qualityEstimated: Bool, driftShare: Double?,
    net: Double?, costPerThousand: Double?
  ) {
    self.period = period
    self.predictions = predictions
    self.quality = quality
    self.qualityEstimated = qualityEstimated
    self.driftShare = driftShare
    self.net = net
    self.costPerThousand = costPerThousand
  }
}
