extension PerformanceEstimate {
  /// The ROC AUC the labels are expected to show, from calibrated probabilities, with a 95% band.
  ///
  /// **Estimate.** Each row is a positive with probability pᵢ, so walking the rows from the
  /// highest score down, the expected true positives grow by pᵢ and the expected false positives
  /// by 1 − pᵢ: the expected ROC curve, whose area is the estimate. Rows of equal score are one
  /// diagonal step, as for the measured curve (`roc_auc_score`). With P = Σpᵢ, N = Σ(1 − pᵢ)
  /// and, for each group g of equal scores, its expected positives P_g and negatives N_g and the
  /// expected negatives below it N_<g: AUC = Σ_g P_g (N_<g + ½N_g) / (P·N). This is NannyML's
  /// CBPE estimate (rows in order of the model's score, calibrated probabilities as outcomes);
  /// NannyML walks tied scores row by row in sort order and rounds its running sums to 5
  /// decimals, so the two agree to about 10⁻⁶ when scores are distinct.
  ///
  /// **Band.** As for the other estimates (delta method), from the outcomes and the calibration.
  /// AUC is a smooth function of the row values; its derivative in row k's value is
  /// g_k = (V₁₀(k)/P − V₀₁(k)/N) − AUC·(N − P)/(P·N), with V₁₀(k) = (N_<g + ½N_g)/N the share of
  /// negatives ranked below k and V₀₁(k) = (P_>g + ½P_g)/P the share of positives ranked above
  /// it. The realized AUC is the same function of the outcomes yᵢ ~ Bernoulli(pᵢ), so
  /// Var = Σ_k g_k² p_k(1 − p_k) + Σ_b (Σ_k g_k·w_kb)² ȳ_b(1 − ȳ_b)/m_b, where w_kb is row k's
  /// interpolation weight on calibration block b; the band is AUC ± 1.96·√Var within [0, 1].
  ///
  /// - Parameters:
  ///   - scoreGroups: The period's distinct scores in ascending order, each with its calibrated row
  ///     and how many rows have it.
  ///   - blockVariances: Each calibration block's variance ȳ_b(1 − ȳ_b)/m_b.
  /// - Returns: The estimate, or `nil` when P or N is zero.
  /// - Complexity: O(g) for g distinct scores.
  static func estimatedROCAUC(
    _ scoreGroups: [(row: CalibratedRow, size: Double)], blockVariances: [Double]
  ) -> Estimate? {
    // Each group's expected positives and negatives.
    var groups: [(row: CalibratedRow, size: Double, positives: Double, negatives: Double)] = []
    groups.reserveCapacity(scoreGroups.count)
    var positivesTotal = CompensatedSum()
    var negativesTotal = CompensatedSum()
    for (row, size) in scoreGroups {
      groups.append((row, size, size * row.probability, size * (1 - row.probability)))
      positivesTotal.add(size * row.probability)
      negativesTotal.add(size * (1 - row.probability))
    }
    let positives = positivesTotal.value
    let negatives = negativesTotal.value
    guard positives > 0, negatives > 0 else { return nil }

    var area = CompensatedSum()
    var negativesBelow = CompensatedSum()
    var belowAt: [Double] = []
    belowAt.reserveCapacity(groups.count)
    for group in groups {
      belowAt.append(negativesBelow.value)
      area.add(group.positives * (negativesBelow.value + group.negatives / 2))
      negativesBelow.add(group.negatives)
    }
    let pairs = positives * negatives
    let auc = area.value / pairs

    var outcomeVariance = CompensatedSum()
    var blockWeights = [Double](repeating: 0, count: blockVariances.count)
    var positivesAbove = CompensatedSum()
    for (index, group) in groups.enumerated().reversed() {
      let placementAmongNegatives = (belowAt[index] + group.negatives / 2) / negatives
      let placementAmongPositives = (positivesAbove.value + group.positives / 2) / positives
      let slope =
        placementAmongNegatives / positives - placementAmongPositives / negatives
        - auc * (negatives - positives) / pairs
      let row = group.row
      outcomeVariance.add(group.size * slope * slope * row.probability * (1 - row.probability))
      blockWeights[Int(row.lowerBlock)] += group.size * slope * (1 - row.weight)
      blockWeights[Int(row.upperBlock)] += group.size * slope * row.weight
      positivesAbove.add(group.positives)
    }
    var variance = outcomeVariance
    for (weight, blockVariance) in zip(blockWeights, blockVariances) {
      variance.add(weight * weight * blockVariance)
    }
    return .normal(auc, standardError: max(0, variance.value).squareRoot(), within: 0...1)
  }
}
