/// The Wasserstein-1 (earth mover's) distance between two samples, raw and normed.
///
/// W₁ = ∫ |F₁(x) − F₂(x)| dx over the empirical distribution functions, as
/// `scipy.stats.wasserstein_distance(a, b)`: one merge walk over the sorted samples adds
/// |i/n₁ − j/n₂|·(next value − value) between consecutive distinct values. The normed form
/// divides by max(σ_ref, 0.001) with σ_ref the reference's population standard deviation, which
/// is Evidently's `wasserstein` drift score (a shift of 0.1 reference standard deviations
/// scores 0.1).
public struct WassersteinDistance: Sendable, Equatable, Codable {
  /// W₁ in the column's own units.
  public var raw: Double
  /// W₁ / max(σ_ref, 0.001).
  public var normed: Double

  /// Measures the distance; `nil` when either sample is empty.
  ///
  /// - Parameters:
  ///   - reference: The reference sample (its spread sets the scale).
  ///   - current: The current sample.
  ///   - referenceSpread: The reference's population standard deviation when it is already known
  ///     (many samples measured against one reference compute it once); computed otherwise.
  /// - Complexity: O(n₁ + n₂).
  public init?(reference: SortedSample, current: SortedSample, referenceSpread: Double? = nil) {
    guard let spread = referenceSpread ?? reference.populationStandardDeviation, !current.isEmpty
    else { return nil }
    let first = reference.values
    let second = current.values
    let n1 = first.count
    let n2 = second.count
    let scale = Double(n1) * Double(n2)
    var sum = CompensatedSum()
    var previous: SortedMerge.Step?
    for step in SortedMerge(first, second) {
      if let previous {
        let gap = Double(abs(previous.firstThrough * n2 - previous.secondThrough * n1)) / scale
        sum.add(gap * (step.value - previous.value))
      }
      previous = step
    }
    raw = sum.value
    normed = raw / max(spread, 0.001)
  }
}
