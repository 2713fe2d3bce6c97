import AlmanacMetrics
import RealModule
import Testing

@Suite struct PerformanceEstimateTests {
  /// Synthetic rows with a known, non-identity calibration.
  ///
  /// P(y = 1 | s) = s², so raw scores are
  /// miscalibrated and the isotonic fit has real work to do. The current period's scores lean
  /// higher than the reference's (covariate shift, which CBPE is meant to handle).
  private static func rows(count: Int, skew: Double, generator: inout SplitMix64)
    -> (scores: [Double], actual: [Bool])
  {
    var scores: [Double] = []
    var actual: [Bool] = []
    for _ in 0..<count {
      let score = Double.pow(generator.nextUnitInterval(), skew)
      scores.append(score)
      actual.append(generator.nextUnitInterval() < score * score)
    }
    return (scores, actual)
  }

  /// The band must contain the figure the labels show in at least 9 of 10 seeded trials, for each
  /// of accuracy, precision, recall and F1 (a 95% band is expected to miss about 1 in 20).
  @Test func bandContainsTheTruthInNineOfTenTrials() throws {
    var hits = [String: Int]()
    for seed in UInt64(1)...10 {
      var generator = SplitMix64(seed: seed)
      let reference = Self.rows(count: 5000, skew: 1, generator: &generator)
      let current = Self.rows(count: 2000, skew: 0.8, generator: &generator)
      let predicted = current.scores.map { $0 >= 0.6 }
      let calibration = try #require(
        IsotonicCalibration(scores: reference.scores, actual: reference.actual))
      let estimate = PerformanceEstimate(
        calibration: calibration, scores: current.scores, predicted: predicted)
      let truth = BinaryClassificationMetrics(
        actual: current.actual, predicted: predicted, scores: nil)
      let check = estimate.compared(with: truth)
      for (name, pair) in [
        ("accuracy", check.accuracy), ("precision", check.precision), ("recall", check.recall),
        ("f1", check.f1),
      ] {
        let pair = try #require(pair, "seed \(seed): \(name) undefined")
        if pair.isWithinBand { hits[name, default: 0] += 1 }
      }
    }
    for name in ["accuracy", "precision", "recall", "f1"] {
      #expect(
        hits[name, default: 0] >= 9, "\(name) covered the truth in \(hits[name, default: 0]) of 10")
    }
  }

  /// With a calibration that maps every score to itself on a grid, the expected confusion matrix
  /// is plain sums of the scores, computed here directly.
  @Test func expectedConfusionSumsCalibratedProbabilities() throws {
    let grid = (0...10).map { Double($0) / 10 }
    var scores: [Double] = []
    var actual: [Bool] = []
    for value in grid {
      for index in 0..<10 {
        scores.append(value)
        actual.append(Double(index) < value * 10)
      }
    }
    let calibration = try #require(IsotonicCalibration(scores: scores, actual: actual))
    for value in grid {
      expectClose(calibration.probability(forScore: value), value, absolute: 1e-15)
    }
    let current = [0.05, 0.2, 0.45, 0.7, 0.95]
    let predicted = current.map { $0 >= 0.5 }
    let estimate = PerformanceEstimate(
      calibration: calibration, scores: current, predicted: predicted)
    expectClose(estimate.expectedConfusion.truePositives, 0.7 + 0.95, relative: 1e-12, "tp")
    expectClose(estimate.expectedConfusion.falsePositives, 0.3 + 0.05, relative: 1e-12, "fp")
    expectClose(estimate.expectedConfusion.falseNegatives, 0.05 + 0.2 + 0.45, relative: 1e-12, "fn")
    expectClose(estimate.expectedConfusion.trueNegatives, 0.95 + 0.8 + 0.55, relative: 1e-12, "tn")
    expectClose(estimate.accuracy?.value, (1.65 + 2.3) / 5, relative: 1e-12, "accuracy")
    let accuracy = try #require(estimate.accuracy)
    #expect(try #require(accuracy.low) < accuracy.value)
    #expect(accuracy.value < (try #require(accuracy.high)))
  }

  @Test func nothingPredictedPositiveHasNoPrecision() throws {
    let calibration = try #require(
      IsotonicCalibration(scores: [0.1, 0.9], actual: [false, true]))
    let estimate = PerformanceEstimate(
      calibration: calibration, scores: [0.2, 0.3], predicted: [false, false])
    #expect(estimate.precision == nil)
    #expect(estimate.accuracy != nil)
  }
}

/// The estimated ROC AUC against NannyML's estimate (restated in numpy) and against the pairwise
/// definition when scores tie, both from `scripts/reference/generate.py`.
struct EstimatedROCAUCCase: Codable, Sendable, CustomTestStringConvertible {
  var name: String
  var reference: ClassificationRowsSpec
  var current: ClassificationRowsSpec
  var expected_roc_auc: Double
  var testDescription: String { name }
}

@Suite struct EstimatedROCAUCTests {
  static let cases = (try? loadReference("estimation", as: EstimatedROCAUCCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 3)
  }

  /// Absolute 1e-6: NannyML rounds its running sums to 5 decimals before dividing; the pairwise
  /// definition is exact up to summation order.
  @Test(arguments: cases)
  func matchesTheReference(_ c: EstimatedROCAUCCase) throws {
    let reference = c.reference.draw()
    let current = c.current.draw()
    let calibration = try #require(
      IsotonicCalibration(scores: reference.scores, actual: reference.actual))
    let estimate = PerformanceEstimate(
      calibration: calibration, scores: current.scores,
      predicted: current.scores.map { $0 >= 0.5 })
    let auc = try #require(estimate.rocAUC)
    expectClose(auc.value, c.expected_roc_auc, absolute: 1e-6, c.name)
    let low = try #require(auc.low)
    let high = try #require(auc.high)
    #expect(low < auc.value && auc.value < high)
  }

  /// Outcomes drawn from the calibrated probabilities themselves: the realized AUC must fall in
  /// the band in about 95% of 400 seeded trials (at least 93%), at two period sizes.
  @Test(arguments: [200, 2_000])
  func bandHoldsTheRealizedFigure(rows: Int) throws {
    var generator = SplitMix64(seed: 4_047 + UInt64(rows))
    var reference: (scores: [Double], actual: [Bool]) = ([], [])
    for _ in 0..<5_000 {
      let score = generator.nextUnitInterval()
      reference.scores.append(score)
      reference.actual.append(generator.nextUnitInterval() < score * score)
    }
    let calibration = try #require(
      IsotonicCalibration(scores: reference.scores, actual: reference.actual))
    var covered = 0
    let trials = 400
    for _ in 0..<trials {
      var scores: [Double] = []
      var actual: [Bool] = []
      for _ in 0..<rows {
        let score = Double.pow(generator.nextUnitInterval(), 0.8)
        scores.append(score)
        actual.append(generator.nextUnitInterval() < score * score)
      }
      let estimate = PerformanceEstimate(
        calibration: calibration, scores: scores, predicted: scores.map { $0 >= 0.6 })
      guard let low = estimate.rocAUC?.low, let high = estimate.rocAUC?.high,
        let realized = BinaryClassificationMetrics.rocAUC(actual: actual, scores: scores)?.value
      else {
        continue
      }
      if low <= realized && realized <= high { covered += 1 }
    }
    #expect(Double(covered) >= 0.93 * Double(trials), "\(covered) of \(trials) at \(rows) rows")
  }
}

/// Bands under covariate shift of several sizes.
///
/// The current scores lean further from the reference's, while the chance of a positive outcome
/// at a given score stays the same (last run: 193 to 198 of 200 for every metric and size). Each nominal 95% band must
/// hold the figure the labels show in at least 93% of 200 seeded periods, for accuracy,
/// precision, recall, F1 and ROC AUC.
@Suite struct CovariateShiftCoverageTests {
  @Test(arguments: [1.0, 0.7, 0.45])
  func bandsHoldUnderShift(skew: Double) throws {
    var generator = SplitMix64(seed: 9_001 + UInt64(skew * 100))
    var reference: (scores: [Double], actual: [Bool]) = ([], [])
    for _ in 0..<4_000 {
      let score = generator.nextUnitInterval()
      reference.scores.append(score)
      reference.actual.append(generator.nextUnitInterval() < score * score)
    }
    let calibration = try #require(
      IsotonicCalibration(scores: reference.scores, actual: reference.actual))
    var covered: [String: Int] = [:]
    var defined: [String: Int] = [:]
    let periods = 200
    for period in 0..<periods {
      let rows = [300, 1_000, 3_000][period % 3]
      var scores: [Double] = []
      var actual: [Bool] = []
      for _ in 0..<rows {
        let score = Double.pow(generator.nextUnitInterval(), skew)
        scores.append(score)
        actual.append(generator.nextUnitInterval() < score * score)
      }
      let predicted = scores.map { $0 >= 0.6 }
      let check = PerformanceEstimate(
        calibration: calibration, scores: scores, predicted: predicted
      ).compared(
        with: BinaryClassificationMetrics(actual: actual, predicted: predicted, scores: scores))
      for (name, pair) in [
        ("accuracy", check.accuracy), ("precision", check.precision), ("recall", check.recall),
        ("f1", check.f1), ("roc_auc", check.rocAUC),
      ] {
        guard let pair else { continue }
        defined[name, default: 0] += 1
        if pair.isWithinBand { covered[name, default: 0] += 1 }
      }
    }
    for name in ["accuracy", "precision", "recall", "f1", "roc_auc"] {
      let total = defined[name, default: 0]
      #expect(total == periods, "\(name) defined in \(total) periods")
      #expect(
        Double(covered[name, default: 0]) >= 0.93 * Double(total),
        "skew \(skew): \(name) covered in \(covered[name, default: 0]) of \(total)")
    }
  }
}
