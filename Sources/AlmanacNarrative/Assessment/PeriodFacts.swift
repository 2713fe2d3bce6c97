/// The main figures of an earlier period, for trends, usual levels and drift patterns.
public struct PeriodFacts: Sendable, Equatable {
  /// The period's label.
  public var period: String
  /// Predictions made.
  public var predictions: Int
  /// Predictions whose outcome is known (as known now, not as known then).
  public var labelled: Int
  /// The headline quality figure (same metric as `QualityFacts`), if known.
  public var quality: Double?
  /// Whether `quality` is estimated.
  public var isQualityEstimated: Bool
  /// Every tested input feature, as in `DriftFacts.features`; empty when not known.
  public var drift: [FeatureDriftFacts]
  /// Net value, if economics were configured.
  public var net: Double?
  /// Cost per 1,000 predictions, if economics were configured and there were predictions.
  public var costPerThousand: Double?

  /// Creates the figures of an earlier period.
  ///
  /// - Parameters:
  ///   - period: The period's label.
  ///   - predictions: Predictions made.
  ///   - labelled: Predictions whose outcome is known.
  ///   - quality: The headline quality figure, if known.
  ///   - isQualityEstimated: Whether `quality` is estimated.
  ///   - drift: Every tested input feature.
  ///   - net: Net value, if known.
  ///   - costPerThousand: Cost per 1,000 predictions, if known.
  public init(
    period: String, predictions: Int, labelled: Int, quality: Double? = nil,
    isQualityEstimated: Bool = false, drift: [FeatureDriftFacts] = [], net: Double? = nil,
    costPerThousand: Double? = nil
  ) {
    self.period = period
    self.predictions = predictions
    self.labelled = labelled
    self.quality = quality
    self.isQualityEstimated = isQualityEstimated
    self.drift = drift
    self.net = net
    self.costPerThousand = costPerThousand
  }
}
