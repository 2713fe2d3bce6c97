/// Accuracy and its companions for a binary classifier over one period's labelled rows.
///
/// Rates are proportions of the confusion matrix, each with its Wilson 95% interval
/// (`Estimate.wilson`); a rate is `nil` when its denominator is zero. Score-based figures need
/// `scores` (the probability of the positive class, or for ROC AUC any monotone score).
public struct BinaryClassificationMetrics: Sendable, Equatable, Codable {
  /// The number of rows.
  public var count: Int
  /// The confusion matrix at the model's own predictions.
  public var confusion: ConfusionMatrix
  /// (TP + TN)/n; `sklearn.metrics.accuracy_score`.
  public var accuracy: Estimate?
  /// TP/(TP + FP), or `nil` when nothing was predicted positive.
  ///
  /// `sklearn.metrics.precision_score`.
  public var precision: Estimate?
  /// TP/(TP + FN), the true positive rate, or `nil` when no row is actually positive.
  ///
  /// `sklearn.metrics.recall_score`.
  public var recall: Estimate?
  /// TN/(TN + FP), the true negative rate; `nil` when no row is actually negative.
  public var specificity: Estimate?
  /// (TP + FP)/n, the share of rows predicted positive.
  public var positiveRate: Estimate?
  /// 2TP/(2TP + FP + FN), or `nil` when there are no positives at all.
  ///
  /// Value only: F1 is not a proportion of rows, so it gets no Wilson interval
  /// (see ``ConfusionMatrix/f1``).
  public var f1: Estimate?
  /// The area under the ROC curve with its DeLong 95% interval; `nil` without scores or when only
  /// one class occurs (see ``rocAUC(actual:scores:)``).
  public var rocAUC: Estimate?
  /// Mean cross-entropy; `nil` without scores or when a score lies outside [0, 1]
  /// (see ``logLoss(actual:scores:)``).
  public var logLoss: Double?
  /// Mean squared difference between score and outcome; `nil` without scores or when a score lies
  /// outside [0, 1] (see ``brierScore(actual:scores:)``).
  public var brier: Double?

  /// Computes the figures a confusion matrix gives: every one but ROC AUC, log loss and Brier
  /// score, which need the scores.
  ///
  /// - Parameter matrix: The counts of the four outcomes.
  public init(confusion matrix: ConfusionMatrix) {
    count = Int(matrix.count)
    confusion = matrix
    accuracy = .wilson(
      successes: matrix.truePositives + matrix.trueNegatives, trials: matrix.count)
    precision = .wilson(successes: matrix.truePositives, trials: matrix.predictedPositives)
    recall = .wilson(successes: matrix.truePositives, trials: matrix.actualPositives)
    specificity = .wilson(
      successes: matrix.trueNegatives, trials: matrix.trueNegatives + matrix.falsePositives)
    positiveRate = .wilson(successes: matrix.predictedPositives, trials: matrix.count)
    f1 = matrix.f1.map { Estimate($0) }
  }

  /// Computes every figure for paired, already filtered rows.
  ///
  /// - Parameters:
  ///   - actual: The true classes (`true` is positive).
  ///   - predicted: The model's predicted classes.
  ///   - scores: The model's scores for the positive class, if it gives them.
  /// - Precondition: All arrays have the same length.
  /// - Complexity: O(n) without scores, O(n log n) with them (ROC AUC sorts).
  public init(actual: [Bool], predicted: [Bool], scores: [Double]?) {
    precondition(
      actual.count == predicted.count,
      "actual and predicted differ in length: \(actual.count) and \(predicted.count)")
    self.init(confusion: ConfusionMatrix(actual: actual, predicted: predicted))
    if let scores {
      precondition(
        scores.count == actual.count,
        "actual and scores differ in length: \(actual.count) and \(scores.count)")
      rocAUC = Self.rocAUC(actual: actual, scores: scores)
      logLoss = Self.logLoss(actual: actual, scores: scores)
      brier = Self.brierScore(actual: actual, scores: scores)
    }
  }

  /// Computes every figure when the model gives only scores, predicting positive where
  /// score ≥ `threshold` (as ``ConfusionMatrix/init(actual:scores:threshold:)``).
  ///
  /// - Parameters:
  ///   - actual: The true classes.
  ///   - scores: The model's scores for the positive class, paired with `actual`.
  ///   - threshold: The cut-off for a positive prediction.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n log n).
  public init(actual: [Bool], scores: [Double], threshold: Double) {
    self.init(actual: actual, predicted: scores.map { $0 >= threshold }, scores: scores)
  }
}
