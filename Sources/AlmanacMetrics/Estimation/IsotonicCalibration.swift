/// A monotone map from a model's scores to calibrated probabilities, fitted on labelled reference
/// rows by isotonic regression.
///
/// Fitting follows `sklearn.isotonic.IsotonicRegression(out_of_bounds="clip").fit(scores, y)`:
/// rows with equal scores are pooled into one point (mean outcome, weight = row count), then the
/// pool-adjacent-violators algorithm merges neighbouring points into blocks until the block means
/// are non-decreasing; every point takes its block's mean (the least-squares non-decreasing fit,
/// which is unique). ``probability(forScore:)`` clips a score to the fitted range and interpolates
/// linearly between neighbouring points, as scikit-learn's `predict` does.
///
/// Barlow, R. E. et al. (1972), "Statistical Inference under Order Restrictions", Wiley;
/// Zadrozny, B. and Elkan, C. (2002), KDD, 694-699 (isotonic calibration of classifiers).
public struct IsotonicCalibration: Sendable, Equatable, Codable {
  /// The distinct reference scores, ascending.
  public let scores: [Double]
  /// The calibrated probability at each of ``scores``, non-decreasing.
  public let probabilities: [Double]
  /// For each of ``scores``, the index of its block in ``blockSizes``.
  let blockOfPoint: [Int]
  /// Reference rows per block (the weight behind each block's mean).
  let blockSizes: [Double]
  /// Each block's fitted probability (its mean outcome).
  let blockProbabilities: [Double]

  /// Fits the calibration; `nil` for no rows.
  ///
  /// - Parameters:
  ///   - scores: Reference scores (no NaN), paired with `actual`.
  ///   - actual: Reference outcomes.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n): each class's scores are radix-sorted and merged into distinct points,
  ///   then pooled in one pass.
  public init?(scores: [Double], actual: [Bool]) {
    precondition(
      scores.count == actual.count,
      "scores and actual differ in length: \(scores.count) and \(actual.count)")
    guard !scores.isEmpty else { return nil }
    precondition(!scores.contains { $0.isNaN }, "scores must not contain NaN")
    var positiveScores: [Double] = []
    var negativeScores: [Double] = []
    for (score, outcome) in zip(scores, actual) {
      if outcome { positiveScores.append(score) } else { negativeScores.append(score) }
    }
    var points: [Double] = []
    var positives: [Double] = []
    var weights: [Double] = []
    for step in SortedMerge(RadixSort.sorted(positiveScores), RadixSort.sorted(negativeScores)) {
      points.append(step.value)
      positives.append(Double(step.firstTies))
      weights.append(Double(step.firstTies + step.secondTies))
    }
    var blocks: [(positives: Double, weight: Double, points: Int)] = []
    for (positive, weight) in zip(positives, weights) {
      blocks.append((positive, weight, 1))
      while blocks.count > 1 {
        let last = blocks[blocks.count - 1]
        let previous = blocks[blocks.count - 2]
        guard previous.positives / previous.weight > last.positives / last.weight else { break }
        blocks.removeLast(2)
        blocks.append(
          (
            previous.positives + last.positives, previous.weight + last.weight,
            previous.points + last.points
          ))
      }
    }
    let means = blocks.map { $0.positives / $0.weight }
    var fitted: [Double] = []
    var membership: [Int] = []
    fitted.reserveCapacity(points.count)
    membership.reserveCapacity(points.count)
    for (index, block) in blocks.enumerated() {
      fitted.append(contentsOf: repeatElement(means[index], count: block.points))
      membership.append(contentsOf: repeatElement(index, count: block.points))
    }
    self.scores = points
    probabilities = fitted
    blockOfPoint = membership
    blockSizes = blocks.map(\.weight)
    blockProbabilities = means
  }

  /// The calibrated probability of the positive class for a score.
  ///
  /// - Parameter score: A score (no NaN); outside the fitted range it is clipped to the range.
  /// - Returns: The probability in [0, 1].
  /// - Complexity: O(log k) for k distinct reference scores.
  public func probability(forScore score: Double) -> Double {
    locate(score).probability
  }

  /// Where a score falls: the fitted point at or below it, the interpolation weight of the next
  /// point (0 at or outside the ends) and the interpolated probability.
  func locate(_ score: Double) -> (lower: Int, weight: Double, probability: Double) {
    let last = scores.count - 1
    if score <= scores[0] { return (0, 0, probabilities[0]) }
    if score >= scores[last] { return (last, 0, probabilities[last]) }
    var low = 0
    var high = last
    while high - low > 1 {
      let middle = (low + high) / 2
      if scores[middle] <= score { low = middle } else { high = middle }
    }
    let weight = (score - scores[low]) / (scores[low + 1] - scores[low])
    return (low, weight, probabilities[low] * (1 - weight) + probabilities[low + 1] * weight)
  }
}
