/// The main figures of an earlier period, for trends, usual levels, durations and drift patterns.
public struct PeriodFacts: Sendable, Equatable {
  /// The period's label.
  public var period: String
  /// Predictions made.
  public var predictions: Int
  /// Predictions whose outcome is known (as known now, not as known then).
  public var labelled: Int
  /// The headline quality figure (same metric as `QualityFacts`), if known.
  public var quality: QualityReading?
  /// Every tested input feature, as in `DriftFacts.features`; empty when not known.
  public var drift: [FeatureDriftFacts]
  /// Net value, if economics were configured.
  public var net: Double?
  /// Cost per 1,000 predictions, if economics were configured and there were predictions.
  public var costPerThousand: Double?
  /// The days of the period the logs cover, `nil` when every day is covered or it is not known.
  public var coveredDays: Int?

  /// Creates the figures of an earlier period.
  ///
  /// - Parameters:
  ///   - period: The period's label.
  ///   - predictions: Predictions made.
  ///   - labelled: Predictions whose outcome is known.
  ///   - quality: The headline quality figure, if known.
  ///   - drift: Every tested input feature.
  ///   - net: Net value, if known.
  ///   - costPerThousand: Cost per 1,000 predictions, if known.
  ///   - coveredDays: The days the logs cover, when fewer than the period's.
  public init(
    period: String, predictions: Int, labelled: Int, quality: QualityReading? = nil,
    drift: [FeatureDriftFacts] = [], net: Double? = nil, costPerThousand: Double? = nil,
    coveredDays: Int? = nil
  ) {
    self.period = period
    self.predictions = predictions
    self.labelled = labelled
    self.quality = quality
    self.drift = drift
    self.net = net
    self.costPerThousand = costPerThousand
    self.coveredDays = coveredDays
  }
}

/// A quality figure as measured, or estimated, in one period.
public struct QualityReading: Sendable, Equatable {
  /// The value.
  public var value: Double
  /// Its 95% interval or estimation band, when known.
  public var low: Double?, high: Double?
  /// Whether it is estimated from scores because outcomes are not known yet.
  public var isEstimated: Bool
  /// The rows it rests on: labelled predictions, or all predictions for an estimate.
  public var size: Int

  /// Creates a reading.
  ///
  /// - Parameters:
  ///   - value: The value.
  ///   - low: The lower end of its interval, if known.
  ///   - high: The upper end, if known.
  ///   - isEstimated: Whether it is estimated.
  ///   - size: The rows it rests on.
  public init(
    value: Double, low: Double? = nil, high: Double? = nil, isEstimated: Bool = false, size: Int
  ) {
    self.value = value
    self.low = low
    self.high = high
    self.isEstimated = isEstimated
    self.size = size
  }
}
