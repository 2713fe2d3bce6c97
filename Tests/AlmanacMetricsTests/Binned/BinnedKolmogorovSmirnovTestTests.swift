import AlmanacMetrics
import Testing

@Suite struct BinnedKolmogorovSmirnovTestTests {
  /// Bins `values` on edges and runs both tests.
  private static func pair(_ reference: SortedSample, _ values: [Double], edges: [Double]) throws
    -> (binned: BinnedKolmogorovSmirnovTest, exact: KolmogorovSmirnovTest)
  {
    let binned = try #require(
      BinnedKolmogorovSmirnovTest(
        reference: reference, current: BinnedSample(values: values, edges: edges)))
    let exact = try #require(
      KolmogorovSmirnovTest(reference: reference, current: SortedSample(values)))
    return (binned, exact)
  }

  /// The exact statistic and p-value lie within the bounds, up to 1e-12 absolute.
  @Test(arguments: BinnedDriftCase.all)
  func boundsHoldTheExactTest(_ c: BinnedDriftCase) throws {
    let reference = SortedSample(c.reference.values())
    let edges = BinEdges.quantiles(of: reference, count: c.edgeCount)
    let (binned, exact) = try Self.pair(reference, c.current.values(), edges: edges)
    expectContains(binned.statistic, exact.statistic, "statistic")
    expectContains(binned.pValue, exact.pValue, "p-value")
    #expect(binned.method == exact.method)
    #expect(binned.statistic.value == binned.statistic.low)
  }

  /// Over all cases, D lies on average less than a third of the way from L to U (measured:
  /// 12% with 10 edges, 18% with 50, 29% with 200), which is why L is the estimate.
  @Test func exactStatisticLiesNearTheLowerBound() throws {
    var positions: [Double] = []
    for c in BinnedDriftCase.all {
      let reference = SortedSample(c.reference.values())
      let edges = BinEdges.quantiles(of: reference, count: c.edgeCount)
      let (binned, exact) = try Self.pair(reference, c.current.values(), edges: edges)
      let width = binned.statistic.high - binned.statistic.low
      if width > 0 { positions.append((exact.statistic - binned.statistic.low) / width) }
    }
    let mean = positions.reduce(0, +) / Double(positions.count)
    #expect(mean < 1.0 / 3, "mean position \(mean)")
  }

  /// 100 quantile bins (101 edges) and 10,000 rows on each side: the bound is narrow (measured
  /// width 0.0062 with no drift, D = 0.018, and 0.0043 with a 0.17σ shift, D = 0.083).
  @Test(arguments: [0.0, 0.1])
  func boundIsNarrowWithAHundredBins(shift: Double) throws {
    let reference = SortedSample(Draw(shape: .normal, count: 10_000, seed: 7).values())
    let values = Draw(shape: .normal, count: 10_000, seed: 8, shift: shift).values()
    let edges = BinEdges.quantiles(of: reference, count: 101)
    let (binned, exact) = try Self.pair(reference, values, edges: edges)
    expectContains(binned.statistic, exact.statistic, "statistic")
    #expect(binned.statistic.high - binned.statistic.low < 0.01)
  }

  /// One bin per distinct reference value, current values among the edges and sums exact
  /// (integers): the bounds close on the exact statistic and p-value.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func boundsCloseWithOneBinPerValue(seed: UInt64) throws {
    let reference = SortedSample(Draw(shape: .levels, count: 700, seed: seed, levels: 12).values())
    let edges = Array(Set(reference.values)).sorted()
    let values = Draw(shape: .levels, count: 500, seed: seed + 10, levels: 14).values()
      .filter(edges.contains)
    let (binned, exact) = try Self.pair(reference, values, edges: edges)
    #expect(abs(binned.statistic.low - exact.statistic) <= 1e-12)
    #expect(abs(binned.statistic.high - exact.statistic) <= 1e-12)
    #expect(abs(binned.pValue.low - exact.pValue) <= 1e-12)
    #expect(abs(binned.pValue.high - exact.pValue) <= 1e-12)
  }

  @Test func emptySampleHasNoResult() {
    let reference = SortedSample([1, 2, 3])
    #expect(
      BinnedKolmogorovSmirnovTest(
        reference: reference, current: BinnedSample(values: [.nan], edges: [1, 3])) == nil)
    #expect(
      BinnedKolmogorovSmirnovTest(
        reference: SortedSample([]), current: BinnedSample(values: [1], edges: [])) == nil)
  }

  /// Every current value below the reference minimum: D is 1, and the bounds hold it.
  @Test func currentBelowTheReference() throws {
    let reference = SortedSample(Draw(shape: .uniform, count: 300, seed: 4, shift: 10).values())
    let values = Draw(shape: .uniform, count: 200, seed: 5).values()
    let (binned, exact) = try Self.pair(
      reference, values, edges: BinEdges.quantiles(of: reference, count: 20))
    #expect(exact.statistic == 1)
    expectContains(binned.statistic, exact.statistic, "statistic")
    expectContains(binned.pValue, exact.pValue, "p-value")
  }

  /// A reference of one value has one edge and two bins.
  @Test func singleValuedReference() throws {
    let reference = SortedSample([Double](repeating: 5, count: 40))
    let edges = BinEdges.quantiles(of: reference, count: 10)
    #expect(edges == [5])
    for values in [[4, 5, 5, 6], [5, 5, 5], [1, 2, 3], [4.5, 5, 7, 8, 9]] as [[Double]] {
      let (binned, exact) = try Self.pair(reference, values, edges: edges)
      expectContains(binned.statistic, exact.statistic, "statistic \(values)")
      expectContains(binned.pValue, exact.pValue, "p-value \(values)")
    }
  }
}
