import AlmanacMetrics
import Testing

/// Labelled rows scored like a classifier: positives uniform on [0.3, 1), negatives on [0, 0.7),
/// optionally shifted and rounded to multiples of 1/`ties`.
struct ScoreCase: Sendable, CustomTestStringConvertible {
  var count: Int
  var prevalence: Double
  var seed: UInt64
  var shift = 0.0
  var ties: Double?
  var edgeCount = 100

  var testDescription: String {
    "n \(count), prevalence \(prevalence), seed \(seed), shift \(shift), ties \(ties ?? 0), "
      + "\(edgeCount) edges"
  }

  func rows(seed: UInt64, shift: Double) -> (actual: [Bool], scores: [Double]) {
    var generator = SplitMix64(seed: seed)
    var actual: [Bool] = []
    var scores: [Double] = []
    for _ in 0..<count {
      let positive = generator.nextUnitInterval() < prevalence
      var score = generator.nextUnitInterval() * 0.7 + (positive ? 0.3 : 0) + shift
      if let ties { score = (score * ties).rounded(.down) / ties }
      actual.append(positive)
      scores.append(score)
    }
    return (actual, scores)
  }

  /// Reference rows for the edges, current rows for the AUC.
  var reference: (actual: [Bool], scores: [Double]) { rows(seed: seed, shift: 0) }
  var current: (actual: [Bool], scores: [Double]) { rows(seed: seed + 1, shift: shift) }

  static let all: [ScoreCase] = [10, 50, 200].flatMap { edges in
    [1, 2, 3].flatMap { seed -> [ScoreCase] in
      [
        ScoreCase(count: 2_000, prevalence: 0.3, seed: seed, edgeCount: edges),
        ScoreCase(count: 2_000, prevalence: 0.05, seed: seed, shift: 0.1, edgeCount: edges),
        ScoreCase(count: 1_000, prevalence: 0.5, seed: seed, ties: 20, edgeCount: edges),
        ScoreCase(count: 30, prevalence: 0.4, seed: seed, edgeCount: edges),
        ScoreCase(count: 5_000, prevalence: 0.2, seed: seed, shift: -0.2, edgeCount: edges),
      ]
    }
  }
}

@Suite struct BinnedROCAUCTests {
  /// Each class's current scores binned on quantile edges of the reference scores.
  private static func binnedAUC(_ c: ScoreCase, edges: [Double]? = nil) -> BoundedFigure? {
    let edges =
      edges ?? BinEdges.quantiles(of: SortedSample(c.reference.scores), count: c.edgeCount)
    let (actual, scores) = c.current
    let positives = zip(actual, scores).filter(\.0).map(\.1)
    let negatives = zip(actual, scores).filter { !$0.0 }.map(\.1)
    return BinaryClassificationMetrics.rocAUC(
      positives: BinnedSample(values: positives, edges: edges),
      negatives: BinnedSample(values: negatives, edges: edges))
  }

  /// The exact AUC (`roc_auc_score`, ties half) lies within the bounds, up to 1e-12 absolute.
  @Test(arguments: ScoreCase.all)
  func boundsHoldTheExactAUC(_ c: ScoreCase) throws {
    let bounded = try #require(Self.binnedAUC(c))
    let (actual, scores) = c.current
    let exact = try #require(BinaryClassificationMetrics.rocAUC(actual: actual, scores: scores))
    expectContains(bounded, exact.value, "AUC")
  }

  /// 100 quantile bins (101 edges) and 10,000 rows: the bound is narrow (measured width 0.0058
  /// at prevalence 0.3, and 0.0090 with the current scores shifted by 0.1 from the reference's).
  @Test(arguments: [0.0, 0.1])
  func boundIsNarrowWithAHundredBins(shift: Double) throws {
    let c = ScoreCase(count: 10_000, prevalence: 0.3, seed: 21, shift: shift, edgeCount: 101)
    let bounded = try #require(Self.binnedAUC(c))
    let exact = try #require(
      BinaryClassificationMetrics.rocAUC(actual: c.current.actual, scores: c.current.scores))
    expectContains(bounded, exact.value, "AUC")
    #expect(bounded.high - bounded.low < 0.015)
  }

  /// One bin per distinct score with every score among the edges (sums exact: sixteenths):
  /// the bounds close on the exact AUC.
  @Test(arguments: [4, 5, 6] as [UInt64])
  func boundsCloseWithOneBinPerScore(seed: UInt64) throws {
    let c = ScoreCase(count: 3_000, prevalence: 0.4, seed: seed, ties: 16)
    let edges = Array(Set(c.reference.scores + c.current.scores)).sorted()
    let bounded = try #require(Self.binnedAUC(c, edges: edges))
    let exact = try #require(
      BinaryClassificationMetrics.rocAUC(actual: c.current.actual, scores: c.current.scores))
    #expect(abs(bounded.low - exact.value) <= 1e-12 && abs(bounded.high - exact.value) <= 1e-12)
  }

  /// The expected AUC from per-bin Σp and Σ(1 − p) holds the rows' expected AUC.
  ///
  /// With p in eighths, each row is 8 rows of which 8p are positive, so `rocAUC(actual:scores:)` of those
  /// rows is the expected AUC of the originals.
  @Test(arguments: [7, 8, 9] as [UInt64])
  func expectedAUCBoundsHoldTheRowsExpectedAUC(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    var scores: [Double] = []
    var probabilities: [Double] = []
    for _ in 0..<3_000 {
      let score = generator.nextUnitInterval()
      scores.append(score)
      probabilities.append(
        min(7, (score * 8 + generator.nextUnitInterval() * 2).rounded(.down)) / 8)
    }
    let edges = BinEdges.quantiles(of: SortedSample(scores), count: 50)
    var positiveWeights = [Double](repeating: 0, count: edges.count + 1)
    var negativeWeights = positiveWeights
    var actual: [Bool] = []
    var replicated: [Double] = []
    for (score, p) in zip(scores, probabilities) {
      let bin = edges.filter { $0 < score }.count
      positiveWeights[bin] += p
      negativeWeights[bin] += 1 - p
      let positives = Int(p * 8)
      actual += (0..<8).map { $0 < positives }
      replicated += [Double](repeating: score, count: 8)
    }
    let bounded = try #require(
      BinaryClassificationMetrics.rocAUC(
        positiveWeights: positiveWeights, negativeWeights: negativeWeights))
    let exact = try #require(BinaryClassificationMetrics.rocAUC(actual: actual, scores: replicated))
    expectContains(bounded, exact.value, "expected AUC")
    #expect(bounded.high - bounded.low < 0.03)
  }

  @Test func absentClassHasNoResult() {
    let edges: [Double] = [0.5]
    let some = BinnedSample(values: [0.2, 0.7], edges: edges)
    let none = BinnedSample(values: [.nan], edges: edges)
    #expect(BinaryClassificationMetrics.rocAUC(positives: some, negatives: none) == nil)
    #expect(BinaryClassificationMetrics.rocAUC(positives: none, negatives: some) == nil)
    #expect(
      BinaryClassificationMetrics.rocAUC(positiveWeights: [0, 0], negativeWeights: [1, 2])
        == nil)
  }
}
