import AlmanacMetrics
import Testing

@Suite struct BinEdgesTests {
  /// Ranks ⌊j·(n − 1)/(count − 1)⌋: numpy.quantile(range(10), [0, 1/3, 2/3, 1], method="lower").
  @Test func edgesAreLowerQuantiles() {
    let reference = SortedSample((0..<10).map(Double.init))
    #expect(BinEdges.quantiles(of: reference, count: 4) == [0, 3, 6, 9])
    #expect(BinEdges.quantiles(of: reference, count: 2) == [0, 9])
    #expect(BinEdges.quantiles(of: reference, count: 50) == reference.values)
  }

  @Test func tiedValuesAreOneEdge() {
    #expect(BinEdges.quantiles(of: SortedSample([1, 1, 1, 1, 2]), count: 3) == [1, 2])
    #expect(BinEdges.quantiles(of: SortedSample([7, 7, .nan]), count: 5) == [7])
    #expect(BinEdges.quantiles(of: SortedSample([.nan]), count: 5).isEmpty)
  }

  /// Edges increase strictly, are reference values, start at the minimum and end at the maximum.
  @Test(arguments: BinnedDriftCase.all.filter { $0.edgeCount == 50 })
  func edgesSpanTheReference(_ c: BinnedDriftCase) throws {
    let reference = SortedSample(c.reference.values())
    let edges = BinEdges.quantiles(of: reference, count: c.edgeCount)
    #expect(edges.count <= c.edgeCount)
    #expect(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 })
    #expect(edges.first == reference.values.first && edges.last == reference.values.last)
    let held = Set(reference.values)
    #expect(edges.allSatisfy(held.contains))
  }
}
