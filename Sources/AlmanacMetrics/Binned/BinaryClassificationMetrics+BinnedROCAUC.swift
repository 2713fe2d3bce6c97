extension BinaryClassificationMetrics {
  /// The ROC AUC from each class's score bins, with proven bounds on the AUC of the rows.
  ///
  /// A positive-negative pair in different bins is ordered as its bins are; a pair sharing a bin
  /// is counted as tied (half):
  ///
  ///     AUC_bins = Σᵢ Pᵢ·(N_{<i} + ½Nᵢ)/(P·N)
  ///
  /// with Pᵢ and Nᵢ the positives and negatives in bin i, N_{<i} the negatives in bins below it,
  /// and P and N the totals. In the exact AUC (`sklearn.metrics.roc_auc_score`, ties half, see
  /// ``rocAUC(actual:scores:)``) pairs in different bins count the same, and a pair sharing a bin
  /// counts 0, ½ or 1 instead of ½, so the exact AUC lies within ±½·Σᵢ Pᵢ·Nᵢ/(P·N) of AUC_bins
  /// (and in [0, 1]), and both ends are reached by some placement of the scores within their
  /// bins. A bin whose positives and negatives all sit at its upper edge (both means equal it)
  /// holds only tied pairs and adds nothing to the bound: with one bin per distinct score and
  /// every score among the edges, the bound is 0 and AUC_bins is exact.
  ///
  /// Bins of scores use the reference's score quantiles as edges (``BinEdges``), which keep
  /// Σᵢ Pᵢ·Nᵢ small.
  ///
  /// - Parameters:
  ///   - positives: The scores of the positive rows, binned.
  ///   - negatives: The scores of the negative rows, binned over the same edges.
  /// - Returns: The AUC with its bounds, or `nil` when either class is absent.
  /// - Precondition: The edges are identical.
  /// - Complexity: O(k).
  public static func rocAUC(positives: BinnedSample, negatives: BinnedSample) -> BoundedFigure? {
    precondition(
      positives.edges == negatives.edges,
      "positives and negatives are binned over different edges: \(positives.edges) and "
        + "\(negatives.edges)")
    let tied = positives.counts.indices.map { bin in
      let upper = positives.bounds(ofBin: bin).upper
      return positives.mean(ofBin: bin) == upper && negatives.mean(ofBin: bin) == upper
    }
    return binnedArea(
      positives: positives.counts.map(Double.init), negatives: negatives.counts.map(Double.init),
      tied: tied)
  }

  /// The ROC AUC from per-bin weights of each class, with proven bounds: counts, or the expected
  /// counts of label-free estimation.
  ///
  /// The same formula and bound as ``rocAUC(positives:negatives:)``, without knowing whether a
  /// bin's scores are tied. For the expected AUC of unlabelled rows, pass per bin Σp and
  /// Σ(1 − p) over the rows' calibrated probabilities p: the result is the rows' expected AUC
  /// (Σ_g P_g·(N_{<g} + ½N_g)/(P·N) over groups of equal scores, as ``PerformanceEstimate``
  /// computes it) within ±½·Σᵢ Pᵢ·Nᵢ/(P·N), each pair of rows in a common bin weighing
  /// p_r·(1 − p_s) and counting between 0 and 1 instead of ½.
  ///
  /// - Parameters:
  ///   - positiveWeights: Per bin, the (expected) positives; finite and non-negative.
  ///   - negativeWeights: Per bin, the (expected) negatives, as many as `positiveWeights`.
  /// - Returns: The AUC with its bounds, or `nil` when either class's total weight is 0.
  /// - Precondition: The arrays have the same length and hold finite non-negative weights.
  /// - Complexity: O(k).
  public static func rocAUC(positiveWeights: [Double], negativeWeights: [Double])
    -> BoundedFigure?
  {
    precondition(
      positiveWeights.count == negativeWeights.count,
      "positive and negative weights differ in length: \(positiveWeights.count) and "
        + "\(negativeWeights.count)")
    precondition(
      (positiveWeights + negativeWeights).allSatisfy { $0.isFinite && $0 >= 0 },
      "weights must be finite and non-negative")
    return binnedArea(
      positives: positiveWeights, negatives: negativeWeights,
      tied: Array(repeating: false, count: positiveWeights.count))
  }

  /// AUC_bins and its bounds, the bins marked `tied` adding nothing to the bound.
  private static func binnedArea(positives: [Double], negatives: [Double], tied: [Bool])
    -> BoundedFigure?
  {
    let positiveTotal = CompensatedSum.of(positives)
    let negativeTotal = CompensatedSum.of(negatives)
    guard positiveTotal > 0, negativeTotal > 0 else { return nil }
    var area = CompensatedSum()
    var shared = CompensatedSum()
    var negativesBelow = CompensatedSum()
    for bin in positives.indices {
      area.add(positives[bin] * (negativesBelow.value + negatives[bin] / 2))
      if !tied[bin] { shared.add(positives[bin] * negatives[bin]) }
      negativesBelow.add(negatives[bin])
    }
    let pairs = positiveTotal * negativeTotal
    let auc = area.value / pairs
    let half = shared.value / 2 / pairs
    return BoundedFigure(auc, low: max(0, auc - half), high: min(1, auc + half))
  }
}
