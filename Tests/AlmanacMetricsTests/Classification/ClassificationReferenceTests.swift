import AlmanacMetrics
import Testing

/// Binary or multi-class figures from scikit-learn (Wilson and DeLong intervals computed in the
/// script with NumPy/SciPy, independently of the Swift code).
struct ClassificationCase: Codable, Sendable, CustomTestStringConvertible {
  struct MulticlassSpec: Codable, Sendable {
    var n: Int
    var seed: UInt64
    var levels: Double
  }

  var name: String
  var rows: ClassificationRowsSpec?
  var multiclass: MulticlassSpec?
  var confusion: [Double]?
  var accuracy: [Double?]?
  var precision: [Double?]?
  var recall: [Double?]?
  var specificity: [Double?]?
  var positiveRate: [Double?]?
  var f1: Double?
  var rocAuc: Double?
  var rocAucInterval: [Double?]?
  var logLoss: Double?
  var brier: Double?
  var macroF1: Double?

  enum CodingKeys: String, CodingKey {
    case name, rows, multiclass, confusion, accuracy, precision, recall, specificity, f1, brier
    case positiveRate = "positive_rate"
    case rocAuc = "roc_auc"
    case rocAucInterval = "roc_auc_interval"
    case logLoss = "log_loss"
    case macroF1 = "macro_f1"
  }

  var testDescription: String { name }
}

@Suite struct ClassificationReferenceTests {
  static let cases = (try? loadReference("classification", as: ClassificationCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 9)
  }

  /// Relative 1e-9 (closed forms; 1e-12 would also hold except for the AUC's summation order).
  @Test(arguments: cases.filter { $0.rows != nil })
  func binaryMatchesScikitLearn(_ c: ClassificationCase) throws {
    let rows = try #require(c.rows).draw()
    let predicted = rows.scores.map { $0 >= 0.5 }
    let metrics = BinaryClassificationMetrics(
      actual: rows.actual, predicted: predicted, scores: rows.scores)
    let matrix = metrics.confusion
    #expect(
      [matrix.truePositives, matrix.falsePositives, matrix.falseNegatives, matrix.trueNegatives]
        == c.confusion)
    #expect(matrix == ConfusionMatrix(actual: rows.actual, scores: rows.scores, threshold: 0.5))
    #expect(
      metrics
        == BinaryClassificationMetrics(actual: rows.actual, scores: rows.scores, threshold: 0.5))
    expectClose(metrics.accuracy, c.accuracy, "accuracy")
    expectClose(metrics.precision, c.precision, "precision")
    expectClose(metrics.recall, c.recall, "recall")
    expectClose(metrics.specificity, c.specificity, "specificity")
    expectClose(metrics.positiveRate, c.positiveRate, "positive rate")
    expectClose(metrics.f1?.value, c.f1, "f1")
    expectClose(metrics.rocAUC?.value, c.rocAuc, "roc auc")
    expectClose(metrics.rocAUC, c.rocAucInterval, "roc auc interval")
    expectClose(metrics.logLoss, c.logLoss, "log loss")
    expectClose(metrics.brier, c.brier, absolute: 1e-15, "brier")
  }

  @Test(arguments: cases.filter { $0.multiclass != nil })
  func multiclassMatchesScikitLearn(_ c: ClassificationCase) throws {
    let spec = try #require(c.multiclass)
    var generator = SplitMix64(seed: spec.seed)
    var actual: [Int32] = []
    var predicted: [Int32] = []
    for _ in 0..<spec.n {
      let truth = (generator.nextUnitInterval() * spec.levels).rounded(.down)
      let guess =
        generator.nextUnitInterval() < 0.6
        ? truth : (generator.nextUnitInterval() * (spec.levels + 1)).rounded(.down)
      actual.append(Int32(truth))
      predicted.append(Int32(guess))
    }
    let metrics = MulticlassMetrics(actual: actual, predicted: predicted)
    expectClose(metrics.accuracy, c.accuracy, "accuracy")
    expectClose(metrics.macroF1, c.macroF1, "macro f1")
  }
}

@Suite struct ClassificationEdgeTests {
  @Test func undefinedRatesAreNil() {
    let metrics = BinaryClassificationMetrics(
      actual: [false, false], predicted: [false, false], scores: nil)
    #expect(metrics.precision == nil)
    #expect(metrics.recall == nil)
    #expect(metrics.f1 == nil)
    #expect(metrics.rocAUC == nil)
    #expect(metrics.logLoss == nil)
    #expect(metrics.accuracy?.value == 1)
    #expect(metrics.specificity?.value == 1)
  }

  @Test func noRowsGiveNoFigures() {
    let metrics = BinaryClassificationMetrics(actual: [], predicted: [], scores: [])
    #expect(metrics.count == 0)
    #expect(metrics.accuracy == nil)
    #expect(metrics.logLoss == nil)
    #expect(metrics.brier == nil)
    let multiclass = MulticlassMetrics(actual: [], predicted: [])
    #expect(multiclass.accuracy == nil && multiclass.macroF1 == nil)
  }

  @Test func scoresOutsideTheUnitIntervalHaveNoProbabilityLosses() {
    let metrics = BinaryClassificationMetrics(
      actual: [true, false, true], predicted: [true, false, false], scores: [2.5, -1, 0.3])
    #expect(metrics.logLoss == nil)
    #expect(metrics.brier == nil)
    // Both positives (2.5, 0.3) outscore the one negative (−1): every pair is won.
    #expect(metrics.rocAUC?.value == 1)
  }

  /// The Wilson bounds for 0 of n are [0, z²/(n + z²)], a closed form independent of the code.
  @Test func wilsonIntervalAtZeroSuccesses() throws {
    let estimate = try #require(Estimate.wilson(successes: 0, trials: 10))
    let z = StandardNormal.quantile975
    #expect(estimate.value == 0)
    expectClose(estimate.low, 0, absolute: 1e-15, "low")
    expectClose(estimate.high, z * z / (10 + z * z), relative: 1e-12, "high")
    #expect(Estimate.wilson(successes: 0, trials: 0) == nil)
  }
}
