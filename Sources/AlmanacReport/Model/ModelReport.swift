public import AlmanacNarrative

/// Everything the report says about one model in the period.
public struct ModelReport: Sendable, Equatable {
  /// The model's name (untrusted text).
  public var name: String
  /// The versions that served predictions in the period.
  public var versions: [String]
  /// The owner from the registry, if known.
  public var owner: String?
  /// The registry stage or alias of the serving version, if known.
  public var stage: String?
  /// `binary-classification`, `multiclass-classification` or `regression`.
  public var task: String
  /// The verdict.
  public var status: Status
  /// One plain sentence on the model's state.
  public var headline: String
  /// How many predictions were made and how many have a known outcome.
  public var volume: Volume
  /// The figure the report leads with, `nil` when there is none.
  public var quality: HeadlineQuality?
  /// Measured quality, in a fixed order (accuracy first for classifiers, MAE first for regression).
  public var metrics: [MetricFigure]
  /// Quality estimated from scores while outcomes are unknown.
  public var estimated: [MetricFigure]
  /// Whether the inputs and outputs changed against the reference data.
  public var drift: DriftSection
  /// Cost and value in the period, when the config gives the figures.
  public var economics: EconomicsFigures?
  /// What needs attention (amber and red), worst first.
  public var findings: [Finding]
  /// Green-level observations, listed apart from the findings.
  public var notes: [Note]
  /// This period and earlier ones, oldest first.
  public var trend: [TrendPoint]

  /// Creates a model report.
  public init(
    name: String, versions: [String], owner: String?, stage: String?, task: String, status: Status,
    headline: String, volume: Volume, quality: HeadlineQuality?, metrics: [MetricFigure],
    estimated: [MetricFigure],
    drift: DriftSection, economics: EconomicsFigures?, findings: [Finding], notes: [Note] = [],
    trend: [TrendPoint]
  ) {
    self.name = name
    self.versions = versions
    self.owner = owner
    self.stage = stage
    self.task = task
    self.status = status
    self.headline = headline
    self.volume = volume
    self.quality = quality
    self.metrics = metrics
    self.estimated = estimated
    self.drift = drift
    self.economics = economics
    self.findings = findings
    self.notes = notes
    self.trend = trend
  }

  /// The metric with the given name, if reported.
  ///
  /// - Parameter name: A metric name such as `accuracy` or `mae`.
  /// - Returns: The figure, or `nil`.
  public func metric(_ name: String) -> MetricFigure? {
    metrics.first { $0.name == name }
  }
}

/// The quality figure a model's summary leads with: accuracy for classifiers, mean absolute error
/// for regression; measured when enough outcomes are known, estimated from scores otherwise.
public struct HeadlineQuality: Sendable, Equatable {
  /// `accuracy` or `mae`.
  public var metric: String
  /// The value in the period.
  public var value: Double
  /// Whether the value is estimated because outcomes are not known yet.
  public var isEstimated: Bool
  /// The same figure in the previous period, as the trend shows it.
  public var previous: Double?
  /// `value` minus `previous`.
  public var change: Double?

  /// Creates a headline quality figure.
  public init(metric: String, value: Double, isEstimated: Bool, previous: Double?, change: Double?)
  {
    self.metric = metric
    self.value = value
    self.isEstimated = isEstimated
    self.previous = previous
    self.change = change
  }
}

/// Prediction counts in a period.
public struct Volume: Sendable, Equatable {
  /// Predictions made.
  public var predictions: Int
  /// Predictions whose true outcome is known.
  public var labelled: Int

  /// Creates a volume.
  public init(predictions: Int, labelled: Int) {
    self.predictions = predictions
    self.labelled = labelled
  }
}

/// One quality figure with its interval and the figures it is compared with.
public struct MetricFigure: Sendable, Equatable {
  /// The metric's name: `accuracy`, `precision`, `recall`, `f1`, `roc_auc`, `log_loss`, `brier`, `mae`,
  /// `rmse`, `mape`, `r2` or `mean_error`.
  public var name: String
  /// The value in the period.
  public var value: Double
  /// The 95% interval, when defined.
  public var low: Double?, high: Double?
  /// What the model should achieve, if anything says.
  public var baseline: Double?
  /// Where the baseline comes from: `config`, `registry` or `reference`; `nil` without one.
  public var baselineSource: String?
  /// The value in the previous period, if known.
  public var previous: Double?
  /// When the figure is in a decline: the period it began.
  public var since: String?
  /// When the figure is in a decline: how many periods it has lasted, this one included.
  public var periods: Int?
  /// When the figure was computed from binned statistics (an engine's histogram), how far it may
  /// be from the figure the rows would give; `nil` when exact.
  public var binningError: Double?

  /// Creates a metric figure.
  public init(
    name: String, value: Double, low: Double? = nil, high: Double? = nil, baseline: Double? = nil,
    baselineSource: String? = nil, previous: Double? = nil, since: String? = nil,
    periods: Int? = nil
  ) {
    self.name = name
    self.value = value
    self.low = low
    self.high = high
    self.baseline = baseline
    self.baselineSource = baselineSource
    self.previous = previous
    self.since = since
    self.periods = periods
  }
}

/// Drift of a model's inputs and outputs against its reference data.
public struct DriftSection: Sendable, Equatable {
  /// The share of input features that drifted, `nil` when there was nothing to compare.
  public var share: Double?
  /// Whether the model's data drift is detected (the share reached the configured level).
  public var detected: Bool
  /// Per input feature, in the order of the data.
  public var features: [FeatureDriftFigure]
  /// The score, prediction and actual, reported beside the features and not counted in the share.
  public var outputs: [FeatureDriftFigure]
  /// Columns left out of drift tests, with why.
  public var excluded: [ExcludedColumnFigure]

  /// Creates a drift section.
  public init(
    share: Double?, detected: Bool, features: [FeatureDriftFigure], outputs: [FeatureDriftFigure],
    excluded: [ExcludedColumnFigure] = []
  ) {
    self.share = share
    self.detected = detected
    self.features = features
    self.outputs = outputs
    self.excluded = excluded
  }
}

/// The drift test of one column.
public struct FeatureDriftFigure: Sendable, Equatable {
  /// The column's name (untrusted text).
  public var name: String
  /// `numeric` or `categorical`.
  public var kind: String
  /// The test: `ks`, `chi_square`, `z`, `wasserstein`, `jensen_shannon` or `psi`.
  public var method: String
  /// The p-value of a test or the distance, `nil` when one side had no values.
  public var score: Double?
  /// The level at which drift is detected.
  public var threshold: Double
  /// What the threshold rests on: `default` (the method's), `config`, or `noise` (moved so that
  /// chance alone rarely passes it at this period's size and number of features).
  public var thresholdBasis: String
  /// Whether drift is detected.
  public var detected: Bool
  /// The population stability index, reported beside every test.
  public var psi: Double?
  /// How the drift came about, for a drifting feature: `step`, `trend` or `intermittent`; `nil`
  /// when the column is stable or drifts in every period on record.
  public var pattern: String?
  /// The period the pattern began, when known.
  public var since: String?
  /// How many periods the drift has lasted (for drift in every period on record, how many
  /// periods that is).
  public var periods: Int?
  /// When the score was computed from binned statistics (an engine's histogram), how far it may
  /// be from the score the rows would give; `nil` when exact.
  public var binningError: Double?

  /// Creates a drift figure.
  public init(
    name: String, kind: String, method: String, score: Double?, threshold: Double,
    thresholdBasis: String = "default", detected: Bool, psi: Double?, pattern: String? = nil,
    since: String? = nil, periods: Int? = nil
  ) {
    self.name = name
    self.kind = kind
    self.method = method
    self.score = score
    self.threshold = threshold
    self.thresholdBasis = thresholdBasis
    self.detected = detected
    self.psi = psi
    self.pattern = pattern
    self.since = since
    self.periods = periods
  }
}

/// A column left out of drift tests.
public struct ExcludedColumnFigure: Sendable, Equatable {
  /// The column's name (untrusted text).
  public var name: String
  /// Why: `id_like` (an identifier, counter or time) or `constant`.
  public var reason: String

  /// Creates an excluded column.
  public init(name: String, reason: String) {
    self.name = name
    self.reason = reason
  }

  /// Why the column is left out, in a few words.
  public var explanation: String { DisplayName.ofExclusion(reason) }
}

/// Cost and value of one model in a period, in the report's currency.
public struct EconomicsFigures: Sendable, Equatable {
  /// Infrastructure, predictions and labelling.
  public var cost: Double
  /// What the predictions earned.
  public var value: Double
  /// Value less cost.
  public var net: Double
  /// Net value per unit of cost, `nil` when the cost is zero.
  public var roi: Double?
  /// Cost per 1,000 predictions, `nil` without predictions.
  public var costPerThousand: Double?
  /// What the period would have earned at the baseline's quality, less what it did; `nil` without a
  /// baseline.
  public var valueLost: Double?
  /// Whether value comes from estimated outcomes because the true ones are not known yet.
  public var estimated: Bool

  /// Creates economics figures.
  public init(
    cost: Double, value: Double, net: Double, roi: Double?, costPerThousand: Double?,
    valueLost: Double?, estimated: Bool
  ) {
    self.cost = cost
    self.value = value
    self.net = net
    self.roi = roi
    self.costPerThousand = costPerThousand
    self.valueLost = valueLost
    self.estimated = estimated
  }
}

/// One period of a model's trend.
public struct TrendPoint: Sendable, Equatable {
  /// The period's label.
  public var period: String
  /// Predictions made.
  public var predictions: Int
  /// Accuracy for classifiers (measured, or estimated when `estimated`), `nil` otherwise.
  public var accuracy: Double?
  /// Mean absolute error for regression models, `nil` otherwise.
  public var mae: Double?
  /// Whether `accuracy` is estimated because outcomes are not known yet.
  public var estimated: Bool
  /// The share of drifting features.
  public var driftShare: Double?
  /// Net value.
  public var net: Double?

  /// Creates a trend point.
  public init(
    period: String, predictions: Int, accuracy: Double?, mae: Double?, estimated: Bool,
    driftShare: Double?, net: Double?
  ) {
    self.period = period
    self.predictions = predictions
    self.accuracy = accuracy
    self.mae = mae
    self.estimated = estimated
    self.driftShare = driftShare
    self.net = net
  }
}
