/// An estimate made before the labels arrived, set beside the figure the labels show.
public struct EstimateCheck: Sendable, Equatable, Codable {
  /// The estimate from scores alone.
  public var estimate: Estimate
  /// The figure computed from the labels.
  public var actual: Double

  /// Pairs an estimate with the truth.
  ///
  /// - Parameters:
  ///   - estimate: The estimate.
  ///   - actual: The labelled figure.
  public init(estimate: Estimate, actual: Double) {
    self.estimate = estimate
    self.actual = actual
  }

  /// estimate − actual: positive means the estimate was optimistic.
  public var error: Double { estimate.value - actual }

  /// Whether the truth lies inside the estimate's band (ends included); `false` without a band.
  public var isWithinBand: Bool {
    guard let low = estimate.low, let high = estimate.high else { return false }
    return low <= actual && actual <= high
  }
}

/// Estimated and labelled performance side by side, for a period that has labels.
public struct PerformanceCheck: Sendable, Equatable, Codable {
  /// Accuracy, when both sides define it.
  public var accuracy: EstimateCheck?
  /// Precision, when both sides define it.
  public var precision: EstimateCheck?
  /// Recall, when both sides define it.
  public var recall: EstimateCheck?
  /// F1, when both sides define it.
  public var f1: EstimateCheck?
  /// ROC AUC, when both sides define it (the labelled side needs scores).
  public var rocAUC: EstimateCheck?
}

extension PerformanceEstimate {
  /// Sets this estimate beside the metrics computed from the same rows' labels.
  ///
  /// - Parameter truth: Metrics from the labelled rows of the same period (ideally the same rows).
  /// - Returns: One check per metric defined on both sides.
  public func compared(with truth: BinaryClassificationMetrics) -> PerformanceCheck {
    func pair(_ estimate: Estimate?, _ actual: Estimate?) -> EstimateCheck? {
      guard let estimate, let actual else { return nil }
      return EstimateCheck(estimate: estimate, actual: actual.value)
    }
    return PerformanceCheck(
      accuracy: pair(accuracy, truth.accuracy), precision: pair(precision, truth.precision),
      recall: pair(recall, truth.recall), f1: pair(f1, truth.f1),
      rocAUC: pair(rocAUC, truth.rocAUC))
  }
}
