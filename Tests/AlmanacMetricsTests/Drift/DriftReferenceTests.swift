import AlmanacMetrics
import Testing

/// Every drift measure on one column, from SciPy/NumPy (see `drift_expectations` in the script).
struct DriftCase: Codable, Sendable, CustomTestStringConvertible {
  var name: String
  var kind: String
  var reference: InputSpec?
  var current: InputSpec?
  var referenceCounts: [Int]?
  var currentCounts: [Int]?
  var referenceCount: Int
  var currentCount: Int
  var distinct: Int
  var tableReference: [Double]
  var tableCurrent: [Double]
  var psi: Double
  var jensenShannon: Double
  var chiSquareStatistic: Double?
  var chiSquarePvalue: Double?
  var zStatistic: Double?
  var zPvalue: Double?
  var ksStatistic: Double?
  var ksPvalue: Double?
  var wassersteinRaw: Double?
  var wassersteinNormed: Double?
  var automaticMethod: String
  var automaticScore: Double
  var automaticDetected: Bool

  enum CodingKeys: String, CodingKey {
    case name, kind, reference, current, distinct, psi
    case referenceCounts = "reference_counts"
    case currentCounts = "current_counts"
    case referenceCount = "reference_count"
    case currentCount = "current_count"
    case tableReference = "table_reference"
    case tableCurrent = "table_current"
    case jensenShannon = "jensen_shannon"
    case chiSquareStatistic = "chi_square_statistic"
    case chiSquarePvalue = "chi_square_pvalue"
    case zStatistic = "z_statistic"
    case zPvalue = "z_pvalue"
    case ksStatistic = "ks_statistic"
    case ksPvalue = "ks_pvalue"
    case wassersteinRaw = "wasserstein_raw"
    case wassersteinNormed = "wasserstein_normed"
    case automaticMethod = "automatic_method"
    case automaticScore = "automatic_score"
    case automaticDetected = "automatic_detected"
  }

  var testDescription: String { name }

  /// Both sides as the drift API takes them.
  func values() throws -> (FeatureValues, FeatureValues) {
    if kind == "categorical" {
      return (
        .categorical(counts: try #require(referenceCounts)),
        .categorical(counts: try #require(currentCounts))
      )
    }
    return (
      .numeric(SortedSample(try #require(reference).draw())),
      .numeric(SortedSample(try #require(current).draw()))
    )
  }
}

@Suite struct DriftReferenceTests {
  static let cases = (try? loadReference("drift", as: DriftCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases)
  func frequencyTableMatchesNumPy(_ c: DriftCase) throws {
    let (reference, current) = try c.values()
    let table = FrequencyTable(reference: reference, current: current)
    #expect(table.reference == c.tableReference)
    #expect(table.current == c.tableCurrent)
  }

  /// Relative 1e-9; the absolute 1e-12 floor only matters for distances that are exactly 0.
  @Test(arguments: cases)
  func measuresMatchSciPy(_ c: DriftCase) throws {
    let (reference, current) = try c.values()
    let table = FrequencyTable(reference: reference, current: current)
    expectClose(PopulationStabilityIndex.of(table), c.psi, absolute: 1e-12, "psi")
    expectClose(JensenShannonDistance.of(table), c.jensenShannon, absolute: 1e-12, "js")
    let chiSquare = ChiSquareTest(table)
    expectClose(chiSquare?.statistic, c.chiSquareStatistic, "chi-square statistic")
    expectClose(chiSquare?.pValue, c.chiSquarePvalue, absolute: 1e-300, "chi-square p")
    let z = TwoProportionZTest(table)
    expectClose(z?.statistic.magnitude, c.zStatistic?.magnitude, "z statistic")
    expectClose(z?.pValue, c.zPvalue, absolute: 1e-300, "z p")
    if case .numeric(let first) = reference, case .numeric(let second) = current {
      let ks = KolmogorovSmirnovTest(reference: first, current: second)
      expectClose(ks?.statistic, c.ksStatistic, "ks statistic")
      expectClose(ks?.pValue, c.ksPvalue, absolute: 1e-300, "ks p")
      let wasserstein = WassersteinDistance(reference: first, current: second)
      expectClose(wasserstein?.raw, c.wassersteinRaw, absolute: 1e-12, "wasserstein")
      expectClose(wasserstein?.normed, c.wassersteinNormed, absolute: 1e-12, "wasserstein normed")
      // A spread given in advance (as the noise of many samples is learned) changes nothing.
      let given = WassersteinDistance(
        reference: first, current: second, referenceSpread: first.populationStandardDeviation)
      #expect(given == wasserstein)
    }
  }

  @Test(arguments: cases)
  func automaticChoiceFollowsTheTable(_ c: DriftCase) throws {
    let (reference, current) = try c.values()
    let drift = featureDrift(reference: reference, current: current)
    #expect(drift.method.rawValue == c.automaticMethod)
    #expect(drift.referenceCount == c.referenceCount)
    #expect(drift.currentCount == c.currentCount)
    #expect(drift.distinctCount == c.distinct)
    expectClose(drift.score, c.automaticScore, absolute: 1e-300, "score")
    #expect(drift.detected == c.automaticDetected)
    expectClose(drift.psi, c.psi, absolute: 1e-12, "psi")
    #expect(drift.threshold == (drift.method.scoreIsPValue ? 0.05 : 0.1))
  }
}
