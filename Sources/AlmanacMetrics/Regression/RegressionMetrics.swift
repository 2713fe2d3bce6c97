/// Error figures for a regression model over one period's labelled rows.
///
/// Errors are eᵢ = predictedᵢ − actualᵢ. Sums are compensated (``CompensatedSum``) and spreads use
/// two passes (mean first, then squared deviations), so a column like 1e9 + noise keeps its digits.
///
/// **Intervals.** MAE and RMSE carry normal-approximation 95% intervals, computed without
/// resampling: MAE ± 1.96·s(|e|)/√n, and for RMSE the interval of the mean squared error,
/// MSE ± 1.96·s(e²)/√n (s with an n − 1 denominator), mapped through √· with the lower end
/// floored at 0. They rest on the central limit theorem: good from a few dozen rows, optimistic
/// for very few rows or extremely heavy-tailed errors; with one row there is no interval.
public struct RegressionMetrics: Sendable, Equatable, Codable {
  /// The number of rows.
  public var count: Int
  /// Mean absolute error (1/n) Σ|eᵢ|, or `nil` for no rows.
  ///
  /// `sklearn.metrics.mean_absolute_error`.
  public var mae: Estimate?
  /// Root mean squared error √((1/n) Σeᵢ²), or `nil` for no rows.
  ///
  /// `sklearn.metrics.root_mean_squared_error`.
  public var rmse: Estimate?
  /// Mean absolute percentage error as a **fraction** (0.12 means 12%).
  ///
  /// (1/m) Σ |eᵢ|/|actualᵢ| over the m rows whose actual is not zero; those rows are left out and
  /// counted in ``zeroActualCount``. Equals `sklearn.metrics.mean_absolute_percentage_error` on the
  /// rows kept. `nil` when no row has a non-zero actual.
  public var mape: Double?
  /// The rows left out of ``mape`` because their actual is exactly zero.
  public var zeroActualCount: Int
  /// The coefficient of determination R² = 1 − Σeᵢ²/Σ(actualᵢ − mean)².
  ///
  /// `sklearn.metrics.r2_score` with its default `force_finite=True`: when every actual is the
  /// same value the ratio is undefined and R² is 1 for perfect predictions and 0 otherwise.
  /// Constancy is tested exactly (all actuals equal), where scikit-learn tests for a zero sum of
  /// squares and so returns huge negative numbers for a constant column whose mean is not exactly
  /// representable (such as 0.1). `nil` for fewer than two rows, as scikit-learn returns NaN.
  public var r2: Double?
  /// Mean error (1/n) Σ(predictedᵢ − actualᵢ), or `nil` for no rows.
  ///
  /// Positive means over-forecast.
  public var meanError: Double?

  /// Computes every figure for paired, already filtered rows.
  ///
  /// - Parameters:
  ///   - actual: The observed values.
  ///   - predicted: The model's predictions, paired with `actual`.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n) time (two passes), O(1) extra space.
  public init(actual: [Double], predicted: [Double]) {
    precondition(
      actual.count == predicted.count,
      "actual and predicted differ in length: \(actual.count) and \(predicted.count)")
    let n = Double(actual.count)
    var errorSum = CompensatedSum()
    var absoluteSum = CompensatedSum()
    var squareSum = CompensatedSum()
    var actualSum = CompensatedSum()
    var percentageSum = CompensatedSum()
    var zeroActuals = 0
    for (truth, guess) in zip(actual, predicted) {
      let error = guess - truth
      errorSum.add(error)
      absoluteSum.add(abs(error))
      squareSum.add(error * error)
      actualSum.add(truth)
      if truth == 0 {
        zeroActuals += 1
      } else {
        percentageSum.add(abs(error) / abs(truth))
      }
    }
    var sums = ErrorSums()
    sums.count = actual.count
    sums.error = errorSum.value
    sums.absolute = absoluteSum.value
    sums.squares = squareSum.value
    sums.percentage = percentageSum.value
    sums.zeroActuals = zeroActuals
    guard !actual.isEmpty else {
      self.init(sums, spreads: (0, 0, 0), isConstant: true)
      return
    }
    let meanAbsolute = absoluteSum.value / n
    let meanSquare = squareSum.value / n
    let actualMean = actualSum.value / n
    var absoluteSpread = CompensatedSum()
    var squareSpread = CompensatedSum()
    var actualSpread = CompensatedSum()
    var isConstant = true
    for (truth, guess) in zip(actual, predicted) {
      let error = guess - truth
      let absoluteDeviation = abs(error) - meanAbsolute
      let squareDeviation = error * error - meanSquare
      absoluteSpread.add(absoluteDeviation * absoluteDeviation)
      squareSpread.add(squareDeviation * squareDeviation)
      actualSpread.add((truth - actualMean) * (truth - actualMean))
      isConstant = isConstant && truth == actual[0]
    }
    self.init(
      sums, spreads: (absoluteSpread.value, squareSpread.value, actualSpread.value),
      isConstant: isConstant)
  }

  /// Every figure from the sums and the sums of squared deviations (of |e|, of e² and of the
  /// actuals from their means).
  private init(
    _ sums: ErrorSums, spreads: (absolute: Double, square: Double, actual: Double),
    isConstant: Bool
  ) {
    count = sums.count
    zeroActualCount = sums.zeroActuals
    let nonZeroCount = sums.count - sums.zeroActuals
    mape = nonZeroCount > 0 ? sums.percentage / Double(nonZeroCount) : nil
    guard sums.count > 0 else { return }
    let n = Double(sums.count)
    let meanAbsolute = sums.absolute / n
    let meanSquare = sums.squares / n
    meanError = sums.error / n
    guard sums.count > 1 else {
      mae = Estimate(meanAbsolute)
      rmse = Estimate(meanSquare.squareRoot())
      return
    }
    let root = n.squareRoot()
    let absoluteError = (max(0, spreads.absolute) / (n - 1)).squareRoot() / root
    mae = .normal(meanAbsolute, standardError: absoluteError, within: 0 ... .infinity)
    let squareError = (max(0, spreads.square) / (n - 1)).squareRoot() / root
    let mseInterval = Estimate.normal(
      meanSquare, standardError: squareError, within: 0 ... .infinity)
    rmse = Estimate(
      meanSquare.squareRoot(), low: mseInterval.low?.squareRoot(),
      high: mseInterval.high?.squareRoot())
    if isConstant {
      r2 = sums.squares == 0 ? 1 : 0
    } else {
      r2 = 1 - sums.squares / spreads.actual
    }
  }

  /// Computes every figure from sufficient statistics, as an engine returns them.
  ///
  /// The figures equal the row-by-row ones up to rounding: the sums of squared deviations are
  /// formed from the raw sums (Σ(|e| − m)² = Σe² − n·m², Σ(e² − s)² = Σe⁴ − n·s², and for the
  /// actuals Σ(y − c)² − (Σ(y − c))²/n about a shift c near their mean, which keeps the digits a
  /// large mean would cancel).
  ///
  /// - Parameter sums: The sums over the paired rows.
  public init(sums: ErrorSums) {
    guard sums.count > 0 else {
      self.init(sums, spreads: (0, 0, 0), isConstant: true)
      return
    }
    let n = Double(sums.count)
    let meanAbsolute = sums.absolute / n
    let meanSquare = sums.squares / n
    let actualSpread = sums.shiftedActualSquares - sums.shiftedActual * sums.shiftedActual / n
    self.init(
      sums,
      spreads: (
        sums.squares - n * meanAbsolute * meanAbsolute,
        sums.fourthPowers - n * meanSquare * meanSquare,
        actualSpread
      ), isConstant: sums.actualRange.map { $0.lowerBound == $0.upperBound } ?? true)
  }
}
