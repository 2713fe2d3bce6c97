import RealModule

/// The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ tᵃ⁻¹ e⁻ᵗ dt. The smaller of the two is computed directly and
/// the other as its complement, so both tails keep their relative accuracy:
/// - x < a + 1: the power series P = xᵃe⁻ˣ/Γ(a+1) · Σₙ xⁿ/((a+1)⋯(a+n));
/// - otherwise: the continued fraction for Q (modified Lentz), Numerical Recipes §6.2;
/// - except for a < 0.25 and x < 1.1, where Q ≈ a·(−log x − γ) is small only because a is: there
///   Q = −expm1(a log x − log Γ(1+a)) − (xᵃ/Γ(a)) Σₙ≥₁ (−x)ⁿ/(n!(a+n)), with log Γ(1+a) from its
///   Taylor series, so Q keeps its relative accuracy (as Cephes' `igamc` does).
///
/// The common factor xᵃe⁻ˣ/Γ(a) is computed from Stirling's series for a ≥ 10, as
/// exp(−a·(u − log(1+u)) + ½·log(a/2π) − s(a)) with u = (x − a)/a and s the Stirling correction,
/// which avoids the cancellation of a·log x − x − log Γ(a) for large a (DiDonato and Morris, 1986,
/// ACM TOMS 12, 377-393). Observed agreement with `scipy.special.gammainc`/`gammaincc` is about
/// 1e-12 relative, including values near 1e-300 (see the reference tests); the one larger gap,
/// 2e-10 at P(10⁶, 0.99·10⁶), is SciPy's asymptotic series: a 50-digit evaluation (mpmath) agrees
/// with this code to 5e-13.
public enum IncompleteGamma {
  /// The regularised lower incomplete gamma function P(a, x).
  ///
  /// Matches `scipy.special.gammainc(a, x)`.
  ///
  /// - Parameters:
  ///   - a: The shape, a > 0.
  ///   - x: The upper limit, x ≥ 0; +∞ gives 1.
  /// - Returns: P(a, x) in [0, 1], or NaN when a ≤ 0, x < 0 or either is NaN.
  /// - Complexity: O(√a) iterations when x is near a, O(1) far from it.
  public static func regularizedLower(_ a: Double, _ x: Double) -> Double {
    guard let (value, isLower) = smallerTail(a, x) else { return .nan }
    return isLower ? value : 1 - value
  }

  /// The regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x).
  ///
  /// Matches `scipy.special.gammaincc(a, x)`.
  ///
  /// - Parameters:
  ///   - a: The shape, a > 0.
  ///   - x: The lower limit, x ≥ 0; +∞ gives 0.
  /// - Returns: Q(a, x) in [0, 1], or NaN when a ≤ 0, x < 0 or either is NaN.
  /// - Complexity: O(√a) iterations when x is near a, O(1) far from it.
  public static func regularizedUpper(_ a: Double, _ x: Double) -> Double {
    guard let (value, isLower) = smallerTail(a, x) else { return .nan }
    return isLower ? 1 - value : value
  }

  /// Computes whichever of P and Q is cheaper and accurate at (a, x).
  ///
  /// - Returns: The value and whether it is P (`true`) or Q (`false`); `nil` outside the domain.
  private static func smallerTail(_ a: Double, _ x: Double) -> (Double, Bool)? {
    guard a > 0, x >= 0, a.isFinite else { return nil }
    if x == 0 { return (0, true) }
    if x == .infinity { return (0, false) }
    if a < 0.25 && x < 1.1 {
      return (smallShapeUpper(a, x), false)
    }
    let factor = powerExponentialFactor(a, x)
    if x < a + 1 {
      return (factor * lowerSeries(a, x) / a, true)
    }
    return (factor * upperContinuedFraction(a, x), false)
  }

  /// Q(a, x) for small a and x, without the cancellation of 1 − P.
  private static func smallShapeUpper(_ a: Double, _ x: Double) -> Double {
    var sum = 0.0
    var power = 1.0
    for step in 1...maximumIterations {
      let n = Double(step)
      power *= -x / n
      let term = power / (a + n)
      sum += term
      if abs(term) <= abs(sum) * Double.ulpOfOne { break }
    }
    let logX = Double.log(x)
    let leading = -Double.expMinusOne(a * logX - logGammaOnePlus(a))
    return leading - Double.exp(a * logX - Double.logGamma(a)) * sum
  }

  /// log Γ(1 + a) for |a| ≤ 0.25 from its Taylor series −γa + Σₖ≥₂ (−1)ᵏ ζ(k) aᵏ/k, which keeps
  /// the relative accuracy that forming 1 + a would lose; 27 terms reach 2⁻⁵³ at |a| = 0.25.
  static func logGammaOnePlus(_ a: Double) -> Double {
    var sum = 0.0
    var power = -a
    for (offset, zeta) in zetaFromTwo.enumerated() {
      power *= -a
      sum += zeta * power / Double(offset + 2)
    }
    return -eulerGamma * a + sum
  }

  /// The Euler-Mascheroni constant γ.
  private static let eulerGamma = 0.5772156649015329

  /// Riemann's ζ(k) for k = 2…28, rounded to `Double`.
  private static let zetaFromTwo: [Double] = [
    1.6449340668482264, 1.2020569031595942, 1.0823232337111381, 1.03692775514337,
    1.0173430619844492, 1.008349277381923, 1.0040773561979444, 1.0020083928260821,
    1.000994575127818, 1.0004941886041194, 1.000246086553308, 1.0001227133475785,
    1.0000612481350588, 1.000030588236307, 1.0000152822594086, 1.0000076371976379,
    1.000003817293265, 1.0000019082127165, 1.0000009539620338, 1.0000004769329869,
    1.0000002384505027, 1.000000119219926, 1.000000059608189, 1.0000000298035034,
    1.0000000149015549, 1.0000000074507118, 1.000000003725334,
  ]

  /// xᵃ e⁻ˣ / Γ(a), without overflow or cancellation in the exponent.
  static func powerExponentialFactor(_ a: Double, _ x: Double) -> Double {
    if a < 10 {
      return Double.exp(a * Double.log(x) - x - Double.logGamma(a))
    }
    let u = (x - a) / a
    let deviance = u - Double.log(onePlus: u)
    let logFactor =
      -a * deviance + 0.5 * Double.log(a / (2 * Double.pi)) - stirlingCorrection(a)
    return Double.exp(logFactor)
  }

  /// s(a) = log Γ(a) − [(a − ½) log a − a + ½ log 2π], from its asymptotic series.
  ///
  /// Five terms give full double precision for a ≥ 10 (the next term is below 1e-18).
  static func stirlingCorrection(_ a: Double) -> Double {
    let inverse = 1 / a
    let inverseSquare = inverse * inverse
    let series =
      1.0 / 12 - inverseSquare
      * (1.0 / 360 - inverseSquare
        * (1.0 / 1260 - inverseSquare * (1.0 / 1680 - inverseSquare / 1188)))
    return series * inverse
  }

  /// Σₙ xⁿ / ((a+1)⋯(a+n)), n ≥ 0; all terms positive, stops when a term no longer changes the sum.
  private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
    var term = 1.0
    var sum = 1.0
    var denominator = a
    for _ in 0..<maximumIterations {
      denominator += 1
      term *= x / denominator
      sum += term
      if term <= sum * Double.ulpOfOne / 4 { break }
    }
    return sum
  }

  /// The continued fraction 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− ⋯))), modified Lentz.
  private static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
    let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var fraction = d
    for step in 1...maximumIterations {
      let n = Double(step)
      let coefficient = -n * (n - a)
      b += 2
      d = coefficient * d + b
      if abs(d) < tiny { d = tiny }
      c = b + coefficient / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      fraction *= delta
      if abs(delta - 1) <= Double.ulpOfOne { break }
    }
    return fraction
  }

  /// Enough for a up to about 10¹² at x ≈ a (the iterations grow like √a).
  private static let maximumIterations = 10_000_000
}
