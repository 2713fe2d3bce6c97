/// Bin edges for ``BinnedSample``, chosen from the reference sample.
public enum BinEdges {
  /// Up to `count` edges at quantiles of the reference, each a value the reference holds.
  ///
  /// Edge j, for j = 0…count − 1, is the order statistic x₍ᵣ₎ (0-based) of rank
  /// r = ⌊j·(n − 1)/(count − 1)⌋, which is `numpy.quantile(x, j/(count − 1), method="lower")`
  /// computed in integers; repeats (tied values) are kept once, so the edges increase strictly.
  /// The first edge is the reference minimum and the last its maximum.
  ///
  /// Why these edges:
  /// - With the minimum and maximum as edges, bin 0 holds only values ≤ min and bin k only
  ///   values > max, where the reference distribution function is flat (0 and 1): there the
  ///   Wasserstein integral follows exactly from the bin's count and sum.
  /// - Each interior bin holds about 1/(count − 1) of the reference (a tied value holding more
  ///   is one edge, its bin ending with all its copies). The KS and Wasserstein bounds grow with
  ///   the mass of a bin on either side, so equal-mass bins keep them small while the current
  ///   data resemble the reference.
  /// - An edge at a reference value puts the reference's step there exactly on an edge, where
  ///   both distribution functions are known.
  ///
  /// Scores for ROC AUC use the same edges over the reference period's scores: the AUC bound is
  /// half the share of positive-negative pairs in a common bin, and equal-mass bins keep that
  /// share near its least for k bins (about 1/k when the classes overlap), where a fixed grid
  /// on [0, 1] would leave most bins empty and a few crowded.
  ///
  /// - Parameters:
  ///   - reference: The reference sample.
  ///   - count: The most edges wanted, at least 2.
  /// - Returns: The strictly increasing edges: none for an empty reference, one for a reference
  ///   of one distinct value.
  /// - Complexity: O(count).
  public static func quantiles(of reference: SortedSample, count: Int) -> [Double] {
    precondition(count >= 2, "at least 2 edges are needed (minimum and maximum), got \(count)")
    let values = reference.values
    guard !values.isEmpty else { return [] }
    var edges: [Double] = []
    edges.reserveCapacity(count)
    for j in 0..<count {
      let edge = values[j * (values.count - 1) / (count - 1)]
      if edge != edges.last { edges.append(edge) }
    }
    return edges
  }
}
