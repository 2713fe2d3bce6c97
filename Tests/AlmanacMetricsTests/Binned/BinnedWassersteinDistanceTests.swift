import AlmanacMetrics
import Testing

@Suite struct BinnedWassersteinDistanceTests {
  /// Bins `values` on edges and measures both distances.
  private static func pair(_ reference: SortedSample, _ values: [Double], edges: [Double]) throws
    -> (binned: BinnedWassersteinDistance, exact: WassersteinDistance)
  {
    let binned = try #require(
      BinnedWassersteinDistance(
        reference: reference, current: BinnedSample(values: values, edges: edges)))
    let exact = try #require(
      WassersteinDistance(reference: reference, current: SortedSample(values)))
    return (binned, exact)
  }

  /// The exact raw and normed distances lie within the bounds, up to 1e-12 relative (absolute
  /// below 1: the heavy-tailed cases reach distances of several units).
  @Test(arguments: BinnedDriftCase.all)
  func boundsHoldTheExactDistance(_ c: BinnedDriftCase) throws {
    let reference = SortedSample(c.reference.values())
    let edges = BinEdges.quantiles(of: reference, count: c.edgeCount)
    let (binned, exact) = try Self.pair(reference, c.current.values(), edges: edges)
    expectContains(binned.raw, exact.raw, slack: 1e-12 * max(1, exact.raw), "raw")
    expectContains(binned.normed, exact.normed, slack: 1e-12 * max(1, exact.normed), "normed")
  }

  /// 100 quantile bins (101 edges) and 10,000 rows on each side: the normed bound is useful, if
  /// wider than KS's, since it grows with the bins' widths (measured width 0.044 with no drift,
  /// W = 0.034, and 0.023 with a 0.17σ shift, W = 0.21); the value is within 0.001 of W.
  @Test(arguments: [0.0, 0.1])
  func boundIsNarrowWithAHundredBins(shift: Double) throws {
    let reference = SortedSample(Draw(shape: .normal, count: 10_000, seed: 7).values())
    let values = Draw(shape: .normal, count: 10_000, seed: 8, shift: shift).values()
    let edges = BinEdges.quantiles(of: reference, count: 101)
    let (binned, exact) = try Self.pair(reference, values, edges: edges)
    expectContains(binned.normed, exact.normed, "normed")
    #expect(binned.normed.high - binned.normed.low < 0.05)
    #expect(abs(binned.normed.value - exact.normed) < 0.001)
  }

  /// One bin per distinct reference value with the current values among the edges: the bounds
  /// close on the exact distance, whether the sums are exact (integers) or rounded (tenths).
  @Test(arguments: [1.0, 0.1])
  func boundsCloseWithOneBinPerValue(step: Double) throws {
    let reference = SortedSample(
      Draw(shape: .levels, count: 700, seed: 11, levels: 12).values().map { $0 * step })
    let edges = Array(Set(reference.values)).sorted()
    let values = Draw(shape: .levels, count: 500, seed: 12, levels: 14).values()
      .map { $0 * step }.filter(edges.contains)
    let (binned, exact) = try Self.pair(reference, values, edges: edges)
    #expect(abs(binned.raw.low - exact.raw) <= 1e-12 && abs(binned.raw.high - exact.raw) <= 1e-12)
  }

  /// Current values all below the reference minimum or all above its maximum fall in the outer
  /// bins, where the distance is exact.
  @Test(arguments: [-20.0, 20.0])
  func outerBinsAreExact(shift: Double) throws {
    let reference = SortedSample(Draw(shape: .normal, count: 400, seed: 13).values())
    let values = Draw(shape: .pareto, count: 300, seed: 14, shift: shift).values()
    let (binned, exact) = try Self.pair(
      reference, values, edges: BinEdges.quantiles(of: reference, count: 10))
    #expect(abs(binned.raw.low - exact.raw) <= 1e-12 * exact.raw)
    #expect(abs(binned.raw.high - exact.raw) <= 1e-12 * exact.raw)
  }

  /// A reference of one value: both bins are outer bins, so the distance is exact.
  @Test func singleValuedReference() throws {
    let reference = SortedSample([Double](repeating: 5, count: 40))
    let (binned, exact) = try Self.pair(reference, [1, 4.5, 5, 7, 9], edges: [5])
    #expect(abs(binned.raw.low - exact.raw) <= 1e-12 && abs(binned.raw.high - exact.raw) <= 1e-12)
    #expect(abs(binned.normed.value - exact.normed) <= 1e-12 * exact.normed)
  }

  @Test func emptySampleHasNoResult() {
    let reference = SortedSample([1, 2, 3])
    #expect(
      BinnedWassersteinDistance(
        reference: reference, current: BinnedSample(values: [.nan], edges: [1, 3])) == nil)
    #expect(
      BinnedWassersteinDistance(
        reference: SortedSample([]), current: BinnedSample(values: [1], edges: [1])) == nil)
    #expect(
      BinnedWassersteinDistance(
        reference: SortedSample([]), current: BinnedSample(values: [1], edges: [1]),
        referenceSpread: 1) == nil)
  }

  /// Edges inside the reference's range leave an outer bin unbounded on both sides of F_ref:
  /// no result when current values fall there, a result when they do not.
  @Test func edgesNotSpanningTheReference() {
    let reference = SortedSample([0, 1, 2, 3, 4])
    let edges: [Double] = [1, 3]
    #expect(
      BinnedWassersteinDistance(
        reference: reference, current: BinnedSample(values: [0.5, 2], edges: edges)) == nil)
    #expect(
      BinnedWassersteinDistance(
        reference: reference, current: BinnedSample(values: [1.5, 2], edges: edges)) != nil)
    #expect(
      BinnedWassersteinDistance(
        reference: reference, current: BinnedSample(values: [2], edges: [])) == nil)
  }
}
