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
}
