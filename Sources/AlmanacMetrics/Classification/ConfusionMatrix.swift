/// The four cells of a binary confusion matrix.
///
/// Counts are `Double` so that an *expected* matrix (fractional counts from
/// ``PerformanceEstimate``) has the same type as an observed one. "Positive" is `true`.
public struct ConfusionMatrix: Sendable, Equatable, Codable {
  /// Rows that are actually positive and predicted positive.
  public var truePositives: Double
  /// Rows that are actually negative but predicted positive.
  public var falsePositives: Double
  /// Rows that are actually positive but predicted negative.
  public var falseNegatives: Double
  /// Rows that are actually negative and predicted negative.
  public var trueNegatives: Double

  /// Creates a matrix from its cells.
  ///
  /// - Parameters:
  ///   - truePositives: Actual positive, predicted positive.
  ///   - falsePositives: Actual negative, predicted positive.
  ///   - falseNegatives: Actual positive, predicted negative.
  ///   - trueNegatives: Actual negative, predicted negative.
  public init(
    truePositives: Double, falsePositives: Double, falseNegatives: Double, trueNegatives: Double
  ) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }

  /// Counts paired outcomes and predictions.
  ///
  /// - Parameters:
  ///   - actual: The true classes.
  ///   - predicted: The predicted classes, paired with `actual`.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n).
  public init(actual: [Bool], predicted: [Bool]) {
    precondition(
      actual.count == predicted.count,
      "actual and predicted differ in length: \(actual.count) and \(predicted.count)")
    var cells = (0, 0, 0, 0)
    for (truth, guess) in zip(actual, predicted) {
      switch (truth, guess) {
      case (true, true): cells.0 += 1
      case (false, true): cells.1 += 1
      case (true, false): cells.2 += 1
      case (false, false): cells.3 += 1
      }
    }
    self.init(
      truePositives: Double(cells.0), falsePositives: Double(cells.1),
      falseNegatives: Double(cells.2), trueNegatives: Double(cells.3))
  }

  /// Counts outcomes against scores cut at a threshold: a score ≥ `threshold` is a positive
  /// prediction (as `scikit-learn`'s ROC curve treats its thresholds).
  ///
  /// - Parameters:
  ///   - actual: The true classes.
  ///   - scores: The scores, paired with `actual`; NaN is never ≥ the threshold, so it counts as
  ///     a negative prediction (the caller normally drops such rows first).
  ///   - threshold: The cut-off.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n).
  public init(actual: [Bool], scores: [Double], threshold: Double) {
    precondition(
      actual.count == scores.count,
      "actual and scores differ in length: \(actual.count) and \(scores.count)")
    self.init(actual: actual, predicted: scores.map { $0 >= threshold })
  }

  /// All rows: the sum of the four cells.
  public var count: Double { truePositives + falsePositives + falseNegatives + trueNegatives }

  /// Rows predicted positive (true and false positives).
  public var predictedPositives: Double { truePositives + falsePositives }

  /// Rows actually positive (true positives and false negatives).
  public var actualPositives: Double { truePositives + falseNegatives }

  /// F1 = 2TP/(2TP + FP + FN), the harmonic mean of precision and recall.
  ///
  /// Matches `sklearn.metrics.f1_score` except where that returns 0 by its `zero_division` rule.
  ///
  /// - Returns: The score, or `nil` when there are no true positives, false positives or false
  ///   negatives (no positive class in sight, so F1 is undefined).
  public var f1: Double? {
    let denominator = 2 * truePositives + falsePositives + falseNegatives
    return denominator > 0 ? 2 * truePositives / denominator : nil
  }
}
