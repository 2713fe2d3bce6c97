/// Measures one column's drift between its reference and the current period.
///
/// The method is `options.method`, or the automatic choice of
/// ``DriftMethod/automatic(kind:referenceCount:distinctCount:)`` (DESIGN.md's table, Evidently's
/// defaults); the threshold is `options.threshold` or the method's default. PSI is computed beside
/// every method from the same ``FrequencyTable`` that chi-square, Z and Jensen-Shannon use.
/// Use this one function for features and for the score, prediction and actual columns alike.
///
/// Pure and `Sendable`: columns can be measured concurrently, each call reading its own inputs.
///
/// - Parameters:
///   - reference: The reference side.
///   - current: The current side, of the same kind (and slot count, when categorical).
///   - options: Method and threshold overrides.
/// - Returns: The drift; its score is `nil`, with a reason, when a side is empty or the method does
///   not apply.
/// - Complexity: O(n₁ + n₂) given sorted samples, plus the KS p-value (see
///   ``KolmogorovSmirnovTest``).
public func featureDrift(
  reference: FeatureValues, current: FeatureValues, options: DriftOptions = DriftOptions()
) -> FeatureDrift {
  precondition(
    reference.kind == current.kind,
    "reference is \(reference.kind.rawValue) but current is \(current.kind.rawValue)")
  let kind = reference.kind
  let distinct = distinctValueCount(reference, current)
  let method =
    options.method
    ?? DriftMethod.automatic(
      kind: kind, referenceCount: reference.count, distinctCount: distinct)
  let threshold = options.threshold ?? method.defaultThreshold
  var result = FeatureDrift(
    kind: kind, method: method, score: nil, statistic: nil, threshold: threshold,
    detected: false, psi: nil, referenceCount: reference.count, currentCount: current.count,
    distinctCount: distinct, undefinedReason: nil)
  if reference.count == 0 {
    result.undefinedReason = .emptyReference
    return result
  }
  if current.count == 0 {
    result.undefinedReason = .emptyCurrent
    return result
  }
  let table = FrequencyTable(reference: reference, current: current)
  result.psi = PopulationStabilityIndex.of(table)
  guard method.applies(to: kind) else {
    result.undefinedReason = .methodNotApplicable
    return result
  }
  switch (method, reference, current) {
  case (.ks, .numeric(let first), .numeric(let second)):
    let test = KolmogorovSmirnovTest(reference: first, current: second)
    result.score = test?.pValue
    result.statistic = test?.statistic
  case (.wasserstein, .numeric(let first), .numeric(let second)):
    let distance = WassersteinDistance(reference: first, current: second)
    result.score = distance?.normed
    result.statistic = distance?.raw
  case (.chiSquare, _, _):
    let test = ChiSquareTest(table)
    result.score = test?.pValue
    result.statistic = test?.statistic
    if test == nil { result.undefinedReason = .singleValue }
  case (.z, _, _):
    let test = TwoProportionZTest(table)
    result.score = test?.pValue
    result.statistic = test?.statistic
    if test == nil { result.undefinedReason = .moreThanTwoValues }
  case (.jensenShannon, _, _):
    result.score = JensenShannonDistance.of(table)
  case (.psi, _, _):
    result.score = result.psi
  case (.ks, _, _), (.wasserstein, _, _):
    preconditionFailure("\(method.rawValue) applies to numeric columns only")
  }
  if let score = result.score {
    result.detected = method.isDrift(score: score, threshold: threshold)
  }
  return result
}

/// Distinct values over both sides: a merge count for numeric samples, non-empty slots for
/// categories.
private func distinctValueCount(_ reference: FeatureValues, _ current: FeatureValues) -> Int {
  switch (reference, current) {
  case (.categorical(let first), .categorical(let second)):
    precondition(
      first.count == second.count, "category slots differ: \(first.count) and \(second.count)")
    return zip(first, second).count { $0 + $1 > 0 }
  case (.numeric(let first), .numeric(let second)):
    return SortedMerge(first.values, second.values).reduce(into: 0) { count, _ in count += 1 }
  default:
    preconditionFailure("reference and current must be of the same kind")
  }
}
