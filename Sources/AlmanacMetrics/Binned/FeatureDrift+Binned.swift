/// Tests a numeric column's drift from its current values binned on edges from the reference,
/// as an engine returns them.
///
/// The test is chosen as from rows, with the reference's distinct values standing for those of
/// both sides (bins cannot count the current side's). The result says how exact it is:
/// - Kolmogorov–Smirnov and Wasserstein come from ``BinnedKolmogorovSmirnovTest`` and
///   ``BinnedWassersteinDistance``, with the bound of their score.
/// - The tests of few values (chi-square, Z, Jensen–Shannon) and PSI read each bin as a value.
///   When every current value in a bin equals the bin's upper edge, a value the reference holds
///   (known from the bin's sum: values below the edge would make it smaller), the counts are the
///   per-value counts and these figures are exact; otherwise their score carries the bound 1
///   (it may be anywhere).
/// - PSI is computed on the bins: one per value for a reference of at most 20 distinct values,
///   as from rows; otherwise the reference's quantile bins, the credit-risk convention, where
///   rows use equal-width bins. It is a figure of its own, not an approximation, and carries no
///   bound.
///
/// - Parameters:
///   - reference: The reference's values.
///   - current: The period's values in bins.
///   - options: The configured test and threshold, if any.
/// - Returns: The drift and, for a score computed from bins, how far it may be from the score of
///   the rows (`nil` when exact).
public func binnedFeatureDrift(
  reference: SortedSample, current: BinnedSample, options: DriftOptions = DriftOptions()
) -> (drift: FeatureDrift, binningError: Double?) {
  let method =
    options.method
    ?? DriftMethod.automatic(
      kind: .numeric, referenceCount: reference.count, distinctCount: reference.distinctCount)
  let threshold = options.threshold ?? method.defaultThreshold
  var result = FeatureDrift(
    kind: .numeric, method: method, score: nil, statistic: nil, threshold: threshold,
    detected: false, psi: nil, referenceCount: reference.count, currentCount: current.count,
    distinctCount: reference.distinctCount, undefinedReason: nil)
  if reference.isEmpty {
    result.undefinedReason = .emptyReference
    return (result, nil)
  }
  if current.count == 0 {
    result.undefinedReason = .emptyCurrent
    return (result, nil)
  }
  let referenceBins = BinnedSample(values: reference.values, edges: current.edges)
  let table = FrequencyTable(
    reference: .categorical(counts: referenceBins.counts),
    current: .categorical(counts: current.counts))
  result.psi = PopulationStabilityIndex.of(table)
  let perValue = current.counts.indices.allSatisfy { bin in
    current.counts[bin] == 0
      || (bin < current.edges.count
        && current.sums[bin] == Double(current.counts[bin]) * current.edges[bin])
  }
  var bound: Double?
  switch method {
  case .ks:
    let test = BinnedKolmogorovSmirnovTest(reference: reference, current: current)
    result.score = test?.pValue.value
    result.statistic = test?.statistic.value
    bound = test.map { max($0.pValue.high - $0.pValue.value, $0.pValue.value - $0.pValue.low) }
  case .wasserstein:
    let distance = BinnedWassersteinDistance(reference: reference, current: current)
    result.score = distance?.normed.value
    result.statistic = distance?.raw.value
    bound = distance.map { max($0.normed.high - $0.normed.value, $0.normed.value - $0.normed.low) }
  case .chiSquare:
    let test = ChiSquareTest(table)
    result.score = test?.pValue
    result.statistic = test?.statistic
    if test == nil { result.undefinedReason = .singleValue }
    bound = perValue ? nil : 1
  case .z:
    let test = TwoProportionZTest(table)
    result.score = test?.pValue
    result.statistic = test?.statistic
    if test == nil { result.undefinedReason = .moreThanTwoValues }
    bound = perValue ? nil : 1
  case .jensenShannon:
    result.score = JensenShannonDistance.of(table)
    bound = perValue ? nil : 1
  case .psi:
    result.score = result.psi
  }
  if let score = result.score {
    result.detected = method.isDrift(score: score, threshold: threshold)
  } else {
    bound = nil
  }
  return (result, bound)
}
