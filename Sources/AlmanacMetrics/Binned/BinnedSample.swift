/// One column's finite values summarised by bins: a count and a sum per bin, as a warehouse
/// returns them in one pass.
///
/// With k strictly increasing finite edges e₀ < … < e_{k−1} there are k + 1 bins: bin 0 holds
/// x ≤ e₀, bin i holds e_{i−1} < x ≤ eᵢ and bin k holds x > e_{k−1}, as SQL's
/// `CASE WHEN x <= e0 THEN 0 WHEN x <= e1 THEN 1 … ELSE k END` numbers them. NaN and ±∞ are never
/// counted (the engine filters them, as ``SortedSample`` drops them). The edges usually come from
/// the reference (``BinEdges``).
///
/// The figures computed from bins (``BinnedKolmogorovSmirnovTest``, ``BinnedWassersteinDistance``,
/// ``BinaryClassificationMetrics/rocAUC(positives:negatives:)``) take the counts and sums as exact,
/// each bin's mean kept inside the bin. A sum's rounding (about n·ε relative for n plain additions
/// in SQL) moves them by about as much, with one exception: a bin whose values all sit at its
/// upper edge is recognised, tightening the KS and AUC bounds, only when its sum is exactly
/// count × edge (as sums of integers or short binary fractions are); a sum rounded below that
/// just leaves those bounds looser, one rounded up to it hides values within rounding distance
/// below the edge.
public struct BinnedSample: Sendable, Equatable, Codable {
  /// The k strictly increasing finite edges.
  public private(set) var edges: [Double]
  /// The k + 1 bin counts.
  public private(set) var counts: [Int]
  /// The k + 1 sums of the values in each bin (0 for an empty bin).
  public private(set) var sums: [Double]

  /// Creates a sample from a warehouse's counts and sums.
  ///
  /// - Parameters:
  ///   - edges: The k edges, finite and strictly increasing (k may be 0: one bin holds all).
  ///   - counts: The k + 1 non-negative bin counts.
  ///   - sums: The k + 1 finite sums of each bin's values, 0 where the bin is empty.
  /// - Precondition: The shapes and values are as described.
  public init(edges: [Double], counts: [Int], sums: [Double]) {
    if let problem = Self.problem(edges: edges, counts: counts, sums: sums) {
      preconditionFailure(problem)
    }
    self.edges = edges
    self.counts = counts
    self.sums = sums
  }

  /// Bins raw values, as the warehouse's `CASE` expression does.
  ///
  /// Each bin's sum is compensated (``CompensatedSum``), so it is the exact sum rounded about
  /// once.
  ///
  /// - Parameters:
  ///   - values: The raw values; NaN and ±∞ are left out.
  ///   - edges: The k edges, finite and strictly increasing.
  /// - Precondition: The edges are as described.
  /// - Complexity: O(n log k).
  public init(values: [Double], edges: [Double]) {
    var counts = [Int](repeating: 0, count: edges.count + 1)
    var sums = [CompensatedSum](repeating: CompensatedSum(), count: edges.count + 1)
    for value in values where value.isFinite {
      let bin = Self.bin(of: value, edges: edges)
      counts[bin] += 1
      sums[bin].add(value)
    }
    self.init(edges: edges, counts: counts, sums: sums.map(\.value))
  }

  /// Decodes a sample, checking it as ``init(edges:counts:sums:)`` does.
  ///
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError.dataCorrupted` when the shapes or values are invalid, or any error
  ///   of the decoder.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let edges = try container.decode([Double].self, forKey: .edges)
    let counts = try container.decode([Int].self, forKey: .counts)
    let sums = try container.decode([Double].self, forKey: .sums)
    if let problem = Self.problem(edges: edges, counts: counts, sums: sums) {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: problem))
    }
    self.edges = edges
    self.counts = counts
    self.sums = sums
  }

  /// The number of values in all bins.
  public var count: Int { counts.reduce(0, +) }

  /// The bin holding `value`: how many edges lie strictly below it (binary search).
  static func bin(of value: Double, edges: [Double]) -> Int {
    SortedSample.countBelow(value, in: edges)
  }

  /// Bin `bin`'s bounds: (e_{bin−1}, e_bin], with −∞ and +∞ for the outer bins.
  func bounds(ofBin bin: Int) -> (lower: Double, upper: Double) {
    (bin == 0 ? -.infinity : edges[bin - 1], bin == edges.count ? .infinity : edges[bin])
  }

  /// The mean of bin `bin`'s values, kept inside the bin against rounding; `nil` when empty.
  func mean(ofBin bin: Int) -> Double? {
    guard counts[bin] > 0 else { return nil }
    let (lower, upper) = bounds(ofBin: bin)
    return min(max(sums[bin] / Double(counts[bin]), lower), upper)
  }

  /// What makes the shapes or values invalid, or `nil` when they are valid.
  private static func problem(edges: [Double], counts: [Int], sums: [Double]) -> String? {
    if let bad = edges.firstIndex(where: { !$0.isFinite }) {
      return "edge \(bad) is not finite: \(edges[bad])"
    }
    if let bad = edges.indices.dropFirst().first(where: { edges[$0] <= edges[$0 - 1] }) {
      return "edges must increase strictly: edge \(bad) (\(edges[bad])) follows \(edges[bad - 1])"
    }
    if counts.count != edges.count + 1 || sums.count != edges.count + 1 {
      return "\(edges.count) edges need \(edges.count + 1) counts and sums, got "
        + "\(counts.count) and \(sums.count)"
    }
    if let bad = counts.firstIndex(where: { $0 < 0 }) {
      return "bin \(bad) has a negative count: \(counts[bad])"
    }
    if let bad = sums.indices.first(where: {
      !sums[$0].isFinite || (counts[$0] == 0 && sums[$0] != 0)
    }) {
      return "bin \(bad) has \(counts[bad]) values but sums to \(sums[bad])"
    }
    return nil
  }
}
