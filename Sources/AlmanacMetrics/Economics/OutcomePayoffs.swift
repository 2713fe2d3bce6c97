/// What each outcome of a binary classifier is worth to the business, negative for a loss.
///
/// From the config's `outcomes` (e.g. a caught default saves 1,200, a wrongly declined good customer
/// costs 150).
public struct OutcomePayoffs: Sendable, Equatable, Codable {
  /// Value of a true positive.
  public var truePositive: Double
  /// Value of a false positive.
  public var falsePositive: Double
  /// Value of a false negative.
  public var falseNegative: Double
  /// Value of a true negative.
  public var trueNegative: Double

  /// Creates outcome payoffs.
  ///
  /// - Parameters:
  ///   - truePositive: Value of a true positive.
  ///   - falsePositive: Value of a false positive.
  ///   - falseNegative: Value of a false negative.
  ///   - trueNegative: Value of a true negative.
  public init(
    truePositive: Double, falsePositive: Double, falseNegative: Double, trueNegative: Double
  ) {
    self.truePositive = truePositive
    self.falsePositive = falsePositive
    self.falseNegative = falseNegative
    self.trueNegative = trueNegative
  }

  /// The value of a set of outcomes: `tp x v_tp + fp x v_fp + fn x v_fn + tn x v_tn`.
  ///
  /// - Parameter counts: Measured or estimated outcome counts.
  /// - Returns: The total value; 0 for no outcomes.
  /// - Complexity: O(1).
  public func value(of counts: ConfusionMatrix) -> Double {
    counts.truePositives * truePositive + counts.falsePositives * falsePositive
      + counts.falseNegatives * falseNegative + counts.trueNegatives * trueNegative
  }

  /// What the same predictions would have earned at the baseline's accuracy, less what they earned.
  ///
  /// Formula: `(n x a_b - c) x (v_right - v_wrong)`, where `n` is `counts.count`, `a_b` the baseline
  /// accuracy, `c` the right predictions (`tp + tn`), `v_right = (tp x v_tp + tn x v_tn) / (tp + tn)`
  /// the average value of a right prediction and `v_wrong = (fp x v_fp + fn x v_fn) / (fp + fn)` that
  /// of a wrong one in this period. When a group is empty its average is the plain mean of its two
  /// payoffs (`(v_tp + v_tn) / 2` or `(v_fp + v_fn) / 2`).
  ///
  /// Why this form: the registry gives a baseline accuracy, not a baseline confusion matrix, so the
  /// comparison moves only the split between right and wrong answers to the baseline's and keeps the
  /// period's own mix within each group (how many of the right answers were caught positives, and how
  /// many of the wrong ones were false alarms). `n x a_b - c` is the number of extra right answers the
  /// baseline would have given; each is worth the gap between a right and a wrong answer.
  ///
  /// The result is signed: negative when the model beat its baseline (a gain), so portfolio sums net
  /// losses against gains.
  ///
  /// - Parameters:
  ///   - counts: Measured or estimated outcome counts of the period.
  ///   - baselineAccuracy: The accuracy the serving version scored when it was approved, 0 to 1.
  /// - Returns: Value lost; 0 when nothing was counted. Non-finite inputs propagate.
  /// - Complexity: O(1).
  public func valueLost(at counts: ConfusionMatrix, baselineAccuracy: Double) -> Double {
    let right = counts.correct
    let wrong = counts.wrong
    let valueRight =
      right > 0
      ? (counts.truePositives * truePositive + counts.trueNegatives * trueNegative) / right
      : (truePositive + trueNegative) / 2
    let valueWrong =
      wrong > 0
      ? (counts.falsePositives * falsePositive + counts.falseNegatives * falseNegative) / wrong
      : (falsePositive + falseNegative) / 2
    return (counts.count * baselineAccuracy - right) * (valueRight - valueWrong)
  }
}
