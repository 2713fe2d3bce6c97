/// The two-sample Kolmogorov-Smirnov test, two-sided, as `scipy.stats.ks_2samp(a, b)`.
///
/// D = maxₓ |F₁(x) − F₂(x)| over the empirical distribution functions, evaluated at every
/// observed value after all its ties (so tied values never inflate D). It is found in one merge
/// walk of the two sorted samples using the integer form |i·n₂ − j·n₁| (no rounding).
///
/// The p-value follows SciPy's `method="auto"` rule exactly: **exact** when max(n₁, n₂) ≤ 10,000
/// (see ``TwoSampleKolmogorovSmirnovDistribution``; D is then reported as h/lcm(n₁, n₂)), and
/// **asymptotic** otherwise, or when the exact computation fails numerically: P(D_N ≥ d) from
/// the one-sample distribution ``KolmogorovSmirnovDistribution`` with N = round(n₁n₂/(n₁+n₂))
/// (rounded half to even, as NumPy does).
public struct KolmogorovSmirnovTest: Sendable, Equatable, Codable {
  /// How the p-value was obtained.
  public enum Method: String, Sendable, Equatable, Codable {
    /// Exact lattice-path count.
    case exact
    /// The one-sample distribution at the effective sample size.
    case asymptotic
  }

  /// The statistic D in [0, 1].
  public var statistic: Double
  /// The two-sided p-value in [0, 1].
  public var pValue: Double
  /// How the p-value was obtained.
  public var method: Method

  /// Runs the test; `nil` when either sample is empty (SciPy raises).
  ///
  /// - Parameters:
  ///   - reference: One sample.
  ///   - current: The other sample.
  /// - Complexity: O(n₁ + n₂) for D; the exact p-value costs up to O(n₁·n₂) but runs only when
  ///   both samples have at most 10,000 values (at most 10⁸ cheap steps, in practice far fewer);
  ///   the asymptotic one is O(N) at most.
  public init?(reference: SortedSample, current: SortedSample) {
    let first = reference.values
    let second = current.values
    guard !first.isEmpty, !second.isEmpty else { return nil }
    let n1 = first.count
    let n2 = second.count
    var largest = 0
    var largestAt = (0, 0)
    for step in SortedMerge(first, second) {
      let gap = abs(step.firstThrough * n2 - step.secondThrough * n1)
      if gap > largest {
        largest = gap
        largestAt = (step.firstThrough, step.secondThrough)
      }
    }
    let g = TwoSampleKolmogorovSmirnovDistribution.greatestCommonDivisor(n1, n2)
    let h = largest / g
    let leastCommonMultiple = n1 / g * n2
    if max(n1, n2) <= 10_000 {
      let exact = TwoSampleKolmogorovSmirnovDistribution.survival(h: h, m: n1, n: n2)
      if (0...1).contains(exact) {
        statistic = Double(h) / Double(leastCommonMultiple)
        pValue = exact
        method = .exact
        return
      }
    }
    let d = abs(Double(largestAt.0) / Double(n1) - Double(largestAt.1) / Double(n2))
    let larger = Double(max(n1, n2))
    let smaller = Double(min(n1, n2))
    let effective = (larger * smaller / (larger + smaller)).rounded(.toNearestOrEven)
    statistic = d
    pValue = KolmogorovSmirnovDistribution.survival(d, sampleSize: max(1, Int(effective)))
    method = .asymptotic
  }
}
