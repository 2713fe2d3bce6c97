/// Accuracy and macro-averaged F1 for a classifier whose prediction is one of many class labels.
public struct MulticlassMetrics: Sendable, Equatable, Codable {
  /// The number of rows.
  public var count: Int
  /// The number of distinct labels in the actual and predicted columns together.
  public var labelCount: Int
  /// The share of rows predicted exactly right, or `nil` for no rows.
  ///
  /// With its Wilson 95% interval; `sklearn.metrics.accuracy_score`.
  public var accuracy: Estimate?
  /// The unweighted mean of each label's one-vs-rest F1, or `nil` for no rows.
  ///
  /// F1 = 2TP/(2TP + FP + FN) per label, over the union of actual and predicted labels (every such
  /// label has a non-zero denominator).
  /// Matches `sklearn.metrics.f1_score(actual, predicted, average="macro")`.
  public var macroF1: Double?

  /// Computes the figures for paired, already filtered rows.
  ///
  /// - Parameters:
  ///   - actual: The true class codes.
  ///   - predicted: The predicted class codes, in the same code space as `actual`.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n + k log k) for k labels (hashing per row).
  public init(actual: [Int32], predicted: [Int32]) {
    precondition(
      actual.count == predicted.count,
      "actual and predicted differ in length: \(actual.count) and \(predicted.count)")
    count = actual.count
    var tallies: [Int32: LabelTally] = [:]
    var correct = 0
    for (truth, guess) in zip(actual, predicted) {
      if truth == guess {
        correct += 1
        tallies[truth, default: LabelTally()].truePositives += 1
      } else {
        tallies[truth, default: LabelTally()].falseNegatives += 1
        tallies[guess, default: LabelTally()].falsePositives += 1
      }
    }
    labelCount = tallies.count
    accuracy = .wilson(successes: Double(correct), trials: Double(actual.count))
    guard !tallies.isEmpty else {
      macroF1 = nil
      return
    }
    var sum = CompensatedSum()
    for label in tallies.keys.sorted() {
      guard let tally = tallies[label] else { continue }
      let denominator = Double(
        2 * tally.truePositives + tally.falsePositives + tally.falseNegatives)
      sum.add(2 * Double(tally.truePositives) / denominator)
    }
    macroF1 = sum.value / Double(tallies.count)
  }

  /// One label's one-vs-rest counts.
  private struct LabelTally {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
  }
}
