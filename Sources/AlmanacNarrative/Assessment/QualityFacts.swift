/// The headline quality figure of a model in a period.
public struct QualityFacts: Sendable, Equatable {
  /// Which figure this is.
  public var metric: QualityMetric
  /// The value: measured on labelled predictions, or estimated when `isEstimated`.
  public var value: Double
  /// The 95% interval or estimation band, when known.
  public var low: Double?, high: Double?
  /// Whether `value` is estimated from scores because outcomes are not known yet.
  public var isEstimated: Bool
  /// The registry's baseline for the serving version: what it scored when it was approved.
  public var baseline: Double?

  /// Creates quality facts.
  ///
  /// - Parameters:
  ///   - metric: Which figure this is.
  ///   - value: The value in the period.
  ///   - low: The lower end of the interval or band, if known.
  ///   - high: The upper end, if known.
  ///   - isEstimated: Whether the value is estimated.
  ///   - baseline: The registry's baseline, if any.
  public init(
    metric: QualityMetric, value: Double, low: Double? = nil, high: Double? = nil,
    isEstimated: Bool = false, baseline: Double? = nil
  ) {
    self.metric = metric
    self.value = value
    self.low = low
    self.high = high
    self.isEstimated = isEstimated
    self.baseline = baseline
  }
}

/// The headline quality figure a model is judged by.
public enum QualityMetric: String, Sendable, Equatable, CaseIterable {
  /// The share of right predictions of a classifier, 0 to 1; higher is better.
  case accuracy
  /// The mean absolute error of a regression model, in the target's units; lower is better.
  case mae

  /// The figure for a task: accuracy for classifiers, mean absolute error for regression.
  ///
  /// - Parameter task: What the model does.
  /// - Returns: The metric the model is judged by.
  public static func headline(for task: ModelTask) -> QualityMetric {
    task == .regression ? .mae : .accuracy
  }
}
