import AlmanacMetrics
import Testing

/// One special-function value from SciPy.
struct SpecialFunctionCase: Codable, Sendable, CustomTestStringConvertible {
  var function: String
  var call: String
  var args: [Double]
  var expected: Double
  var testDescription: String { call }
}

@Suite struct SpecialFunctionTests {
  static let cases = (try? loadReference("special-functions", as: SpecialFunctionCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count > 500)
  }

  /// Relative 1e-9 everywhere (values down to 1e-300 included); an absolute 1e-300 floor covers
  /// results that underflow to 0 on one side and to a subnormal on the other.
  @Test(arguments: cases)
  func matchesSciPy(_ c: SpecialFunctionCase) throws {
    let value: Double
    switch c.function {
    case "gammainc": value = IncompleteGamma.regularizedLower(c.args[0], c.args[1])
    case "gammaincc": value = IncompleteGamma.regularizedUpper(c.args[0], c.args[1])
    case "ndtr": value = StandardNormal.cdf(c.args[0])
    case "norm_sf": value = StandardNormal.survival(c.args[0])
    case "ndtri": value = StandardNormal.quantile(c.args[0])
    case "chi2_sf": value = ChiSquaredDistribution.survival(c.args[0], degreesOfFreedom: c.args[1])
    case "chi2_isf":
      value = ChiSquaredDistribution.inverseSurvival(c.args[0], degreesOfFreedom: c.args[1])
    case "kolmogorov": value = KolmogorovDistribution.survival(c.args[0])
    case "kstwobign_cdf": value = KolmogorovDistribution.cdf(c.args[0])
    case "smirnov": value = SmirnovDistribution.survival(c.args[1], sampleSize: Int(c.args[0]))
    case "kstwo_sf":
      value = KolmogorovSmirnovDistribution.survival(c.args[0], sampleSize: Int(c.args[1]))
    default:
      Issue.record("unknown function \(c.function)")
      return
    }
    expectClose(value, c.expected, relative: 1e-9, absolute: 1e-300, c.call)
  }
}
