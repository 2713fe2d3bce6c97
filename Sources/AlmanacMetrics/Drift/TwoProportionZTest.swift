/// The two-proportion Z test with pooled variance, two-sided, for a binary column.
///
/// With p₁, p₂ the shares of the first value in reference and current and p̄ the pooled share,
/// z = (p₁ − p₂)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)) and p = 2·(1 − Φ(|z|)), computed as 2·Φ(−|z|) so that
/// tiny p-values keep their digits (Evidently writes 2·(1 − Φ(|z|)), which rounds to 0 below about
/// 1e-16; every verdict is the same). When only one value occurs on both sides, p = 1.
public struct TwoProportionZTest: Sendable, Equatable, Codable {
  /// The statistic z (sign: reference share minus current share of the first value).
  public var statistic: Double
  /// The two-sided p-value.
  public var pValue: Double

  /// Runs the test; `nil` when a side is empty or there are more than two values.
  ///
  /// - Parameter table: Counts of at most two values (bins empty on both sides left out).
  /// - Complexity: O(1).
  public init?(_ table: FrequencyTable) {
    guard table.reference.count <= 2 else { return nil }
    let n1 = table.reference.reduce(0, +)
    let n2 = table.current.reduce(0, +)
    guard n1 > 0, n2 > 0 else { return nil }
    guard table.reference.count == 2 else {
      statistic = 0
      pValue = 1
      return
    }
    let p1 = table.reference[0] / n1
    let p2 = table.current[0] / n2
    let pooled = (table.reference[0] + table.current[0]) / (n1 + n2)
    let spread = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
    statistic = (p1 - p2) / spread
    pValue = min(1, 2 * StandardNormal.cdf(-abs(statistic)))
  }
}
