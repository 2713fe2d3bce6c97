import RealModule

/// The standard normal distribution N(0, 1).
///
/// Both tails are computed from the complementary error function, so a tail probability keeps its
/// relative accuracy far out (about 1e-15 relative down to the underflow near |x| = 38.5), unlike
/// `1 - cdf(x)`, which rounds to 0 beyond x ≈ 8.3.
public enum StandardNormal {
  /// The 97.5% quantile, Φ⁻¹(0.975), used for two-sided 95% intervals (`scipy.stats.norm.ppf(0.975)`).
  public static let quantile975 = 1.959963984540054

  /// The cumulative distribution function Φ(x) = P(Z ≤ x).
  ///
  /// Φ(x) = erfc(−x/√2)/2; matches `scipy.special.ndtr(x)` (and `scipy.stats.norm.cdf`).
  ///
  /// - Parameter x: Any value; ±∞ give 1 and 0, NaN gives NaN.
  /// - Returns: The probability, relatively accurate in the lower tail.
  /// - Complexity: O(1).
  public static func cdf(_ x: Double) -> Double {
    0.5 * Double.erfc(-x * halfSquareRootOfTwo)
  }

  /// The survival function 1 − Φ(x) = P(Z > x), computed without cancellation.
  ///
  /// Matches `scipy.special.ndtr(-x)` (and `scipy.stats.norm.sf`).
  ///
  /// - Parameter x: Any value; NaN gives NaN.
  /// - Returns: The upper-tail probability, relatively accurate in the upper tail.
  /// - Complexity: O(1).
  public static func survival(_ x: Double) -> Double {
    cdf(-x)
  }

  /// √2 / 2 rounded to the nearest `Double`.
  private static let halfSquareRootOfTwo = 0.7071067811865476
}
