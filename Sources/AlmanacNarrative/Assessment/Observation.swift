/// A judgement on one model before it is put into words: what was found, how serious it is, the
/// figures behind it and the advice.
///
/// The narrative turns each observation into a `Finding`; keeping the figures typed here lets tests
/// check the judgement apart from the wording.
public struct Observation: Sendable, Equatable {
  /// What kind of finding this is.
  public var kind: Finding.Kind
  /// How serious it is.
  public var severity: Status
  /// The figures behind it.
  public var evidence: Evidence
  /// What to do.
  public var recommendation: Recommendation
  /// What it costs (negative) or earns (positive) in the period, if that can be put in money.
  public var impact: Double?

  /// Creates an observation.
  ///
  /// - Parameters:
  ///   - kind: What kind of finding this is.
  ///   - severity: How serious it is.
  ///   - evidence: The figures behind it.
  ///   - recommendation: What to do.
  ///   - impact: Its money figure, if any.
  public init(
    kind: Finding.Kind, severity: Status, evidence: Evidence, recommendation: Recommendation,
    impact: Double? = nil
  ) {
    self.kind = kind
    self.severity = severity
    self.evidence = evidence
    self.recommendation = recommendation
    self.impact = impact
  }

  /// Worst first, then in the order of `Finding.Kind.allCases`: the order findings are listed in.
  ///
  /// - Parameters:
  ///   - lhs: An observation.
  ///   - rhs: Another observation.
  /// - Returns: Whether `lhs` comes first.
  public static func listedBefore(_ lhs: Observation, _ rhs: Observation) -> Bool {
    if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
    let order = Finding.Kind.allCases
    return (order.firstIndex(of: lhs.kind) ?? 0) < (order.firstIndex(of: rhs.kind) ?? 0)
  }
}

/// The figures behind an observation.
public enum Evidence: Sendable, Equatable {
  /// The quality figure got worse against a reference.
  case quality(QualityChange)
  /// Input features drifted: in a step, as a trend, on and off, or in every period on record.
  case drift(DriftChange)
  /// Too few predictions have a known outcome, for `periods` periods in a row (this one included);
  /// with whether the period's quality is estimated, how far the estimates reach beyond the
  /// reference's scores and whether the inputs drifted, both of which make estimates less certain.
  case labels(
    labelled: Int, predictions: Int, periods: Int, isEstimated: Bool, reach: EstimateReach?,
    inputsDrifted: Bool)
  /// No predictions for `silentPeriods` periods in a row (this one included). `lastVolume` is the
  /// volume of the period just before the silence, `nil` when no known period had predictions.
  case noTraffic(lastVolume: Int?, silentPeriods: Int)
  /// Volume moved far from its usual level (the median of recent periods' daily rates, over the
  /// same days, rounded); `days` is the days the logs cover when the period is partial.
  case volume(usual: Int, current: Int, days: Int?)
  /// The model cost more than it earned, for `periods` periods in a row (this one included).
  case loss(cost: Double, value: Double, isEstimated: Bool, periods: Int)
  /// Cost per 1,000 predictions rose above its usual level (the median of recent periods).
  case unitCost(usual: Double, current: Double)
}

/// A worsening of the headline quality figure beyond what chance explains.
public struct QualityChange: Sendable, Equatable {
  /// What the figure is compared with.
  public enum Reference: Sendable, Equatable {
    /// The baseline, from the source named.
    case baseline(Baseline.Source)
    /// With no baseline: the model's usual level, the median of its last `periods` figures.
    case usual(periods: Int)
  }

  /// Which figure.
  public var metric: QualityMetric
  /// What it is compared with.
  public var reference: Reference
  /// The reference value.
  public var from: Double
  /// The value in this period.
  public var to: Double
  /// The interval or band of `to`, when known.
  public var low: Double?, high: Double?
  /// Whether `to` is estimated.
  public var isEstimated: Bool
  /// The period the decline began: this one, or the first of an unbroken decline before it.
  public var since: String?
  /// How many periods the decline has lasted, this one included (periods without figures count).
  public var periods: Int
  /// When this period alone is within the noise, the figure of this and the previous period
  /// together, which carries the decline on.
  public var pooled: Double?

  /// Creates a quality change.
  ///
  /// - Parameters:
  ///   - metric: Which figure.
  ///   - reference: What it is compared with.
  ///   - from: The reference value.
  ///   - to: The value in this period.
  ///   - low: The lower end of its interval, if known.
  ///   - high: The upper end, if known.
  ///   - isEstimated: Whether `to` is estimated.
  ///   - since: The period the decline began.
  ///   - periods: How many periods it has lasted.
  ///   - pooled: The figure of this and the previous period together, when it carries the
  ///     decline on.
  public init(
    metric: QualityMetric, reference: Reference, from: Double, to: Double, low: Double? = nil,
    high: Double? = nil, isEstimated: Bool = false, since: String? = nil, periods: Int = 1,
    pooled: Double? = nil
  ) {
    self.metric = metric
    self.reference = reference
    self.from = from
    self.to = to
    self.low = low
    self.high = high
    self.isEstimated = isEstimated
    self.since = since
    self.periods = periods
    self.pooled = pooled
  }
}

/// Input features that drifted with the same pattern.
public struct DriftChange: Sendable, Equatable {
  /// The drifting features of this pattern, in the order of the data.
  public var features: [String]
  /// The earliest period the pattern began among `features` (this one when it began now); `nil`
  /// for data that differ in every period on record.
  public var since: String?
  /// How long the drift has lasted, the longest over `features`, this period included; for data
  /// that differ in every period on record, how many periods that is.
  public var periods: Int
  /// Features drifting this period, of every pattern.
  public var driftingCount: Int
  /// Features tested this period.
  public var featureCount: Int

  /// Creates a drift change.
  ///
  /// - Parameters:
  ///   - features: The drifting features of this pattern.
  ///   - since: The period the pattern began, if known.
  ///   - periods: How many periods it has lasted.
  ///   - driftingCount: Features drifting this period.
  ///   - featureCount: Features tested this period.
  public init(
    features: [String], since: String?, periods: Int, driftingCount: Int, featureCount: Int
  ) {
    self.features = features
    self.since = since
    self.periods = periods
    self.driftingCount = driftingCount
    self.featureCount = featureCount
  }
}
