import AlmanacMetrics
import Testing

/// Regression figures from scikit-learn; predicted = actual + noise, both replayed from specs.
struct RegressionCase: Codable, Sendable, CustomTestStringConvertible {
  var name: String
  var actual: InputSpec
  var noise: InputSpec
  var mae: Double
  var rmse: Double
  var meanError: Double
  var zeroActualCount: Int
  var mape: Double?
  var r2: Double?
  var maeInterval: [Double]?
  var rmseInterval: [Double]?

  enum CodingKeys: String, CodingKey {
    case name, actual, noise, mae, rmse, mape, r2
    case meanError = "mean_error"
    case zeroActualCount = "zero_actual_count"
    case maeInterval = "mae_interval"
    case rmseInterval = "rmse_interval"
  }

  var testDescription: String { name }
}

@Suite struct RegressionReferenceTests {
  static let cases = (try? loadReference("regression", as: RegressionCase.self)) ?? []

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 8)
  }

  /// Relative 1e-9, with an absolute floor of 1e-9 × the RMSE for the mean error (a sum of
  /// signed terms whose last digits depend on summation order) and 1e-15 for exact zeros.
  @Test(arguments: cases)
  func matchesScikitLearn(_ c: RegressionCase) {
    let actual = c.actual.draw()
    let noise = c.noise.draw()
    let predicted = zip(actual, noise).map { $0 + $1 }
    let metrics = RegressionMetrics(actual: actual, predicted: predicted)
    #expect(metrics.count == actual.count)
    #expect(metrics.zeroActualCount == c.zeroActualCount)
    expectClose(metrics.mae?.value, c.mae, absolute: 1e-15, "mae")
    expectClose(metrics.rmse?.value, c.rmse, absolute: 1e-15, "rmse")
    expectClose(metrics.meanError, c.meanError, absolute: 1e-9 * c.rmse + 1e-15, "mean error")
    expectClose(metrics.mape, c.mape, "mape")
    expectClose(metrics.r2, c.r2, "r2")
    expectClose(metrics.mae?.low, c.maeInterval?[0], absolute: 1e-15, "mae low")
    expectClose(metrics.mae?.high, c.maeInterval?[1], absolute: 1e-15, "mae high")
    expectClose(metrics.rmse?.low, c.rmseInterval?[0], absolute: 1e-15, "rmse low")
    expectClose(metrics.rmse?.high, c.rmseInterval?[1], absolute: 1e-15, "rmse high")
  }

  /// scikit-learn's zero test fails for a constant 0.1 column (its mean is not exactly 0.1), so
  /// this case documents the deliberate difference: the definition, not the rounding, decides.
  @Test func constantActualIsExactlyDetected() {
    let actual = [0.1, 0.1, 0.1]
    #expect(RegressionMetrics(actual: actual, predicted: [0.2, 0.2, 0.2]).r2 == 0)
    #expect(RegressionMetrics(actual: actual, predicted: actual).r2 == 1)
  }

  @Test func emptyInputHasNoFigures() {
    let metrics = RegressionMetrics(actual: [], predicted: [])
    #expect(metrics.mae == nil && metrics.rmse == nil && metrics.mape == nil)
    #expect(metrics.r2 == nil && metrics.meanError == nil)
  }
}
