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
/// - PSI is computed on the bins for a reference of at most 20 distinct values (one per value, as
///   from rows). Otherwise, given the current values' least and greatest, it is estimated on the
///   rows' own bins (Sturges' equal-width bins over both sides): the reference's counts are
///   exact, and each bin's current values are spread as the reference's values in the same bin
///   (the outer bins' at their mean). Without the range it is computed on the reference's
///   quantile bins.
///
/// - Parameters:
///   - reference: The reference's values.
///   - current: The period's values in bins.
///   - currentRange: The period's least and greatest value, when known.
///   - options: The configured test and threshold, if any.
/// - Returns: The drift and, for a score computed from bins, how far it may be from the score of
///   the rows (`nil` when exact).
public func binnedFeatureDrift(
  reference: SortedSample, current: BinnedSample, currentRange: ClosedRange<Double>? = nil,
  options: DriftOptions = DriftOptions()
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
  if reference.distinctCount > 20, let currentRange {
    result.psi = PopulationStabilityIndex.of(
      equalWidthTable(reference: reference, current: current, currentRange: currentRange))
  } else {
    result.psi = PopulationStabilityIndex.of(table)
  }
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

/// The table of Sturges' equal-width bins the rows' PSI uses, the current side's counts estimated
/// from its bins (see ``binnedFeatureDrift(reference:current:currentRange:options:)``).
private func equalWidthTable(
  reference: SortedSample, current: BinnedSample, currentRange: ClosedRange<Double>
) -> FrequencyTable {
  let values = reference.values
  let lowest = min(values.first ?? .infinity, currentRange.lowerBound)
  let highest = max(values.last ?? -.infinity, currentRange.upperBound)
  let edges = FrequencyTable.sturgesEdges(
    lowest: lowest, highest: highest, total: reference.count + current.count)
  let binCount = edges.count - 1
  // Values at or below x: the reference values up to x.
  func atOrBelow(_ x: Double) -> Int { SortedSample.countBelow(x.nextUp, in: values) }
  var below = edges.dropLast().map(reference.countBelow)
  below.append(reference.count)
  let referenceCounts = (0..<binCount).map { Double(below[$0 + 1] - below[$0]) }
  func equalWidthBin(_ x: Double) -> Int {
    min(binCount - 1, max(0, SortedSample.countBelow(x.nextUp, in: Array(edges.dropLast())) - 1))
  }
  var currentCounts = [Double](repeating: 0, count: binCount)
  for bin in current.counts.indices where current.counts[bin] > 0 {
    let count = Double(current.counts[bin])
    let (lower, upper) = current.bounds(ofBin: bin)
    let inside = atOrBelow(upper) - atOrBelow(lower)
    guard lower.isFinite, upper.isFinite, inside > 0 else {
      // An outer bin, or one the reference leaves empty: its values at their mean.
      currentCounts[equalWidthBin(current.sums[bin] / count)] += count
      continue
    }
    // The bin's reference values, by equal-width bin, share out its current values.
    var start = atOrBelow(lower)
    let end = atOrBelow(upper)
    while start < end {
      let target = equalWidthBin(values[start])
      let next = target + 1 < binCount ? min(end, reference.countBelow(edges[target + 1])) : end
      let stop = max(next, start + 1)
      currentCounts[target] += count * Double(stop - start) / Double(inside)
      start = stop
    }
  }
  return FrequencyTable(reference: referenceCounts, current: currentCounts, boundaries: edges)
}
