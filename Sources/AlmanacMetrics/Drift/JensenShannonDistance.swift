import RealModule

/// The Jensen-Shannon distance between two frequency tables (natural logarithm).
///
/// With p and q the tables normalised to sum to 1 and m = (p + q)/2,
/// JS = √(½ Σ [pᵢ ln(pᵢ/mᵢ) + qᵢ ln(qᵢ/mᵢ)]), terms with a zero share contributing 0; in
/// [0, √ln 2 ≈ 0.8326]. Matches `scipy.spatial.distance.jensenshannon(p, q)` (base e), Evidently's
/// `jensenshannon` drift score.
public enum JensenShannonDistance {
  /// The distance between the two sides of a table.
  ///
  /// - Parameter table: The counts.
  /// - Returns: The distance, or `nil` when a side is empty.
  /// - Complexity: O(k).
  public static func of(_ table: FrequencyTable) -> Double? {
    let referenceTotal = CompensatedSum.of(table.reference)
    let currentTotal = CompensatedSum.of(table.current)
    guard referenceTotal > 0, currentTotal > 0 else { return nil }
    var sum = CompensatedSum()
    for (reference, current) in zip(table.reference, table.current) {
      let p = reference / referenceTotal
      let q = current / currentTotal
      let m = (p + q) / 2
      if p > 0 { sum.add(p * Double.log(p / m)) }
      if q > 0 { sum.add(q * Double.log(q / m)) }
    }
    return (max(0, sum.value) / 2).squareRoot()
  }
}
