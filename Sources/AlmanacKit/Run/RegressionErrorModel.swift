internal import AlmanacIngest
internal import AlmanacMetrics

/// What estimates a regression model's errors before its outcomes arrive: an `ErrorEstimator`
/// learned on the reference's labelled rows from the model's inputs and prediction, and how each
/// of those columns becomes bins.
///
/// The trees learn from at most `trainingRows` labelled rows and a period's estimate reads at
/// most `estimatedRows` of its rows, evenly spaced in file order, so a million-row reference or
/// week costs a fraction of a second; the band still counts every row of the week.
struct RegressionErrorModel: Sendable {
  /// The most reference rows the trees learn from.
  static let trainingRows = 20_000
  /// The most rows of a period read for its estimate.
  static let estimatedRows = 100_000

  /// One input of the estimator: a feature, or the prediction (`nil` name).
  struct Input: Sendable {
    /// The feature's name, `nil` for the prediction.
    var name: String?
    /// How its values become bins.
    var bins: FeatureBins
    /// Whether it is binned as numbers (else as text).
    var isNumeric: Bool
  }

  /// The inputs, in the estimator's column order.
  var inputs: [Input]
  /// The estimator.
  var estimator: ErrorEstimator

  /// Learns from a regression model's reference; `nil` without 50 rows having both a prediction
  /// and an outcome.
  ///
  /// - Parameter log: The reference rows.
  init?(_ log: ModelLog) {
    guard case .numeric(let predictions)? = log.prediction,
      case .numeric(let outcomes)? = log.actual
    else { return nil }
    let labelled = Self.evenlySpaced(
      (0..<log.count).filter { row in predictions[row].isFinite && outcomes[row].isFinite },
      atMost: Self.trainingRows)
    guard labelled.count >= 50 else { return nil }
    var inputs: [Input] = []
    var columns: [[UInt8]] = []
    for (name, column) in log.features {
      if case .timestamp = column { continue }
      let input = Self.input(name: name, column: column)
      inputs.append(input)
      columns.append(Self.bins(of: column, with: input, rows: labelled))
    }
    let prediction = Self.input(name: nil, column: .numeric(predictions))
    inputs.append(prediction)
    columns.append(Self.bins(of: .numeric(predictions), with: prediction, rows: labelled))
    guard
      let estimator = ErrorEstimator(
        columns: columns, binCounts: inputs.map(\.bins.count),
        errors: labelled.map { outcomes[$0] - predictions[$0] })
    else { return nil }
    self.inputs = inputs
    self.estimator = estimator
  }

  /// A period's estimated MAE and RMSE.
  ///
  /// - Parameter log: The period's rows.
  /// - Returns: The estimates, or `nil` without rows or a prediction column.
  func estimate(_ log: ModelLog) -> (mae: Estimate, rmse: Estimate)? {
    guard let prediction = log.prediction else { return nil }
    let rows = Self.evenlySpaced(Array(0..<log.count), atMost: Self.estimatedRows)
    let columns = inputs.map { input -> [UInt8] in
      guard let name = input.name else { return Self.bins(of: prediction, with: input, rows: rows) }
      guard let column = log.features.first(where: { $0.name == name })?.column else {
        return [UInt8](repeating: UInt8(input.bins.count - 1), count: rows.count)
      }
      return Self.bins(of: column, with: input, rows: rows)
    }
    return estimator.estimate(rows: rows.count, sampleOf: log.count) { row, column in
      columns[column][row]
    }
  }

  /// At most `limit` of the rows, evenly spaced, in order.
  private static func evenlySpaced(_ rows: [Int], atMost limit: Int) -> [Int] {
    guard rows.count > limit else { return rows }
    return (0..<limit).map { rows[$0 * rows.count / limit] }
  }

  /// How a column becomes bins, learned from all its reference values.
  private static func input(name: String?, column: Column) -> Input {
    switch column {
    case .numeric(let values):
      Input(name: name, bins: FeatureBins(numbers: values), isNumeric: true)
    default: Input(name: name, bins: FeatureBins(texts: column.texts()), isNumeric: false)
    }
  }

  /// The bins of some rows of a column: numbers read from text where the reference had numbers,
  /// text otherwise.
  private static func bins(of column: Column, with input: Input, rows: [Int]) -> [UInt8] {
    if input.isNumeric {
      let values = column.readingNumbers()?.values ?? []
      return rows.map { $0 < values.count ? input.bins.bin(values[$0]) : input.bins.bin(.nan) }
    }
    let texts = column.texts()
    return rows.map { input.bins.bin(texts[$0]) }
  }
}
