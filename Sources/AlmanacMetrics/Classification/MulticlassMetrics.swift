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
    var pairs: [Int64: Int] = [:]
    for (truth, guess) in zip(actual, predicted) {
      pairs[Int64(truth) << 32 | Int64(UInt32(bitPattern: guess)), default: 0] += 1
    }
    self.init(
      counts: pairs.map { key, rows in
        (Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key), rows)
      })
  }

  /// Computes the figures from the rows counted per pair of actual and predicted class, as an
  /// engine returns them.
  ///
  /// - Parameter counts: Each pair of class codes with its number of rows.
  public init(counts: [(actual: Int32, predicted: Int32, rows: Int)]) {
    count = counts.reduce(0) { $0 + $1.rows }
    var tallies: [Int32: LabelTally] = [:]
    var correct = 0
    for (truth, guess, rows) in counts where rows > 0 {
      if truth == guess {
        correct += rows
        tallies[truth, default: LabelTally()].truePositives += rows
      } else {
        tallies[truth, default: LabelTally()].falseNegatives += rows
        tallies[guess, default: LabelTally()].falsePositives += rows
      }
    }
    labelCount = tallies.count
    accuracy = .wilson(successes: Double(correct), trials: Double(count))
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
