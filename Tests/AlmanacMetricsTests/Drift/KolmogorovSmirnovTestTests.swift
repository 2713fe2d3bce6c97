import AlmanacMetrics
import Testing

/// One `scipy.stats.ks_2samp` result.
struct KolmogorovSmirnovCase: Codable, Sendable, CustomTestStringConvertible {
  var name: String
  var reference: InputSpec
  var current: InputSpec
  var call: String
  var statistic: Double
  var pvalue: Double
  var testDescription: String { name }
}

@Suite struct KolmogorovSmirnovTestTests {
  static let cases = (try? loadReference("ks-2samp", as: KolmogorovSmirnovCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 20)
  }

  /// Relative 1e-9 on both figures, p-values down to 1e-145 included.
  @Test(arguments: cases)
  func matchesSciPy(_ c: KolmogorovSmirnovCase) throws {
    let test = try #require(
      KolmogorovSmirnovTest(
        reference: SortedSample(c.reference.draw()), current: SortedSample(c.current.draw())))
    expectClose(test.statistic, c.statistic, relative: 1e-9, "\(c.name) statistic")
    expectClose(test.pValue, c.pvalue, relative: 1e-9, absolute: 1e-300, "\(c.name) p-value")
  }

  @Test func choosesExactUpToTenThousandValues() throws {
    let small = SortedSample((0..<10_000).map { Double($0) })
    let large = SortedSample((0..<10_001).map { Double($0) })
    let other = SortedSample((0..<300).map { Double($0) * 3.1 })
    #expect(KolmogorovSmirnovTest(reference: small, current: other)?.method == .exact)
    #expect(KolmogorovSmirnovTest(reference: large, current: other)?.method == .asymptotic)
  }

  @Test func emptySampleHasNoResult() {
    let empty = SortedSample([.nan, .infinity])
    #expect(KolmogorovSmirnovTest(reference: empty, current: SortedSample([1, 2])) == nil)
    #expect(KolmogorovSmirnovTest(reference: SortedSample([1, 2]), current: empty) == nil)
  }
}
