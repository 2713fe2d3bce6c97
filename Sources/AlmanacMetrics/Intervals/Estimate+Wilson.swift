extension Estimate {
  /// A proportion with its Wilson score 95% interval.
  ///
  /// With p̂ = k/n and z = Φ⁻¹(0.975):
  ///
  ///     centre = (p̂ + z²/(2n)) / (1 + z²/n)
  ///     half   = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²))
  ///
  /// and the interval is [centre − half, centre + half], always inside [0, 1] and never empty even
  /// when k is 0 or n (unlike the Wald interval). Matches
  /// `statsmodels.stats.proportion.proportion_confint(k, n, method="wilson")`. The counts may be
  /// fractional (expected counts from estimation).
  ///
  /// Wilson, E. B. (1927), J. Am. Stat. Assoc. 22, 209-212.
  ///
  /// - Parameters:
  ///   - successes: k, with 0 ≤ k ≤ n.
  ///   - trials: n.
  /// - Returns: p̂ with the interval, or `nil` when `trials` is not positive.
  /// - Complexity: O(1).
  public static func wilson(successes: Double, trials: Double) -> Estimate? {
    guard trials > 0 else { return nil }
    let proportion = successes / trials
    let z = StandardNormal.quantile975
    let zSquaredOverN = z * z / trials
    let denominator = 1 + zSquaredOverN
    let centre = (proportion + zSquaredOverN / 2) / denominator
    let spread = (proportion * (1 - proportion) / trials + zSquaredOverN / (4 * trials))
      .squareRoot()
    let half = z / denominator * spread
    // Rounding can put a bound a hair inside the proportion at k = 0 or k = n (1 - 1e-16 for 10
    // of 10): the interval always holds the proportion itself.
    return Estimate(
      proportion, low: min(max(0, centre - half), proportion),
      high: max(min(1, centre + half), proportion))
  }

  /// A value with the symmetric normal-approximation 95% interval value ± z·standardError.
  ///
  /// - Parameters:
  ///   - value: The point value.
  ///   - standardError: Its standard error; a non-finite or negative one gives no interval.
  ///   - bounds: Where the quantity can lie; the interval is clipped to it.
  /// - Returns: The estimate.
  /// - Complexity: O(1).
  public static func normal(
    _ value: Double, standardError: Double,
    within bounds: ClosedRange<Double> = -.infinity ... .infinity
  ) -> Estimate {
    guard standardError.isFinite, standardError >= 0 else { return Estimate(value) }
    let half = StandardNormal.quantile975 * standardError
    return Estimate(
      value, low: max(bounds.lowerBound, value - half), high: min(bounds.upperBound, value + half))
  }
}
