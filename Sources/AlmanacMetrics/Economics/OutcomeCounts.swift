/// How many predictions of a binary classifier ended in each of the four outcomes.
///
/// Counts are `Double` so that an estimated confusion matrix (expected counts from scores, usually
/// fractional) and a measured one are handled alike.
public struct OutcomeCounts: Sendable, Equatable, Codable {
  /// Predicted positive and positive.
  public var truePositives: Double
  /// Predicted positive but negative.
  public var falsePositives: Double
  /// Predicted negative but positive.
  public var falseNegatives: Double
  /// Predicted negative and negative.
  public var trueNegatives: Double

  /// Creates outcome counts.
  ///
  /// - Parameters:
  ///   - truePositives: Predicted positive and positive.
  ///   - falsePositives: Predicted positive but negative.
  ///   - falseNegatives: Predicted negative but positive.
  ///   - trueNegatives: Predicted negative and negative.
  public init(
    truePositives: Double, falsePositives: Double, falseNegatives: Double, trueNegatives: Double
  ) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }

  /// All predictions counted.
  public var total: Double { truePositives + falsePositives + falseNegatives + trueNegatives }

  /// Predictions that were right: true positives and true negatives.
  public var correct: Double { truePositives + trueNegatives }

  /// Predictions that were wrong: false positives and false negatives.
  public var wrong: Double { falsePositives + falseNegatives }

  /// The share of right predictions, `correct / total`; `nil` when nothing was counted.
  public var accuracy: Double? { total > 0 ? correct / total : nil }

  /// The counts of two sets of predictions together.
  ///
  /// For example the measured outcomes of the labelled rows and the estimated outcomes of the rest.
  ///
  /// - Parameters:
  ///   - lhs: Some counts.
  ///   - rhs: Other counts.
  /// - Returns: Their cell-by-cell sum.
  public static func + (lhs: OutcomeCounts, rhs: OutcomeCounts) -> OutcomeCounts {
    OutcomeCounts(
      truePositives: lhs.truePositives + rhs.truePositives,
      falsePositives: lhs.falsePositives + rhs.falsePositives,
      falseNegatives: lhs.falseNegatives + rhs.falseNegatives,
      trueNegatives: lhs.trueNegatives + rhs.trueNegatives)
  }
}
