import AlmanacMetrics
import Testing

@Suite struct CompensatedSumTests {
  /// 1e16 + 1 rounds to 1e16 in plain addition; the compensation keeps the 1.
  @Test func keepsDigitsThatPlainAdditionLoses() {
    #expect(CompensatedSum.of([1e16, 1, -1e16]) == 1)
    #expect([1e16, 1, -1e16].reduce(0, +) == 0)
  }

  @Test func infiniteTermsGiveInfinity() {
    #expect(CompensatedSum.of([1, .infinity, 2]) == .infinity)
    #expect(CompensatedSum.of([]) == 0)
  }
}

@Suite struct SpecialFunctionDomainTests {
  @Test func incompleteGammaOutsideItsDomainIsNaN() {
    #expect(IncompleteGamma.regularizedLower(0, 1).isNaN)
    #expect(IncompleteGamma.regularizedUpper(1, -1).isNaN)
    #expect(IncompleteGamma.regularizedUpper(2, .infinity) == 0)
    #expect(IncompleteGamma.regularizedLower(2, 0) == 0)
    #expect(ChiSquaredDistribution.survival(.infinity, degreesOfFreedom: 3) == 0)
    #expect(ChiSquaredDistribution.survival(1, degreesOfFreedom: 0).isNaN)
  }

  /// P(Z > x) for large x underflows only below 1e-308 (near x = 37.5); the complement stays exact.
  @Test func normalTailsAreSymmetric() {
    for x in [0.0, 0.5, 3, 10, 37] {
      #expect(StandardNormal.survival(x) == StandardNormal.cdf(-x))
    }
    #expect(StandardNormal.survival(39) == 0)
    #expect(StandardNormal.cdf(.infinity) == 1)
  }

  @Test func distributionsAtTheEndsOfTheirSupport() {
    #expect(SmirnovDistribution.survival(0, sampleSize: 5) == 1)
    #expect(SmirnovDistribution.survival(1, sampleSize: 5) == 0)
    #expect(KolmogorovSmirnovDistribution.survival(0, sampleSize: 5) == 1)
    #expect(KolmogorovSmirnovDistribution.survival(1, sampleSize: 5) == 0)
    #expect(KolmogorovDistribution.survival(0) == 1)
    #expect(KolmogorovDistribution.survival(.nan).isNaN)
    #expect(TwoSampleKolmogorovSmirnovDistribution.survival(h: 0, m: 3, n: 4) == 1)
  }
}
