import RealModule

/// Reference and current counts over shared bins: the common input of PSI, Jensen-Shannon,
/// chi-square and the Z test.
///
/// - Categorical columns: one bin per category slot, leaving out slots empty on both sides.
/// - Numeric columns whose reference has more than 20 distinct values: equal-width bins over the
///   reference and current values together, as many as Sturges' rule gives,
///   `numpy.histogram_bin_edges(concat(ref, cur), bins="sturges")`: width = range/(log₂ N + 1),
///   k = ⌈range/width⌉ bins, edges eᵢ = lo + i·(range/k) with the last edge exactly hi; a bin holds
///   eᵢ ≤ x < eᵢ₊₁ and the last one also hi (`numpy.histogram`).
/// - Other numeric columns: one bin per distinct value of either side.
public struct FrequencyTable: Sendable, Equatable, Codable {
  /// Reference count per bin.
  public var reference: [Double]
  /// Current count per bin.
  public var current: [Double]
  /// The k + 1 bin edges for equal-width numeric bins, or the bins' values for per-value numeric
  /// tables; empty for categorical tables.
  public var boundaries: [Double]

  /// Builds the table for two sides of one column.
  ///
  /// - Parameters:
  ///   - reference: The reference side.
  ///   - current: The current side, of the same kind (and slot count, when categorical).
  /// - Complexity: O(n₁ + n₂) per value, O(k log n) for k equal-width bins.
  public init(reference: FeatureValues, current: FeatureValues) {
    switch (reference, current) {
    case (.categorical(let referenceCounts), .categorical(let currentCounts)):
      precondition(
        referenceCounts.count == currentCounts.count,
        "category slots differ: \(referenceCounts.count) and \(currentCounts.count)")
      var left: [Double] = []
      var right: [Double] = []
      for (a, b) in zip(referenceCounts, currentCounts) where a + b > 0 {
        left.append(Double(a))
        right.append(Double(b))
      }
      self.reference = left
      self.current = right
      boundaries = []
    case (.numeric(let first), .numeric(let second)):
      if first.distinctCount > 20 {
        self = Self.sturges(first, second)
      } else {
        self = Self.perValue(first, second)
      }
    default:
      preconditionFailure("reference and current must be of the same kind")
    }
  }

  /// A table of counts already binned.
  init(reference: [Double], current: [Double], boundaries: [Double]) {
    self.reference = reference
    self.current = current
    self.boundaries = boundaries
  }

  /// Equal-width bins by Sturges' rule over both samples together.
  private static func sturges(_ first: SortedSample, _ second: SortedSample) -> FrequencyTable {
    let lowest = min(first.values.first ?? .infinity, second.values.first ?? .infinity)
    let highest = max(first.values.last ?? -.infinity, second.values.last ?? -.infinity)
    let edges = sturgesEdges(lowest: lowest, highest: highest, total: first.count + second.count)
    func counts(_ sample: SortedSample) -> [Double] {
      var below = edges.dropLast().map(sample.countBelow)
      below.append(sample.count)
      return (0..<edges.count - 1).map { Double(below[$0 + 1] - below[$0]) }
    }
    return FrequencyTable(reference: counts(first), current: counts(second), boundaries: edges)
  }

  /// The edges of Sturges' equal-width bins over `lowest...highest` for `total` values: bin j
  /// holds [eⱼ, eⱼ₊₁), the last bin its upper edge too.
  static func sturgesEdges(lowest: Double, highest: Double, total: Int) -> [Double] {
    // Halves keep the range finite when the values span more than the largest double
    // (−1.7e308 to 1.7e308); the ratio and the edges are the same either way.
    let halfRange = highest / 2 - lowest / 2
    let width = halfRange / (Double.log2(Double(total)) + 1)
    let binCount = width > 0 ? Int((halfRange / width).rounded(.up)) : 1
    let halfStep = halfRange / Double(binCount)
    var edges = (0...binCount).map { Double($0) * halfStep * 2 + lowest }
    edges[binCount] = highest
    return edges
  }

  /// One bin per distinct value of either sample, in one merge walk.
  private static func perValue(_ first: SortedSample, _ second: SortedSample) -> FrequencyTable {
    var values: [Double] = []
    var referenceCounts: [Double] = []
    var currentCounts: [Double] = []
    for step in SortedMerge(first.values, second.values) {
      values.append(step.value)
      referenceCounts.append(Double(step.firstTies))
      currentCounts.append(Double(step.secondTies))
    }
    return FrequencyTable(reference: referenceCounts, current: currentCounts, boundaries: values)
  }
}
