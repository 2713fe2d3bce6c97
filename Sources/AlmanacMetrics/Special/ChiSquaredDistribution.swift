/// The chi-squared distribution with k degrees of freedom.
public enum ChiSquaredDistribution {
  /// The survival function P(X > x) = Q(k/2, x/2).
  ///
  /// Matches `scipy.stats.chi2.sf(x, k)` (and `scipy.special.chdtrc(k, x)`); relatively accurate
  /// for tiny p-values because Q is computed directly in the upper tail (see `IncompleteGamma`).
  ///
  /// - Parameters:
  ///   - x: The statistic; +∞ gives 0, x ≤ 0 gives 1.
  ///   - degreesOfFreedom: k > 0.
  /// - Returns: The upper-tail probability, or NaN when k ≤ 0 or an argument is NaN.
  /// - Complexity: That of `IncompleteGamma.regularizedUpper`.
  public static func survival(_ x: Double, degreesOfFreedom: Double) -> Double {
    guard !x.isNaN, degreesOfFreedom > 0 else { return .nan }
    if x <= 0 { return 1 }
    return IncompleteGamma.regularizedUpper(degreesOfFreedom / 2, x / 2)
  }

  /// The inverse survival function: the x with P(X > x) = p.
  ///
  /// Bisection on the survival function, bracketing the root by doubling and halving until the
  /// interval is within 4 ulps; matches `scipy.stats.chi2.isf(p, k)` to about 1e-13 relative.
  ///
  /// - Parameters:
  ///   - p: The upper-tail probability; 1 gives 0, 0 gives +∞.
  ///   - degreesOfFreedom: k > 0, not necessarily whole.
  /// - Returns: The quantile, or NaN when k ≤ 0 or p is outside [0, 1] or NaN.
  /// - Complexity: O(log(1/ε)) survival evaluations, about 1,100 at most.
  public static func inverseSurvival(_ p: Double, degreesOfFreedom: Double) -> Double {
    guard p >= 0, p <= 1, degreesOfFreedom > 0 else { return .nan }
    if p == 1 { return 0 }
    if p == 0 { return .infinity }
    var low = 0.0
    var high = max(degreesOfFreedom, 1)
    while survival(high, degreesOfFreedom: degreesOfFreedom) > p {
      low = high
      high *= 2
      if !high.isFinite { return .infinity }
    }
    while high - low > 4 * high.ulp {
      let middle = low + (high - low) / 2
      guard middle > low, middle < high else { break }
      if survival(middle, degreesOfFreedom: degreesOfFreedom) > p {
        low = middle
      } else {
        high = middle
      }
    }
    return low + (high - low) / 2
  }
}
