extension ConfusionMatrix {
  /// Predictions that were right: true positives and true negatives.
  public var correct: Double { truePositives + trueNegatives }

  /// Predictions that were wrong: false positives and false negatives.
  public var wrong: Double { falsePositives + falseNegatives }

  /// The cells of two sets of predictions together.
  ///
  /// For example the measured outcomes of the labelled rows and the expected outcomes of the rows
  /// whose outcome is not known yet.
  ///
  /// - Parameters:
  ///   - lhs: Some counts.
  ///   - rhs: Other counts.
  /// - Returns: Their cell-by-cell sum.
  public static func + (lhs: ConfusionMatrix, rhs: ConfusionMatrix) -> ConfusionMatrix {
    ConfusionMatrix(
      truePositives: lhs.truePositives + rhs.truePositives,
      falsePositives: lhs.falsePositives + rhs.falsePositives,
      falseNegatives: lhs.falseNegatives + rhs.falseNegatives,
      trueNegatives: lhs.trueNegatives + rhs.trueNegatives)
  }
}
