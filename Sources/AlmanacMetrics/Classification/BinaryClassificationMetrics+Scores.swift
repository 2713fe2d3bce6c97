import RealModule

extension BinaryClassificationMetrics {
  /// The mean log loss (cross-entropy) of probability scores.
  ///
  /// −(1/n) Σ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] with both pᵢ and 1 − pᵢ clipped to [ε, 1 − ε],
  /// ε = 2⁻⁵² (`Double.ulpOfOne`), as `sklearn.metrics.log_loss(actual, scores, labels=[0, 1])`
  /// does since 1.5 (so a confident wrong answer costs at most −log ε ≈ 36.04). Summed with
  /// compensation.
  ///
  /// - Parameters:
  ///   - actual: The true classes.
  ///   - scores: Probabilities of the positive class, paired with `actual`.
  /// - Returns: The loss, or `nil` for no rows or a score outside [0, 1] (or NaN).
  /// - Complexity: O(n).
  public static func logLoss(actual: [Bool], scores: [Double]) -> Double? {
    guard !actual.isEmpty, scores.allSatisfy({ (0...1).contains($0) }) else { return nil }
    let epsilon = Double.ulpOfOne
    var sum = CompensatedSum()
    for (truth, score) in zip(actual, scores) {
      let probability = truth ? score : 1 - score
      sum.add(-Double.log(min(max(probability, epsilon), 1 - epsilon)))
    }
    return sum.value / Double(actual.count)
  }

  /// The Brier score: the mean of (pᵢ − yᵢ)².
  ///
  /// Matches `sklearn.metrics.brier_score_loss(actual, scores)`.
  ///
  /// - Parameters:
  ///   - actual: The true classes.
  ///   - scores: Probabilities of the positive class, paired with `actual`.
  /// - Returns: The score in [0, 1], or `nil` for no rows or a score outside [0, 1] (or NaN).
  /// - Complexity: O(n).
  public static func brierScore(actual: [Bool], scores: [Double]) -> Double? {
    guard !actual.isEmpty, scores.allSatisfy({ (0...1).contains($0) }) else { return nil }
    var sum = CompensatedSum()
    for (truth, score) in zip(actual, scores) {
      let error = score - (truth ? 1 : 0)
      sum.add(error * error)
    }
    return sum.value / Double(actual.count)
  }
}
