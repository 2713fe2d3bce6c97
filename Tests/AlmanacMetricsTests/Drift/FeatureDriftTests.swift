import AlmanacMetrics
import Testing

@Suite struct FeatureDriftTests {
  private let numeric = FeatureValues.numeric(SortedSample([1, 2, 3, 4, 5, 6, 7, 8]))

  @Test func emptyCurrentPeriodHasNoScore() {
    let drift = featureDrift(reference: numeric, current: .numeric(SortedSample([.nan])))
    #expect(drift.score == nil && drift.psi == nil && !drift.detected)
    #expect(drift.undefinedReason == .emptyCurrent)
    #expect(drift.method == .ks && drift.currentCount == 0)
  }

  @Test func emptyReferenceHasNoScore() {
    let drift = featureDrift(
      reference: .categorical(counts: [0, 0]), current: .categorical(counts: [3, 4]))
    #expect(drift.score == nil && drift.undefinedReason == .emptyReference)
  }

  @Test func inapplicableMethodIsReportedNotComputed() {
    let drift = featureDrift(
      reference: .categorical(counts: [5, 5, 5]), current: .categorical(counts: [4, 6, 5]),
      options: DriftOptions(method: .ks))
    #expect(drift.score == nil && drift.undefinedReason == .methodNotApplicable)
    #expect(drift.psi != nil)
    #expect(!DriftMethod.ks.applies(to: .categorical))
    #expect(!DriftMethod.wasserstein.applies(to: .categorical))
    #expect(DriftMethod.allCases.allSatisfy { $0.applies(to: .numeric) })
  }

  @Test func zTestNeedsTwoValuesAtMost() {
    let drift = featureDrift(
      reference: .categorical(counts: [5, 5, 5]), current: .categorical(counts: [4, 6, 5]),
      options: DriftOptions(method: .z))
    #expect(drift.score == nil && drift.undefinedReason == .moreThanTwoValues)
  }

  @Test func chiSquareNeedsTwoValuesAtLeast() {
    let drift = featureDrift(
      reference: .categorical(counts: [9, 0]), current: .categorical(counts: [7, 0]),
      options: DriftOptions(method: .chiSquare))
    #expect(drift.score == nil && drift.undefinedReason == .singleValue)
  }

  @Test func overridesReplaceMethodAndThreshold() throws {
    let reference = FeatureValues.categorical(counts: [60, 40])
    let current = FeatureValues.categorical(counts: [40, 60])
    let drift = featureDrift(
      reference: reference, current: current, options: DriftOptions(method: .psi, threshold: 0.9))
    let psi = try #require(drift.psi)
    // Shares 0.6/0.4 against 0.4/0.6: PSI = 2 · 0.2 · ln 1.5, worked by hand.
    expectClose(psi, 0.4 * 0.4054651081081644, relative: 1e-12, "psi")
    #expect(drift.score == drift.psi && drift.threshold == 0.9 && !drift.detected)
  }

  @Test func optionsFallBackFieldByField() {
    let feature = DriftOptions(method: nil, threshold: 0.3)
    let model = DriftOptions(method: .psi, threshold: 0.2)
    #expect(feature.overriding(model) == DriftOptions(method: .psi, threshold: 0.3))
  }

  @Test func methodNamesAreTheReportContract() {
    #expect(
      DriftMethod.allCases.map(\.rawValue)
        == ["ks", "chi_square", "z", "wasserstein", "jensen_shannon", "psi"])
  }

  @Test func verdictRulesDifferByMethodAtTheThreshold() {
    #expect(DriftMethod.ks.isDrift(score: 0.05, threshold: 0.05))
    #expect(!DriftMethod.chiSquare.isDrift(score: 0.05, threshold: 0.05))
    #expect(!DriftMethod.z.isDrift(score: 0.05, threshold: 0.05))
    #expect(DriftMethod.wasserstein.isDrift(score: 0.1, threshold: 0.1))
    #expect(DriftMethod.jensenShannon.isDrift(score: 0.1, threshold: 0.1))
    #expect(DriftMethod.psi.isDrift(score: 0.1, threshold: 0.1))
  }

  @Test func automaticChoiceAtTheBoundaries() {
    #expect(DriftMethod.automatic(kind: .numeric, referenceCount: 1000, distinctCount: 6) == .ks)
    #expect(
      DriftMethod.automatic(kind: .numeric, referenceCount: 1000, distinctCount: 5) == .chiSquare)
    #expect(DriftMethod.automatic(kind: .numeric, referenceCount: 1000, distinctCount: 2) == .z)
    #expect(
      DriftMethod.automatic(kind: .categorical, referenceCount: 10, distinctCount: 3) == .chiSquare)
    #expect(
      DriftMethod.automatic(kind: .numeric, referenceCount: 1001, distinctCount: 6) == .wasserstein)
    #expect(
      DriftMethod.automatic(kind: .numeric, referenceCount: 1001, distinctCount: 5)
        == .jensenShannon)
    #expect(
      DriftMethod.automatic(kind: .categorical, referenceCount: 1001, distinctCount: 50)
        == .jensenShannon)
  }

  @Test func datasetShareLeavesUndefinedFeaturesOut() {
    func feature(_ score: Double?, _ detected: Bool) -> FeatureDrift {
      FeatureDrift(
        kind: .numeric, method: .wasserstein, score: score, statistic: nil, threshold: 0.1,
        detected: detected, psi: nil, referenceCount: 1, currentCount: 1, distinctCount: 1,
        undefinedReason: nil)
    }
    let summary = DatasetDrift(features: [
      feature(0.2, true), feature(0.01, false), feature(0.3, true), feature(nil, false),
    ])
    #expect(summary.evaluatedCount == 3 && summary.driftingCount == 2)
    #expect(summary.share == 2.0 / 3.0 && summary.detected)
    #expect(DatasetDrift(features: []).share == nil)
    #expect(
      !DatasetDrift(features: [feature(0.2, true), feature(0, false)], shareThreshold: 0.6).detected
    )
  }
}

/// A drift test's distinct count is that of both samples together: shared values count once.
@Suite struct DistinctCountTests {
  @Test func sharedValuesCountOnce() {
    var generator = SplitMix64(seed: 5)
    let first = (0..<3_000).map { _ in (generator.nextUnitInterval() * 40).rounded(.down) }
    let second = (0..<2_000).map { _ in (generator.nextUnitInterval() * 50).rounded(.down) - 5 }
    let drift = featureDrift(
      reference: .numeric(SortedSample(first)), current: .numeric(SortedSample(second)))
    #expect(drift.distinctCount == Set(first + second).count)
    let oneSided = featureDrift(
      reference: .numeric(SortedSample(first)), current: .numeric(SortedSample([])))
    #expect(oneSided.distinctCount == Set(first).count)
    let other = featureDrift(
      reference: .numeric(SortedSample([])), current: .numeric(SortedSample(second)))
    #expect(other.distinctCount == Set(second).count)
  }
}

@Suite struct SortedSampleTests {
  @Test func dropsNonFiniteValuesAndSorts() {
    let sample = SortedSample([3, .nan, -1, .infinity, 2, -.infinity, -0.0, 2])
    #expect(sample.values == [-1, 0, 2, 2, 3])
    #expect(sample.droppedCount == 3 && sample.count == 5 && sample.distinctCount == 4)
    #expect(sample.values[1].sign == .plus)
  }

  /// The radix sort behind large samples must agree with the standard library's comparison sort,
  /// including negative values, zeros, subnormals and huge magnitudes.
  @Test(arguments: [1 as UInt64, 2, 3])
  func largeSamplesSortLikeTheStandardLibrary(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var column: [Double] = []
    for index in 0..<20_000 {
      let u = generator.nextUnitInterval()
      switch index % 5 {
      case 0: column.append((u - 0.5) * 1e300)
      case 1: column.append((u - 0.5) * 0x1p-1060)
      case 2: column.append((u * 8).rounded(.down) - 4)
      default: column.append(u - 0.5)
      }
    }
    let expected = column.map { $0 == 0 ? 0 : $0 }.sorted()
    // Values that are not finite are dropped, wherever they are.
    var withGaps = column
    for place in stride(from: 7, to: withGaps.count, by: 997) {
      withGaps.insert([Double.nan, .infinity, -.infinity][place % 3], at: place)
    }
    let sample = SortedSample(withGaps)
    #expect(sample.values == expected)
    #expect(sample.droppedCount == withGaps.count - column.count)
  }

  /// Deviations 1.5, 0.5, 0.5, 1.5 from the mean: variance (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25.
  @Test func populationSpreadIsTwoPass() {
    let sample = SortedSample([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4])
    expectClose(sample.populationStandardDeviation, 1.25.squareRoot(), relative: 1e-12)
  }
}
