/// A regression model's errors estimated before its outcomes arrive (direct loss estimation).
///
/// On the reference's labelled rows, two ``BoostedTrees`` ensembles learn the absolute error
/// |y − ŷ| and the squared error (y − ŷ)² from the model's inputs and its prediction. In a period
/// without outcomes, each row's expected errors are the ensembles' predictions (floored at zero),
/// so MAE is their mean and RMSE the square root of the mean squared error.
///
/// **Band.** The period's rows are a sample: with s the standard deviation of the reference's
/// absolute (squared) errors, MAE ± 1.96·s/√n, and RMSE = √(MSE ± 1.96·s²/√n) at either end,
/// floored at zero. The band does not include the ensembles' own error, and the method assumes
/// that the relation between inputs and outcome, and so where the model errs, has not changed
/// since the reference (NannyML's DLE makes the same assumption).
public struct ErrorEstimator: Sendable, Equatable {
  /// The ensemble for the absolute error.
  public let absolute: BoostedTrees
  /// The ensemble for the squared error.
  public let squared: BoostedTrees
  /// The standard deviation of the reference's absolute errors.
  let absoluteSpread: Double
  /// The standard deviation of the reference's squared errors.
  let squaredSpread: Double

  /// Learns a model's errors from its reference; fails with fewer than 50 labelled rows.
  ///
  /// - Parameters:
  ///   - columns: The reference's inputs and prediction as bin numbers (``FeatureBins``), one
  ///     array per column, for the labelled rows.
  ///   - binCounts: The number of bins of each column.
  ///   - errors: Each labelled row's error, y − ŷ.
  public init?(columns: [[UInt8]], binCounts: [Int], errors: [Double]) {
    guard errors.count >= 50 else { return nil }
    let absoluteErrors = errors.map { abs($0) }
    let squaredErrors = errors.map { $0 * $0 }
    let leaf = max(20, errors.count / 200)
    absolute = BoostedTrees(
      columns: columns, binCounts: binCounts, target: absoluteErrors, minimumLeaf: leaf)
    squared = BoostedTrees(
      columns: columns, binCounts: binCounts, target: squaredErrors, minimumLeaf: leaf)
    absoluteSpread = Self.standardDeviation(absoluteErrors)
    squaredSpread = Self.standardDeviation(squaredErrors)
  }

  /// Estimates a period's MAE and RMSE.
  ///
  /// - Parameters:
  ///   - rows: The rows read, numbered from 0.
  ///   - size: The period's rows, for the band, when `rows` is an even sample of them; `rows`
  ///     by default.
  ///   - bin: The bin number of a row (first argument) in a column (second).
  /// - Returns: MAE and RMSE with their bands, or `nil` for no rows.
  public func estimate(rows: Int, sampleOf size: Int? = nil, bin: (Int, Int) -> UInt8)
    -> (mae: Estimate, rmse: Estimate)?
  {
    guard rows > 0 else { return nil }
    var absoluteSum = CompensatedSum()
    var squaredSum = CompensatedSum()
    for row in 0..<rows {
      absoluteSum.add(max(0, absolute.predict { bin(row, $0) }))
      squaredSum.add(max(0, squared.predict { bin(row, $0) }))
    }
    return estimate(
      absoluteSum: absoluteSum.value, squaredSum: squaredSum.value, rows: rows,
      periodRows: max(size ?? rows, rows))
  }

  /// Estimates a period's MAE and RMSE from the sums of its rows' predicted errors, as an engine
  /// returns them.
  ///
  /// - Parameters:
  ///   - absoluteSum: Σ max(0, predicted absolute error) over the rows.
  ///   - squaredSum: Σ max(0, predicted squared error) over the rows.
  ///   - rows: The rows summed.
  ///   - periodRows: The period's rows, for the band (more than `rows` when they are a sample).
  /// - Returns: MAE and RMSE with their bands, or `nil` for no rows.
  public func estimate(absoluteSum: Double, squaredSum: Double, rows: Int, periodRows: Int)
    -> (mae: Estimate, rmse: Estimate)?
  {
    guard rows > 0 else { return nil }
    let n = Double(rows)
    let mae = absoluteSum / n
    let meanSquare = squaredSum / n
    let periodRows = Double(periodRows).squareRoot()
    let maeMargin = StandardNormal.quantile975 * absoluteSpread / periodRows
    let squareMargin = StandardNormal.quantile975 * squaredSpread / periodRows
    return (
      Estimate(mae, low: max(0, mae - maeMargin), high: mae + maeMargin),
      Estimate(
        meanSquare.squareRoot(), low: max(0, meanSquare - squareMargin).squareRoot(),
        high: (meanSquare + squareMargin).squareRoot())
    )
  }

  /// The sample standard deviation (n − 1), 0 for fewer than two values.
  private static func standardDeviation(_ values: [Double]) -> Double {
    guard values.count > 1 else { return 0 }
    var sum = CompensatedSum()
    for value in values { sum.add(value) }
    let mean = sum.value / Double(values.count)
    var squares = CompensatedSum()
    for value in values { squares.add((value - mean) * (value - mean)) }
    return (squares.value / Double(values.count - 1)).squareRoot()
  }
}
