extension KolmogorovSmirnovDistribution {
  /// P(Dₙ ≤ x) by Pomeranz's recursion.
  ///
  /// With t = n·x = ℓ + f (ℓ an integer, 0 ≤ f < 1) and g = min(f, 1 − f), the 2n + 1 rows of the
  /// recursion are convolutions of the previous row with truncated Poisson weights
  /// (c/n)ʲ/j!, c ∈ {g, 2g, 1 − 2g}; each row is non-zero only on a band [j₁, j₂] that depends on
  /// the row's parity. P = n! × (entry n of the last row). Rows that become tiny are rescaled by
  /// 2¹²⁸ and the factor restored at the end.
  ///
  /// Pomeranz, J. (1974), "Exact cumulative distribution of the Kolmogorov-Smirnov statistic for
  /// small samples (Algorithm 487)", Commun. ACM 17(12), 703-704; as laid out by Simard and
  /// L'Ecuyer (2011), section 2.1.
  ///
  /// - Complexity: O(n·ℓ²) time, O(ℓ) space.
  static func pomeranzCDF(_ x: Double, n: Int) -> Double {
    let size = Double(n)
    let t = size * x
    let whole = Int(t.rounded(.down))
    let fraction = t - Double(whole)
    let g = min(fraction, 1 - fraction)
    let band = PomeranzBand(
      n: n, whole: whole, hasFraction: fraction > 0, fractionAboveHalf: fraction > 0.5)
    let width = 2 * (whole + 1)
    let edgeWeights = poissonWeights(rate: g / size, count: width)
    let oddWeights = poissonWeights(rate: 2 * g / size, count: width)
    let evenWeights = poissonWeights(rate: (1 - 2 * g) / size, count: width)

    var previous = [Double](repeating: 0, count: width)
    var current = [Double](repeating: 0, count: width)
    current[0] = 1
    var (start, _) = band.range(ofRow: 0)
    var exponent = 0
    for row in 1...(2 * n + 1) {
      swap(&previous, &current)
      let previousStart = start
      let (rowStart, rowEnd) = band.range(ofRow: row)
      start = rowStart
      for index in current.indices { current[index] = 0 }
      guard rowEnd >= rowStart else { continue }
      let weights =
        (row == 1 || row == 2 * n + 1) ? edgeWeights : (row % 2 == 1 ? oddWeights : evenWeights)
      var largest = 0.0
      for j in rowStart...rowEnd {
        var sum = 0.0
        var l = previousStart
        while l <= j {
          let offset = l - previousStart
          if offset < width { sum += previous[offset] * weights[j - l] }
          l += 1
        }
        current[j - rowStart] = sum
        largest = max(largest, sum)
      }
      if largest > 0 && largest < scaleDown {
        for index in current.indices { current[index] *= scaleUp }
        exponent -= scaleExponent
      }
    }
    var answer = n - start < width && n >= start ? current[n - start] : 0
    for m in 1...n {
      if abs(answer) > scaleUp {
        answer *= scaleDown
        exponent += scaleExponent
      }
      answer *= Double(m)
    }
    return clamp(Double(sign: .plus, exponent: exponent, significand: answer))
  }

  /// (rate)ʲ/j! for j = 0..<count: Poisson probabilities without the e^(−rate) factor.
  private static func poissonWeights(rate: Double, count: Int) -> [Double] {
    var weights = [Double](repeating: 1, count: count)
    for j in 1..<count { weights[j] = weights[j - 1] * rate / Double(j) }
    return weights
  }
}

/// The band of indices [j₁, j₂] where row i of Pomeranz's recursion can be non-zero.
private struct PomeranzBand {
  let n: Int
  let whole: Int
  let hasFraction: Bool
  let fractionAboveHalf: Bool

  func range(ofRow row: Int) -> (Int, Int) {
    let ceilFraction = hasFraction ? 1 : 0
    let roundFraction = fractionAboveHalf ? 1 : 0
    let low: Int
    let high: Int
    if row == 0 {
      low = -whole - ceilFraction - 1
      high = whole + ceilFraction - 1
    } else {
      let half = (row + 1) / 2
      if row % 2 == 1 {
        if half == n + 1 {
          low = n - whole - ceilFraction - 1
          high = n + whole + ceilFraction - 1
        } else {
          low = half - whole - roundFraction - 2
          high = half + whole + ceilFraction - 2
        }
      } else {
        low = half - whole - 2
        high = half + whole + roundFraction - 1
      }
    }
    return (max(low + 2, 0), min(high, n))
  }
}
