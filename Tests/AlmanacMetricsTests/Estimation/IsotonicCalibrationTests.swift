import AlmanacMetrics
import Testing

/// `IsotonicRegression(out_of_bounds="clip")` predictions at query scores.
struct IsotonicCase: Codable, Sendable, CustomTestStringConvertible {
  var name: String
  var rows: ClassificationRowsSpec
  var queries: [Double]
  var expected: [Double]
  var testDescription: String { name }
}

@Suite struct IsotonicCalibrationTests {
  static let cases = (try? loadReference("isotonic", as: IsotonicCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 4)
  }

  /// Relative 1e-9 (block means are exact ratios; interpolation adds one rounding).
  @Test(arguments: cases)
  func matchesScikitLearn(_ c: IsotonicCase) throws {
    let rows = c.rows.draw()
    let calibration = try #require(IsotonicCalibration(scores: rows.scores, actual: rows.actual))
    for (query, expected) in zip(c.queries, c.expected) {
      expectClose(
        calibration.probability(forScore: query), expected, absolute: 1e-15, "score \(query)")
    }
    #expect(zip(calibration.probabilities, calibration.probabilities.dropFirst()).allSatisfy(<=))
  }

  @Test func noRowsGiveNoCalibration() {
    #expect(IsotonicCalibration(scores: [], actual: []) == nil)
  }
}
