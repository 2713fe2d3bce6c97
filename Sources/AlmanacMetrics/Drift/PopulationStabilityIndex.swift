import RealModule

/// The population stability index between two frequency tables.
///
/// PSI = Σ (rᵢ − cᵢ) ln(rᵢ/cᵢ) over bin shares r (reference) and c (current). An empty bin's share
/// becomes 0.0001, or a millionth of that side's smallest non-empty share when that share is itself
/// at most 0.0001 (each side on its own), as Evidently's `psi` does. Non-negative; about 0.1 is a
/// moderate shift and 0.25 a large one by the usual rule of thumb.
public enum PopulationStabilityIndex {
  /// The index between the two sides of a table.
  ///
  /// - Parameter table: The counts (see ``FrequencyTable`` for the binning).
  /// - Returns: The index, or `nil` when a side is empty.
  /// - Complexity: O(k).
  public static func of(_ table: FrequencyTable) -> Double? {
    guard let reference = filledShares(table.reference),
      let current = filledShares(table.current)
    else { return nil }
    var sum = CompensatedSum()
    for (r, c) in zip(reference, current) {
      sum.add((r - c) * Double.log(r / c))
    }
    return sum.value
  }

  /// Counts → shares, with empty bins given the small share described above.
  private static func filledShares(_ counts: [Double]) -> [Double]? {
    let total = CompensatedSum.of(counts)
    guard total > 0 else { return nil }
    let shares = counts.map { $0 / total }
    let smallest = shares.filter { $0 > 0 }.min() ?? 1
    let filler = smallest <= 0.0001 ? smallest / 1_000_000 : 0.0001
    return shares.map { $0 > 0 ? $0 : filler }
  }
}
