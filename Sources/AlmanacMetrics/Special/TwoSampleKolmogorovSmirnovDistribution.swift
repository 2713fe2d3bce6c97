/// The exact null distribution of the two-sample Kolmogorov-Smirnov statistic D_{m,n}.
///
/// Under the null hypothesis every interleaving of the two sorted samples is equally likely, so
/// P(D ≥ h/lcm(m, n)) is a count of monotone lattice paths from (0, 0) to (m, n) that touch the
/// band |x/m − y/n| ≥ h/lcm(m, n), divided by C(m + n, n). Two evaluations, as in
/// `scipy.stats.ks_2samp(method="exact")`:
/// - m = n: the reflection formula P = 2 Σ_{k≥1} (−1)^(k−1) C(2n, n − kh)/C(2n, n), evaluated as
///   nested products of ratios (no large binomials, no cancellation);
/// - m ≠ n: the "inside" recursion A(x, y) = A(x−1, y) + A(x, y−1) restricted to the band, kept as
///   the complement 1 − P and normalised column by column (Viehmann 2021), so no entry exceeds 1.
///
/// Hodges, J. L. (1958), "The significance probability of the Smirnov two-sample test", Ark. Mat.
/// 3, 469-486; Viehmann, T. (2021), arXiv:2102.08037.
public enum TwoSampleKolmogorovSmirnovDistribution {
  /// The exact two-sided p-value P(D_{m,n} ≥ h/lcm(m, n)).
  ///
  /// Matches SciPy's exact two-sided computation (`_compute_prob_outside_square` for m = n,
  /// `_compute_outer_prob_inside_method` otherwise).
  ///
  /// - Parameters:
  ///   - h: The statistic times lcm(m, n), an integer in 0...lcm(m, n).
  ///   - m: The first sample size, m ≥ 1.
  ///   - n: The second sample size, n ≥ 1.
  /// - Returns: The p-value; 1 when h is 0. A result outside [0, 1] signals a floating-point
  ///   failure and the caller should fall back to the asymptotic distribution.
  /// - Complexity: O(n) for m = n; otherwise O(max(m, n)·w) time with
  ///   w ≤ min(m, n) + 1 the band's width in the smaller sample, and O(min(m, n)) space.
  public static func survival(h: Int, m: Int, n: Int) -> Double {
    precondition(m >= 1 && n >= 1, "sample sizes must be positive, got \(m) and \(n)")
    precondition(h >= 0, "h must be non-negative, got \(h)")
    if h == 0 { return 1 }
    if m == n { return outsideSquare(n: n, h: h) }
    return outsideBand(m: m, n: n, h: h)
  }

  /// 2 Σ_{k≥1} (−1)^(k−1) C(2n, n − kh)/C(2n, n) as P = 2A₁(1 − A₂(1 − A₃(⋯))), where
  /// A_k = C(2n, n − kh)/C(2n, n − (k−1)h) is a product of h ratios.
  private static func outsideSquare(n: Int, h: Int) -> Double {
    var probability = 0.0
    var k = n / h
    while k >= 0 {
      var ratio = 1.0
      for j in 0..<h {
        ratio = Double(n - k * h - j) * ratio / Double(n + k * h + j + 1)
      }
      probability = ratio * (1 - probability)
      k -= 1
    }
    return 2 * probability
  }

  /// 1 − P(paths staying strictly inside |n·x − m·y|/g < h), by the normalised inside recursion.
  private static func outsideBand(m first: Int, n second: Int, h: Int) -> Double {
    let m = max(first, second)
    let n = min(first, second)
    let g = greatestCommonDivisor(m, n)
    let mg = m / g
    let ng = n / g
    var low = 0
    var high = min(ceilingDivision(h, mg), n + 1)
    var windowLength = high - low
    let capacity = min(2 * high + 2, n + 1)
    var column = [Double](repeating: 1, count: capacity)
    for j in low..<high { column[j] = 0 }
    for i in 1...m {
      let previousLow = low
      let previousLength = windowLength
      low = max(floorDivision(ng * i - h, mg) + 1, 0)
      low = min(low, n)
      high = min(ceilingDivision(ng * i + h, mg), n + 1)
      if high <= low { return 1 }
      var value = low == 0 ? 0.0 : 1.0
      for offset in 0..<(high - low) {
        let j = offset + low
        value = (column[offset + low - previousLow] * Double(i) + value * Double(j)) / Double(i + j)
        column[offset] = value
      }
      windowLength = high - low
      if previousLength > windowLength {
        for index in windowLength..<previousLength { column[index] = 1 }
      }
    }
    return column[high - low - 1]
  }

  static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }

  private static func floorDivision(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }

  private static func ceilingDivision(_ a: Int, _ b: Int) -> Int {
    -floorDivision(-a, b)
  }
}
