/// The headline quality figure of a model in a period, with what it is judged against.
public struct QualityFacts: Sendable, Equatable {
  /// Which figure this is.
  public var metric: QualityMetric
  /// The value: measured on labelled predictions, or estimated when `isEstimated`.
  public var value: Double
  /// The 95% interval or estimation band, when known.
  public var low: Double?, high: Double?
  /// Whether `value` is estimated from scores because outcomes are not known yet.
  public var isEstimated: Bool
  /// The rows the value rests on: labelled predictions, or all predictions for an estimate.
  public var size: Int
  /// What the model should achieve, and where that figure comes from; `nil` when nothing says.
  public var baseline: Baseline?
  /// How much the figure moves by chance, per row, learned from the reference; `nil` when the
  /// reference has too few labelled rows.
  public var spread: Double?

  /// Creates quality facts.
  ///
  /// - Parameters:
  ///   - metric: Which figure this is.
  ///   - value: The value in the period.
  ///   - low: The lower end of the interval or band, if known.
  ///   - high: The upper end, if known.
  ///   - isEstimated: Whether the value is estimated.
  ///   - size: The rows the value rests on.
  ///   - baseline: The baseline and its source, if any.
  ///   - spread: The per-row spread learned from the reference, if any.
  public init(
    metric: QualityMetric, value: Double, low: Double? = nil, high: Double? = nil,
    isEstimated: Bool = false, size: Int, baseline: Baseline? = nil, spread: Double? = nil
  ) {
    self.metric = metric
    self.value = value
    self.low = low
    self.high = high
    self.isEstimated = isEstimated
    self.size = size
    self.baseline = baseline
    self.spread = spread
  }
}

extension QualityFacts {
  /// The figure without what it is judged against.
  public var reading: QualityReading {
    QualityReading(value: value, low: low, high: high, isEstimated: isEstimated, size: size)
  }
}

/// What a model should achieve on a figure, and where that comes from.
public struct Baseline: Sendable, Equatable {
  /// Where a baseline comes from, in the order they are preferred; raw values are the JSON
  /// report's `baseline_source`.
  public enum Source: String, Sendable, Equatable, CaseIterable {
    /// The config's `baseline` for the model: a target someone set.
    case config
    /// The model registry's metric for the serving version: what it scored when approved.
    case registry
    /// The model's own figure on the labelled rows of its reference data.
    case reference
  }

  /// The value.
  public var value: Double
  /// Where it comes from.
  public var source: Source
  /// The rows it was measured on, when it comes from the reference: its own sampling
  /// uncertainty then adds to the period's.
  public var size: Int?

  /// Creates a baseline.
  ///
  /// - Parameters:
  ///   - value: The value.
  ///   - source: Where it comes from.
  ///   - size: The reference rows behind it, for a baseline measured on the reference.
  public init(value: Double, source: Source, size: Int? = nil) {
    self.value = value
    self.source = source
    self.size = size
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
