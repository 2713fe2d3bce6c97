extension BinaryClassificationMetrics {
  /// The area under the ROC curve with DeLong's 95% interval.
  ///
  /// AUC = P(S⁺ > S⁻) + ½·P(S⁺ = S⁻) over all positive-negative pairs, which is what
  /// `sklearn.metrics.roc_auc_score` computes (tied scores form one step of the curve, counted
  /// as half). The interval is DeLong's: with the placement values
  /// V₁₀(i) = [#{negatives < sᵢ} + ½ #{negatives = sᵢ}]/n⁻ for each positive and
  /// V₀₁(j) = [#{positives > sⱼ} + ½ #{positives = sⱼ}]/n⁺ for each negative,
  /// Var(AUC) = s²(V₁₀)/n⁺ + s²(V₀₁)/n⁻ (sample variances, n − 1 denominators) and the interval is
  /// AUC ± 1.96·√Var clipped to [0, 1]. It is computed in O(n log n) by sorting each class and
  /// walking both (Sun and Xu, 2014). With a single positive or negative the variance is
  /// undefined and the estimate has no interval.
  ///
  /// DeLong, E. R., DeLong, D. M. and Clarke-Pearson, D. L. (1988), Biometrics 44, 837-845;
  /// Sun, X. and Xu, W. (2014), IEEE Signal Process. Lett. 21(11), 1389-1393.
  ///
  /// - Parameters:
  ///   - actual: The true classes.
  ///   - scores: Any scores where higher means "more positive", paired with `actual`; no NaN.
  /// - Returns: The AUC with its interval, or `nil` when either class is absent.
  /// - Complexity: O(n log n) time, O(n) space.
  public static func rocAUC(actual: [Bool], scores: [Double]) -> Estimate? {
    precondition(
      actual.count == scores.count,
      "actual and scores differ in length: \(actual.count) and \(scores.count)")
    var positives: [Double] = []
    var negatives: [Double] = []
    for (truth, score) in zip(actual, scores) {
      precondition(!score.isNaN, "scores must not contain NaN")
      if truth { positives.append(score) } else { negatives.append(score) }
    }
    guard !positives.isEmpty, !negatives.isEmpty else { return nil }
    return delong(
      placementGroups(
        positives: RadixSort.sorted(positives), negatives: RadixSort.sorted(negatives)),
      positiveCount: Double(positives.count), negativeCount: Double(negatives.count))
  }

  /// The AUC and DeLong's interval from the scores grouped by distinct value, lowest first.
  static func delong(_ groups: [PlacementGroup], positiveCount: Double, negativeCount: Double)
    -> Estimate
  {
    var area = CompensatedSum()
    for group in groups { area.add(group.positives * group.positivePlacement) }
    let auc = area.value / positiveCount
    guard positiveCount > 1, negativeCount > 1 else { return Estimate(auc) }
    var positiveSpread = CompensatedSum()
    var negativeSpread = CompensatedSum()
    for group in groups {
      let positiveDeviation = group.positivePlacement - auc
      let negativeDeviation = group.negativePlacement - auc
      positiveSpread.add(group.positives * positiveDeviation * positiveDeviation)
      negativeSpread.add(group.negatives * negativeDeviation * negativeDeviation)
    }
    let variance =
      positiveSpread.value / (positiveCount - 1) / positiveCount
      + negativeSpread.value / (negativeCount - 1) / negativeCount
    return .normal(auc, standardError: variance.squareRoot(), within: 0...1)
  }

  /// One distinct score with its multiplicity in each class and the DeLong placement values.
  struct PlacementGroup {
    var positives: Double
    var negatives: Double
    /// V₁₀ shared by this group's positives.
    var positivePlacement: Double
    /// V₀₁ shared by this group's negatives.
    var negativePlacement: Double
  }

  /// Walks both sorted classes together, one group per distinct score.
  private static func placementGroups(positives: [Double], negatives: [Double])
    -> [PlacementGroup]
  {
    let positiveCount = Double(positives.count)
    let negativeCount = Double(negatives.count)
    return SortedMerge(positives, negatives).map { step in
      let tiedPositives = Double(step.firstTies)
      let tiedNegatives = Double(step.secondTies)
      let positivesAbove = positiveCount - Double(step.firstThrough)
      return PlacementGroup(
        positives: tiedPositives, negatives: tiedNegatives,
        positivePlacement: (Double(step.secondBelow) + tiedNegatives / 2) / negativeCount,
        negativePlacement: (positivesAbove + tiedPositives / 2) / positiveCount)
    }
  }
}
