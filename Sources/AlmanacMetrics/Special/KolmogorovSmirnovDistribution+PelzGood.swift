import RealModule

extension KolmogorovSmirnovDistribution {
  /// P(Dₙ ≤ x) by the Pelz-Good asymptotic series, for large n.
  ///
  /// P ≈ K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^(3/2) with z = x√n, where the Kᵢ are Li-Chien and
  /// Korolyuk's correction terms rewritten through Jacobi's theta identity as sums over
  /// exp(−(2k−1)²π²/(8z²)) and exp(−k²π²/(2z²)), which converge fast for the small z where this
  /// method is used. Below z ≈ 0.0417 every term underflows and P is 0.
  ///
  /// Pelz, W. and Good, I. J. (1976), J. R. Stat. Soc. B 38(2), 152-156; Simard and L'Ecuyer
  /// (2011), equation (5).
  ///
  /// - Complexity: O(z) terms.
  static func pelzGoodCDF(_ x: Double, n: Int) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let size = Double(n)
    let z = size.squareRoot() * x
    let z2 = z * z
    let z3 = z2 * z
    let z4 = z2 * z2
    let z6 = z4 * z2
    let pi2 = Double.pi * Double.pi
    let pi4 = pi2 * pi2
    let pi6 = pi4 * pi2
    let logQ = -pi2 / 8 / z2
    if logQ < -708 { return 0 }
    let q = Double.exp(logQ)

    let k1a = -z2
    let k1b = pi2 / 4
    let k2a = 6 * z6 + 2 * z4
    let k2b = (2 * z4 - 5 * z2) * pi2 / 4
    let k2c = pi4 * (1 - 2 * z2) / 16
    let k3d = pi6 * (5 - 30 * z2) / 64
    let k3c = pi4 * (-60 * z2 + 212 * z4) / 16
    let k3b = pi2 * (135 * z4 - 96 * z6) / 4
    let k3a = -30 * z6 - 90 * z4 * z4

    // Σ over odd m = 2k − 1 of cᵢ(m)·q^(m²), by Horner's scheme: q^((2k−1)²) = q · Π_{j<k} q^(8j).
    var terms = (0.0, 0.0, 0.0, 0.0)
    let termCount = Int((16 * z / Double.pi).rounded(.up))
    if termCount >= 1 {
      for k in stride(from: termCount, through: 1, by: -1) {
        let m = Double(2 * k - 1)
        let m2 = m * m
        let m4 = m2 * m2
        let m6 = m4 * m2
        let power = Double.pow(q, Double(8 * k))
        terms.0 = terms.0 * power + 1
        terms.1 = terms.1 * power + (k1a + k1b * m2)
        terms.2 = terms.2 * power + (k2a + k2b * m2 + k2c * m4)
        terms.3 = terms.3 * power + (k3a + k3b * m2 + k3c * m4 + k3d * m6)
      }
    }
    let rootTwoPi = (2 * Double.pi).squareRoot()
    let k0 = terms.0 * q * rootTwoPi / z
    var k1 = terms.1 * q * rootTwoPi / (6 * z4)
    var k2 = terms.2 * q * rootTwoPi / (72 * z3 * z4)
    var k3 = terms.3 * q * rootTwoPi / (6480 * z4 * z6)

    // The sums over all integers k of k²·q′^(k²) and (3z² − π²k²)k²·q′^(k²), q′ = e^(−π²/(2z²)).
    let qPrime = Double.exp(-pi2 / 2 / z2)
    let root3z = 3.0.squareRoot() * z
    var secondExtra = 0.0
    var thirdExtra = 0.0
    if termCount >= 1 {
      for k in stride(from: termCount, through: 1, by: -1) {
        let kk = Double(k * k)
        let weight = kk * Double.pow(qPrime, kk)
        let kPi = Double.pi * Double(k)
        secondExtra += weight
        thirdExtra += (root3z + kPi) * (root3z - kPi) * weight
      }
    }
    k2 += secondExtra * pi2 * rootTwoPi / (-36 * z3)
    k3 += thirdExtra * pi2 * rootTwoPi / (216 * z6)
    k1 /= size.squareRoot()
    k2 /= size
    k3 /= size * size.squareRoot()
    return k0 + k1 + k2 + k3
  }
}
