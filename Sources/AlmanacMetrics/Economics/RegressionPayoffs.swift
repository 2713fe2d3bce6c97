/// What a regression model's forecasts are worth: a value per forecast less a cost per unit of error.
///
/// From the config's `value_per_prediction` and `cost_per_unit_error`.
public struct RegressionPayoffs: Sendable, Equatable, Codable {
  /// The value of one forecast before its error is counted.
  public var valuePerPrediction: Double
  /// The cost of one unit of absolute error (one unit sold too many or too few, say).
  public var costPerUnitError: Double

  /// Creates regression payoffs.
  ///
  /// - Parameters:
  ///   - valuePerPrediction: The value of one forecast.
  ///   - costPerUnitError: The cost of one unit of absolute error.
  public init(valuePerPrediction: Double, costPerUnitError: Double) {
    self.valuePerPrediction = valuePerPrediction
    self.costPerUnitError = costPerUnitError
  }

  /// The value of `predictions` forecasts: `n x valuePerPrediction - costPerUnitError x sum|error|`.
  ///
  /// - Parameters:
  ///   - predictions: Forecasts whose outcome is known, at least 0.
  ///   - absoluteErrorSum: The sum of their absolute errors, `sum |prediction - actual|`.
  /// - Returns: The value; 0 for no forecasts.
  /// - Complexity: O(1).
  public func value(predictions: Int, absoluteErrorSum: Double) -> Double {
    Double(predictions) * valuePerPrediction - costPerUnitError * absoluteErrorSum
  }

  /// The value of `predictions` forecasts with mean absolute error `meanAbsoluteError`:
  /// `n x (valuePerPrediction - costPerUnitError x MAE)`.
  ///
  /// - Parameters:
  ///   - predictions: Forecasts whose outcome is known, at least 0.
  ///   - meanAbsoluteError: Their mean absolute error.
  /// - Returns: The value; 0 for no forecasts.
  /// - Complexity: O(1).
  public func value(predictions: Int, meanAbsoluteError: Double) -> Double {
    value(predictions: predictions, absoluteErrorSum: meanAbsoluteError * Double(predictions))
  }

  /// What the forecasts would have earned at the baseline's error, less what they earned:
  /// `(MAE - baseline MAE) x n x costPerUnitError`.
  ///
  /// Signed like `OutcomePayoffs.valueLost(at:baselineAccuracy:)`: negative when the model's error
  /// was below its baseline (a gain).
  ///
  /// - Parameters:
  ///   - predictions: Forecasts whose outcome is known, at least 0.
  ///   - meanAbsoluteError: Their mean absolute error.
  ///   - baselineMeanAbsoluteError: The mean absolute error the serving version scored when approved.
  /// - Returns: Value lost; 0 for no forecasts.
  /// - Complexity: O(1).
  public func valueLost(
    predictions: Int, meanAbsoluteError: Double, baselineMeanAbsoluteError: Double
  ) -> Double {
    (meanAbsoluteError - baselineMeanAbsoluteError) * Double(predictions) * costPerUnitError
  }
}
