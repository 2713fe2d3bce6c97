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

  /// The quantile function Φ⁻¹(p): the x with Φ(x) = p.
  ///
  /// Wichura's algorithm AS 241 (PPND16), rational approximations accurate to about 1e-16
  /// relative: one for |p − 0.5| ≤ 0.425, two in the tails in r = √(−ln min(p, 1 − p)).
  /// Matches `scipy.special.ndtri(p)` (and `scipy.stats.norm.ppf`).
  ///
  /// Wichura, M. J. (1988), Applied Statistics 37, 477-484.
  ///
  /// - Parameter p: A probability; 0 gives −∞, 1 gives +∞, and a value outside [0, 1] or NaN
  ///   gives NaN.
  /// - Returns: The quantile.
  /// - Complexity: O(1).
  public static func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    let q = p - 0.5
    if abs(q) <= 0.425 {
      let r = 0.180625 - q * q
      return q * polynomial(centralNumerator, r) / polynomial(centralDenominator, r)
    }
    var r = (q < 0 ? p : 1 - p)
    r = (-Double.log(r)).squareRoot()
    let value: Double
    if r <= 5 {
      r -= 1.6
      value = polynomial(nearNumerator, r) / polynomial(nearDenominator, r)
    } else {
      r -= 5
      value = polynomial(farNumerator, r) / polynomial(farDenominator, r)
    }
    return q < 0 ? -value : value
  }

  /// Σ coefficients[i]·xⁱ by Horner's rule.
  private static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
    coefficients.reversed().reduce(0) { $0 * x + $1 }
  }

  // AS 241's coefficients, lowest power first.
  private static let centralNumerator = [
    3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
    1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
    3.3430575583588128105e+4, 2.5090809287301226727e+3,
  ]
  private static let centralDenominator = [
    1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
    2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
    5.2264952788528545610e+3,
  ]
  private static let nearNumerator = [
    1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
    2.27238449892691845833e-2, 7.74545014278341407640e-4,
  ]
  private static let nearDenominator = [
    1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
    1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
    1.05075007164441684324e-9,
  ]
  private static let farNumerator = [
    6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
    2.71155556874348757815e-5, 2.01033439929228813265e-7,
  ]
  private static let farDenominator = [
    1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
    7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
    2.04426310338993978564e-15,
  ]

  /// √2 / 2 rounded to the nearest `Double`.
  private static let halfSquareRootOfTwo = 0.7071067811865476
}
