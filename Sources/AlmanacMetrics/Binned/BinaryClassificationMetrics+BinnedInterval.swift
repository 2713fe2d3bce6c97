extension BinaryClassificationMetrics {
  /// The ROC AUC of binned scores with an interval that holds for the rows' AUC: DeLong's
  /// interval of the bins (each bin's rows taken as tied) widened on each side by the binning
  /// bound of ``rocAUC(positives:negatives:)``.
  ///
  /// - Parameters:
  ///   - positives: The scores of the positive rows, binned.
  ///   - negatives: The scores of the negative rows, binned over the same edges.
  /// - Returns: The estimate with its interval and how far the value may be from the rows'
  ///   AUC, or `nil` when either class is absent.
  public static func rocAUCEstimate(positives: BinnedSample, negatives: BinnedSample)
    -> (estimate: Estimate, binningError: Double)?
  {
    guard let bounded = rocAUC(positives: positives, negatives: negatives) else { return nil }
    let positiveCount = Double(positives.count)
    let negativeCount = Double(negatives.count)
    var positivesAbove = positiveCount
    var negativesBelow = 0.0
    var groups: [PlacementGroup] = []
    for bin in positives.counts.indices {
      let tiedPositives = Double(positives.counts[bin])
      let tiedNegatives = Double(negatives.counts[bin])
      guard tiedPositives + tiedNegatives > 0 else { continue }
      positivesAbove -= tiedPositives
      groups.append(
        PlacementGroup(
          positives: tiedPositives, negatives: tiedNegatives,
          positivePlacement: (negativesBelow + tiedNegatives / 2) / negativeCount,
          negativePlacement: (positivesAbove + tiedPositives / 2) / positiveCount))
      negativesBelow += tiedNegatives
    }
    let tiedBins = delong(groups, positiveCount: positiveCount, negativeCount: negativeCount)
    let error = max(bounded.high - bounded.value, bounded.value - bounded.low)
    return (
      Estimate(
        bounded.value, low: tiedBins.low.map { max(0, $0 - error) },
        high: tiedBins.high.map { min(1, $0 + error) }), error
    )
  }
}
