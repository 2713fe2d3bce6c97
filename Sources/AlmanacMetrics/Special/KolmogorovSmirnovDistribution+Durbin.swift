import RealModule

extension KolmogorovSmirnovDistribution {
  /// P(Dₙ ≤ d) by Durbin's matrix method as Marsaglia, Tsang and Wang evaluate it.
  ///
  /// With k = ⌈n·d⌉, h = k − n·d and m = 2k − 1, P = n!/nⁿ · (Hⁿ)ₖₖ for the m×m matrix
  /// H[i][j] = 1/(i − j + 1)! (0 when i − j + 1 < 0), whose first column and last row are
  /// corrected by (1 − hʲ)/j! and whose corner is (1 − 2hᵐ + max(0, 2h − 1)ᵐ)/m!. Hⁿ is formed by
  /// repeated squaring; powers of 2¹²⁸ are factored out to stay in range and restored at the end.
  ///
  /// Marsaglia, G., Tsang, W. W. and Wang, J. (2003), J. Stat. Softw. 8(18).
  ///
  /// - Complexity: O(m³ log n) time, O(m²) space.
  static func durbinCDF(_ d: Double, n: Int) -> Double {
    let size = Double(n)
    let nd = size * d
    if nd <= 0.5 { return 0 }
    let k = Int(nd.rounded(.up))
    let h = Double(k) - nd
    let m = 2 * k - 1
    var matrix = SquareMatrix(order: m, value: 0)
    var inverseFactorials = [Double](repeating: 1, count: m + 1)
    for j in 1...m { inverseFactorials[j] = inverseFactorials[j - 1] / Double(j) }
    for i in 0..<m {
      for j in 0..<m where i - j + 1 >= 0 {
        matrix[i, j] = inverseFactorials[i - j + 1]
      }
    }
    for i in 0..<m {
      let correction = (1 - Double.pow(h, Double(i + 1))) * inverseFactorials[i + 1]
      matrix[i, 0] = correction
      matrix[m - 1, m - 1 - i] = correction
    }
    let corner = 1 - 2 * Double.pow(h, Double(m)) + Double.pow(max(0, 2 * h - 1), Double(m))
    matrix[m - 1, 0] = corner * inverseFactorials[m]

    var power = SquareMatrix(order: m, value: 0)
    for i in 0..<m { power[i, i] = 1 }
    var exponent = 0
    var baseExponent = 0
    var remaining = n
    while remaining > 0 {
      if remaining % 2 == 1 {
        power = power.multiplied(by: matrix)
        exponent += baseExponent
      }
      matrix = matrix.multiplied(by: matrix)
      baseExponent *= 2
      if abs(matrix[k - 1, k - 1]) > scaleUp {
        matrix.scale(by: scaleDown)
        baseExponent += scaleExponent
      }
      remaining /= 2
    }
    var probability = power[k - 1, k - 1]
    for i in 1...n {
      probability = Double(i) * probability / size
      if abs(probability) < scaleDown {
        probability *= scaleUp
        exponent -= scaleExponent
      }
    }
    return clamp(Double(sign: .plus, exponent: exponent, significand: probability))
  }
}

/// A dense square matrix stored row-major, just enough for Durbin's method.
struct SquareMatrix {
  let order: Int
  private var entries: [Double]

  init(order: Int, value: Double) {
    self.order = order
    entries = [Double](repeating: value, count: order * order)
  }

  subscript(row: Int, column: Int) -> Double {
    get { entries[row * order + column] }
    set { entries[row * order + column] = newValue }
  }

  /// The product self × other, in the i-k-j loop order for contiguous access.
  func multiplied(by other: SquareMatrix) -> SquareMatrix {
    var product = SquareMatrix(order: order, value: 0)
    for i in 0..<order {
      for k in 0..<order {
        let left = entries[i * order + k]
        if left == 0 { continue }
        for j in 0..<order {
          product.entries[i * order + j] += left * other.entries[k * order + j]
        }
      }
    }
    return product
  }

  mutating func scale(by factor: Double) {
    for index in entries.indices { entries[index] *= factor }
  }
}
