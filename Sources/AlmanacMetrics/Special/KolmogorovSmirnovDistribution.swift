import RealModule

/// The exact distribution of the two-sided one-sample Kolmogorov-Smirnov statistic Dₙ.
///
/// Dₙ = supₓ |Fₙ(x) − F(x)| for n observations from a continuous F (`scipy.stats.kstwo`). The
/// method is chosen as Simard and L'Ecuyer (2011) recommend, with the same cut-offs as SciPy:
///
/// | region (t = n·x) | method |
/// |---|---|
/// | t ≤ 1 or t ≥ n − 1 | Ruben-Gambino closed forms |
/// | x ≥ 0.5 | 2 × one-sided Smirnov (exact there) |
/// | n ≤ 140, n·x² ≤ 0.754693 | Durbin matrix (Marsaglia-Tsang-Wang) |
/// | n ≤ 140, n·x² ≤ 4 | Pomeranz recursion |
/// | n ≤ 140, otherwise | 2 × Smirnov (Miller) |
/// | n > 140, n·x² ≥ 370 | 0 |
/// | n > 140, n·x² ≥ 2.2 | 2 × Smirnov |
/// | n ≤ 10⁵, n·x^1.5 ≤ 1.4 | Durbin matrix |
/// | otherwise | Pelz-Good asymptotic series |
///
/// Simard, R. and L'Ecuyer, P. (2011), "Computing the Two-Sided Kolmogorov-Smirnov Distribution",
/// J. Stat. Softw. 39(11).
public enum KolmogorovSmirnovDistribution {
  /// The survival function P(Dₙ ≥ x).
  ///
  /// Matches `scipy.stats.kstwo.sf(x, n)`, which `scipy.stats.ks_2samp` uses for its asymptotic
  /// two-sided p-value (observed agreement about 1e-11 relative).
  ///
  /// - Parameters:
  ///   - x: The statistic; x ≤ 0 gives 1 and x ≥ 1 gives 0.
  ///   - sampleSize: n ≥ 1.
  /// - Returns: The probability in [0, 1], or NaN for a NaN statistic.
  /// - Complexity: O(1) to O(n) for the series; the matrix method is O(m³ log n) with
  ///   m = 2⌈n·x⌉ − 1 ≤ 120 in the regions where it is used.
  public static func survival(_ x: Double, sampleSize: Int) -> Double {
    precondition(sampleSize >= 1, "sample size must be at least 1, got \(sampleSize)")
    if x.isNaN { return .nan }
    if x >= 1 { return 0 }
    if x <= 0 { return 1 }
    let n = Double(sampleSize)
    let t = n * x
    if t <= 1 {
      return clamp(1 - rubenGambinoLowerCDF(t: t, n: sampleSize))
    }
    if t >= n - 1 {
      return clamp(2 * Double.pow(1 - x, n))
    }
    if x >= 0.5 {
      return clamp(2 * SmirnovDistribution.survival(x, sampleSize: sampleSize))
    }
    let nxSquared = t * x
    if sampleSize <= 140 {
      if nxSquared <= 0.754693 { return clamp(1 - durbinCDF(x, n: sampleSize)) }
      if nxSquared <= 4 { return clamp(1 - pomeranzCDF(x, n: sampleSize)) }
      return clamp(2 * SmirnovDistribution.survival(x, sampleSize: sampleSize))
    }
    if nxSquared >= 370 { return 0 }
    if nxSquared >= 2.2 {
      return clamp(2 * SmirnovDistribution.survival(x, sampleSize: sampleSize))
    }
    if sampleSize <= 100_000 && n * Double.pow(x, 1.5) <= 1.4 {
      return clamp(1 - durbinCDF(x, n: sampleSize))
    }
    return clamp(1 - pelzGoodCDF(x, n: sampleSize))
  }

  /// P(Dₙ ≤ x) = n!/nⁿ · (2t − 1)ⁿ for ½ < t = n·x ≤ 1, and 0 for t ≤ ½ (Ruben and Gambino, 1982).
  static func rubenGambinoLowerCDF(t: Double, n: Int) -> Double {
    if t <= 0.5 { return 0 }
    let base = 2 * t - 1
    if n <= 140 {
      let size = Double(n)
      var product = 1.0
      for i in 1...n { product *= Double(i) * (1 / size) * base }
      return product
    }
    return Double.exp(logFactorialOverPower(n) + Double(n) * Double.log(base))
  }

  /// log(n!/nⁿ) = ½ log n − n + ½ log 2π + s(n) from Stirling's series (no cancellation).
  static func logFactorialOverPower(_ n: Int) -> Double {
    let size = Double(n)
    return 0.5 * Double.log(size) - size + 0.5 * Double.log(2 * Double.pi)
      + IncompleteGamma.stirlingCorrection(size)
  }

  static func clamp(_ probability: Double) -> Double {
    min(1, max(0, probability))
  }

  /// 2¹²⁸ and 2⁻¹²⁸: exact rescaling factors that keep long products inside the exponent range.
  static let scaleUp = 0x1p128
  static let scaleDown = 0x1p-128
  static let scaleExponent = 128
}
