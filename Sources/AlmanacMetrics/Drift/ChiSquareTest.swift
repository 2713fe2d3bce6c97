/// Pearson's chi-square goodness-of-fit test of current counts against scaled reference counts.
///
/// Expected counts are eᵢ = refᵢ · (n_cur/n_ref) over the union of categories (Evidently's
/// `chisquare` drift test); χ² = Σ (curᵢ − eᵢ)²/eᵢ with k − 1 degrees of freedom, p = Q((k−1)/2, χ²/2)
/// as `scipy.stats.chisquare(cur, e)`. Bins empty on both sides are left out (they are not
/// categories of either period; SciPy would turn them into 0/0). A category absent from the
/// reference but present now has eᵢ = 0, so χ² = +∞ and p = 0: a new category is drift.
public struct ChiSquareTest: Sendable, Equatable, Codable {
  /// The statistic χ² (may be +∞, see above).
  public var statistic: Double
  /// The p-value.
  public var pValue: Double
  /// k − 1 for k categories.
  public var degreesOfFreedom: Int

  /// Runs the test; `nil` when a side is empty or there is only one category.
  ///
  /// - Parameter table: Counts per category or bin.
  /// - Complexity: O(k) plus one incomplete gamma evaluation.
  public init?(_ table: FrequencyTable) {
    let referenceTotal = CompensatedSum.of(table.reference)
    let currentTotal = CompensatedSum.of(table.current)
    let categories = zip(table.reference, table.current).count { $0 + $1 > 0 }
    guard referenceTotal > 0, currentTotal > 0, categories > 1 else { return nil }
    let scale = currentTotal / referenceTotal
    var sum = CompensatedSum()
    for (reference, observed) in zip(table.reference, table.current) where reference + observed > 0
    {
      let expected = reference * scale
      let difference = observed - expected
      sum.add(expected > 0 ? difference * difference / expected : .infinity)
    }
    statistic = sum.value
    degreesOfFreedom = categories - 1
    pValue = ChiSquaredDistribution.survival(statistic, degreesOfFreedom: Double(degreesOfFreedom))
  }
}
