import AlmanacMetrics
import Testing

/// Figures from an engine's sufficient statistics equal the figures from the rows they sum.
struct SufficientStatisticsTests {
  /// Scores, outcomes and predicted classes of a calibrated classifier, seeded.
  private static func classifierRows(seed: UInt64, count: Int)
    -> (scores: [Double], actual: [Bool], predicted: [Bool])
  {
    var generator = SplitMix64(seed: seed)
    var rows: (scores: [Double], actual: [Bool], predicted: [Bool]) = ([], [], [])
    for _ in 0..<count {
      // Scores rounded to 3 decimals, so ties occur as in real logs.
      let score = (generator.nextUnitInterval() * 1_000).rounded() / 1_000
      rows.scores.append(score)
      rows.actual.append(generator.nextUnitInterval() < score * 0.8 + 0.1)
      rows.predicted.append(score >= 0.45)
    }
    return rows
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func estimatesFromScoreBinsEqualThoseFromRows(seed: UInt64) throws {
    let reference = Self.classifierRows(seed: seed, count: 4_000)
    let calibration = try #require(
      IsotonicCalibration(scores: reference.scores, actual: reference.actual))
    let current = Self.classifierRows(seed: seed + 100, count: 3_000)
    let rows = PerformanceEstimate(
      calibration: calibration, scores: current.scores, predicted: current.predicted)
    // Edges: reference quantiles and every knot, as the engine's query bins scores.
    var edgeSet = Set(BinEdges.quantiles(of: SortedSample(reference.scores), count: 40))
    edgeSet.formUnion(calibration.knots)
    let edges = edgeSet.sorted()
    var positive: [Int: ScoreBinSums] = [:]
    var negative: [Int: ScoreBinSums] = [:]
    for (score, isPositive) in zip(current.scores, current.predicted) {
      let bin = edges.count { $0 < score }
      var sums =
        (isPositive ? positive[bin] : negative[bin]) ?? ScoreBinSums(rows: 0, sum: 0, squares: 0)
      sums.rows += 1
      sums.sum += score
      sums.squares += score * score
      if isPositive { positive[bin] = sums } else { negative[bin] = sums }
    }
    let binned = try #require(
      PerformanceEstimate(
        calibration: calibration, edges: edges, positive: positive, negative: negative))
    for (name, a, b) in [
      ("accuracy", rows.accuracy, binned.accuracy), ("precision", rows.precision, binned.precision),
      ("recall", rows.recall, binned.recall), ("f1", rows.f1, binned.f1),
    ] {
      let first = try #require(a)
      let second = try #require(b)
      #expect(abs(first.value - second.value) < 1e-12, "\(name)")
      #expect(abs((first.low ?? 0) - (second.low ?? 0)) < 1e-12, "\(name) low")
      #expect(abs((first.high ?? 0) - (second.high ?? 0)) < 1e-12, "\(name) high")
    }
    let auc = try #require(rows.rocAUC)
    let binnedAUC = try #require(binned.rocAUC)
    let bound = try #require(binned.rocAUCBinningError)
    #expect(abs(auc.value - binnedAUC.value) <= bound + 1e-12)
    #expect(bound < 0.01)
    // Edges that miss a knot cannot give exact sums: no estimate.
    let missing = edges.filter { $0 != calibration.knots[calibration.knots.count / 2] }
    #expect(
      PerformanceEstimate(
        calibration: calibration, edges: missing, positive: positive, negative: negative) == nil)
  }

  @Test(arguments: [4, 5] as [UInt64])
  func regressionFiguresFromSumsEqualThoseFromRows(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    var actual: [Double] = []
    var predicted: [Double] = []
    for index in 0..<2_000 {
      let truth = index % 50 == 0 ? 0 : 1_000 + (generator.nextUnitInterval() * 200).rounded()
      actual.append(truth)
      predicted.append(truth + (generator.nextUnitInterval() - 0.45) * 30)
    }
    let rows = RegressionMetrics(actual: actual, predicted: predicted)
    var sums = ErrorSums()
    sums.actualShift = 1_100
    for (truth, guess) in zip(actual, predicted) {
      let error = guess - truth
      sums.count += 1
      sums.error += error
      sums.absolute += abs(error)
      sums.squares += error * error
      sums.fourthPowers += error * error * error * error
      if truth == 0 { sums.zeroActuals += 1 } else { sums.percentage += abs(error) / abs(truth) }
      sums.shiftedActual += truth - 1_100
      sums.shiftedActualSquares += (truth - 1_100) * (truth - 1_100)
      let range = sums.actualRange ?? truth...truth
      sums.actualRange = min(range.lowerBound, truth)...max(range.upperBound, truth)
    }
    let fromSums = RegressionMetrics(sums: sums)
    func close(_ a: Double?, _ b: Double?) -> Bool {
      guard let a, let b else { return a == nil && b == nil }
      return abs(a - b) <= 1e-10 * max(1, abs(a))
    }
    #expect(close(rows.mae?.value, fromSums.mae?.value) && close(rows.mae?.low, fromSums.mae?.low))
    #expect(
      close(rows.rmse?.value, fromSums.rmse?.value) && close(rows.rmse?.high, fromSums.rmse?.high))
    #expect(close(rows.mape, fromSums.mape) && rows.zeroActualCount == fromSums.zeroActualCount)
    #expect(close(rows.r2, fromSums.r2) && close(rows.meanError, fromSums.meanError))
  }

  @Test func multiclassFiguresFromCountsEqualThoseFromRows() {
    let actual: [Int32] = [0, 0, 1, 1, 2, 2, 2, 0, 1, 2]
    let predicted: [Int32] = [0, 1, 1, 1, 2, 0, 2, 0, 2, 2]
    var counts: [Int64: Int] = [:]
    for (a, p) in zip(actual, predicted) { counts[Int64(a) * 10 + Int64(p), default: 0] += 1 }
    let fromCounts = MulticlassMetrics(
      counts: counts.map { (Int32($0.key / 10), Int32($0.key % 10), $0.value) })
    #expect(fromCounts == MulticlassMetrics(actual: actual, predicted: predicted))
  }

  @Test func numericDriftFromBinsHoldsTheRowsFigure() throws {
    let reference = SortedSample(Draw(shape: .normal, count: 3_000, seed: 9).values())
    let current = Draw(shape: .normal, count: 2_000, seed: 10, shift: 0.1).values()
    let edges = BinEdges.quantiles(of: reference, count: 100)
    let binned = binnedFeatureDrift(
      reference: reference, current: BinnedSample(values: current, edges: edges))
    let rows = featureDrift(
      reference: .numeric(reference), current: .numeric(SortedSample(current)))
    #expect(binned.drift.method == rows.method && rows.method == .wasserstein)
    let bound = try #require(binned.binningError)
    #expect(abs(try #require(binned.drift.score) - (try #require(rows.score))) <= bound)
  }

  @Test func fewValuedNumbersFromBinsAreExact() throws {
    let reference = SortedSample(Draw(shape: .levels, count: 800, seed: 11, levels: 4).values())
    let current = Draw(shape: .levels, count: 500, seed: 12, levels: 4).values()
    let edges = BinEdges.quantiles(of: reference, count: 100)
    let binned = binnedFeatureDrift(
      reference: reference, current: BinnedSample(values: current, edges: edges))
    let rows = featureDrift(
      reference: .numeric(reference), current: .numeric(SortedSample(current)))
    #expect(binned.drift.method == .chiSquare && binned.binningError == nil)
    #expect(binned.drift.score == rows.score && binned.drift.psi == rows.psi)
  }
}

extension SufficientStatisticsTests {
  /// Given the current values' range, the PSI from bins is estimated on the rows' own
  /// equal-width bins and lands near the rows' PSI (exact on the reference side).
  @Test(arguments: [(0.0, 21 as UInt64), (0.3, 22), (1.0, 23)])
  func psiFromBinsIsNearTheRowsPSI(shift: Double, seed: UInt64) throws {
    let reference = SortedSample(Draw(shape: .normal, count: 5_000, seed: seed).values())
    let current = Draw(shape: .normal, count: 3_000, seed: seed + 50, shift: shift).values()
    let sorted = SortedSample(current)
    let edges = BinEdges.quantiles(of: reference, count: 100)
    let range = try #require(sorted.values.first)...(try #require(sorted.values.last))
    let binned = binnedFeatureDrift(
      reference: reference, current: BinnedSample(values: current, edges: edges),
      currentRange: range)
    let rows = featureDrift(reference: .numeric(reference), current: .numeric(sorted))
    let psi = try #require(rows.psi)
    let estimate = try #require(binned.drift.psi)
    #expect(abs(estimate - psi) <= 0.05 * psi + 0.004, "rows \(psi), bins \(estimate)")
  }
}

extension SufficientStatisticsTests {
  @Test func multiclassEstimatesFromConfidenceBinsEqualThoseFromRows() throws {
    var generator = SplitMix64(seed: 31)
    var confidences: [Double] = []
    var right: [Bool] = []
    var predicted: [Int] = []
    for _ in 0..<3_000 {
      let confidence = (0.34 + generator.nextUnitInterval() * 0.66 * 1_000).rounded() / 1_000
      confidences.append(min(1, confidence))
      right.append(generator.nextUnitInterval() < confidence)
      predicted.append(Int(generator.nextUnitInterval() * 2.999))
    }
    let correctness = try #require(IsotonicCalibration(scores: confidences, actual: right))
    let shares: [[Double]] = [[0, 0.7, 0.3], [0.5, 0, 0.5], [0.2, 0.8, 0]]
    let current = Array(confidences.prefix(1_500))
    let classes = Array(predicted.prefix(1_500))
    let rows = MulticlassEstimate(
      correctness: correctness, errorShares: shares, confidences: current, predicted: classes)
    let edges = Set(
      BinEdges.quantiles(of: SortedSample(confidences), count: 50) + correctness.knots
    ).sorted()
    var byClass = [[Int: ScoreBinSums]](repeating: [:], count: 3)
    for (confidence, code) in zip(current, classes) {
      let bin = edges.count { $0 < confidence }
      var sums = byClass[code][bin] ?? ScoreBinSums(rows: 0, sum: 0, squares: 0)
      sums.rows += 1
      sums.sum += confidence
      sums.squares += confidence * confidence
      byClass[code][bin] = sums
    }
    let binned = try #require(
      MulticlassEstimate(
        correctness: correctness, errorShares: shares, edges: edges, byClass: byClass))
    let accuracy = try #require(rows.accuracy)
    let binnedAccuracy = try #require(binned.accuracy)
    #expect(abs(accuracy.value - binnedAccuracy.value) < 1e-12)
    #expect(abs((accuracy.low ?? 0) - (binnedAccuracy.low ?? 0)) < 1e-12)
    #expect(abs((rows.macroF1?.value ?? 0) - (binned.macroF1?.value ?? 1)) < 1e-12)
  }
}
