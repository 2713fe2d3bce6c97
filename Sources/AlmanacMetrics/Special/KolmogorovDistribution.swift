import RealModule

/// Kolmogorov's limiting distribution of √n·Dₙ, the scaled two-sided one-sample KS statistic.
///
/// Two series for the same function, each used where it converges in a few terms (switch at 0.82):
/// - y ≤ 0.82: K(y) = (√(2π)/y) Σₖ≥₁ exp(−(2k−1)²π²/(8y²)) (Jacobi theta form), P = 1 − K;
/// - y > 0.82: P(y) = 2 Σₖ≥₁ (−1)ᵏ⁻¹ exp(−2k²y²).
/// For y ≤ π/√(8·746) ≈ 0.0406 the first series underflows and the survival is exactly 1.
/// This is the distribution `scipy.special.kolmogorov` evaluates (`scipy.stats.kstwobign`).
public enum KolmogorovDistribution {
  /// The survival function P(√n·Dₙ > y) in the limit n → ∞.
  ///
  /// Matches `scipy.special.kolmogorov(y)`.
  ///
  /// - Parameter y: The scaled statistic; y ≤ 0 gives 1.
  /// - Returns: The probability in [0, 1], or NaN for NaN.
  /// - Complexity: O(1) (at most a handful of terms).
  public static func survival(_ y: Double) -> Double {
    if y.isNaN { return .nan }
    if y <= cutover { return 1 - cdfSmallArgument(y) }
    return survivalLargeArgument(y)
  }

  /// The distribution function P(√n·Dₙ ≤ y) in the limit n → ∞.
  ///
  /// Matches `scipy.stats.kstwobign.cdf(y)`.
  ///
  /// - Parameter y: The scaled statistic; y ≤ 0 gives 0.
  /// - Returns: The probability in [0, 1], or NaN for NaN.
  /// - Complexity: O(1).
  public static func cdf(_ y: Double) -> Double {
    if y.isNaN { return .nan }
    if y <= cutover { return cdfSmallArgument(y) }
    return 1 - survivalLargeArgument(y)
  }

  private static let cutover = 0.82

  /// The theta-function series, accurate where K(y) is small.
  static func cdfSmallArgument(_ y: Double) -> Double {
    guard y > underflowLimit else { return 0 }
    let scale = (2 * Double.pi).squareRoot() / y
    let exponentUnit = -Double.pi * Double.pi / (8 * y * y)
    var sum = 0.0
    var k = 1.0
    while true {
      let odd = 2 * k - 1
      let term = Double.exp(exponentUnit * odd * odd)
      sum += term
      if term <= sum * Double.ulpOfOne { break }
      k += 1
    }
    if sum == 0 {
      return Double.exp(exponentUnit + Double.log(scale))
    }
    return min(1, max(0, scale * sum))
  }

  /// The alternating series 2 Σ (−1)ᵏ⁻¹ exp(−2k²y²), accurate where the survival is small.
  private static func survivalLargeArgument(_ y: Double) -> Double {
    var sum = 0.0
    var sign = 1.0
    var k = 1.0
    while true {
      let term = Double.exp(-2 * k * k * y * y)
      sum += sign * term
      if term <= abs(sum) * Double.ulpOfOne { break }
      sign = -sign
      k += 1
    }
    return min(1, max(0, 2 * sum))
  }

  /// π/√(8·746): below it every term of the theta series underflows.
  private static let underflowLimit = 0.040611972203751713
}
