internal import AlmanacIngest
internal import AlmanacNarrative

/// The rows of one model, from prediction logs or reference data, in typed columns by role.
struct ModelLog: Sendable {
  /// Milliseconds since 1970 per row, or `nil` when each file is one period.
  var timestamps: [Int64]?
  /// The serving version per row, when the logs have a version column.
  var versions: Column?
  /// The model's prediction per row, when the logs have one.
  var prediction: Column?
  /// The score (probability of the positive class) per row, NaN where missing.
  var score: [Double]?
  /// The true outcome per row, missing where not known yet.
  var actual: Column?
  /// Input features in file order.
  var features: [(name: String, column: Column)]

  /// The number of rows.
  var count: Int {
    timestamps?.count ?? prediction?.count ?? score?.count ?? actual?.count
      ?? features.first?.column.count ?? 0
  }

  /// The rows at the given positions, in the order given; the log itself when that is every row in
  /// order (the common case of one model and one week), so nothing is copied.
  func gathering(_ rows: [Int]) -> ModelLog {
    if rows.count == count && rows.last == count - 1 && rows.first == 0
      && zip(rows, rows.dropFirst()).allSatisfy({ $0 + 1 == $1 })
    {
      return self
    }
    return ModelLog(
      timestamps: timestamps.map { values in rows.map { values[$0] } },
      versions: versions?.gathering(rows), prediction: prediction?.gathering(rows),
      score: score.map { values in rows.map { values[$0] } }, actual: actual?.gathering(rows),
      features: features.map { ($0.name, $0.column.gathering(rows)) })
  }
}

extension ModelLog {
  /// The log with its prediction and outcome as the task needs them: numbers for regression.
  ///
  /// A column is read as text when the files it comes from also hold classifiers; for a
  /// regression model it then reads level by level, and a cell that is not a number becomes a
  /// missing value.
  ///
  /// - Parameter task: The model's task.
  /// - Returns: The log, unchanged for a classifier.
  func typed(for task: ModelTask) -> ModelLog {
    guard task == .regression else { return self }
    func numbers(_ column: Column) -> Column {
      guard case .categorical = column, let reading = column.readingNumbers() else { return column }
      return .numeric(reading.values)
    }
    var log = self
    log.prediction = prediction.map(numbers)
    log.actual = actual.map(numbers)
    return log
  }
}

extension Column {
  /// The text of each row: category levels, numbers in shortest form; `nil` where missing.
  func texts() -> [String?] {
    switch self {
    case .numeric(let values): values.map { $0.isNaN ? nil : Column.text(of: $0) }
    case .categorical(let codes, let levels): codes.map { $0 < 0 ? nil : levels[Int($0)] }
    case .timestamp(let values): values.map { String($0) }
    }
  }

  /// A transform of each row's text, computed once per distinct text (a level, or a number's
  /// shortest text); `nil` where the row is missing.
  ///
  /// Rows are visited in order, so a transform that throws does so at the first row holding the
  /// text it rejects.
  ///
  /// - Parameter transform: The transform of a text.
  /// - Returns: One result per row.
  /// - Throws: The transform's error.
  /// - Complexity: O(rows) plus one transform per distinct text.
  func mapTexts<Result, Failure: Error>(
    _ transform: (String) throws(Failure) -> Result
  ) throws(Failure) -> [Result?] {
    switch self {
    case .categorical(let codes, let levels):
      var results = [Result?](repeating: nil, count: levels.count)
      var mapped: [Result?] = []
      mapped.reserveCapacity(codes.count)
      for code in codes {
        guard code >= 0 else {
          mapped.append(nil)
          continue
        }
        if let result = results[Int(code)] {
          mapped.append(result)
        } else {
          let result = try transform(levels[Int(code)])
          results[Int(code)] = result
          mapped.append(result)
        }
      }
      return mapped
    case .numeric(let values):
      var results: [Double: Result] = [:]
      var mapped: [Result?] = []
      mapped.reserveCapacity(values.count)
      for value in values {
        guard !value.isNaN else {
          mapped.append(nil)
          continue
        }
        if let result = results[value] {
          mapped.append(result)
        } else {
          let result = try transform(Column.text(of: value))
          results[value] = result
          mapped.append(result)
        }
      }
      return mapped
    case .timestamp(let values):
      var mapped: [Result?] = []
      for value in values { mapped.append(try transform(String(value))) }
      return mapped
    }
  }

  /// Whether the row holds a value.
  func isPresent(_ row: Int) -> Bool {
    switch self {
    case .numeric(let values): !values[row].isNaN
    case .categorical(let codes, _): codes[row] >= 0
    case .timestamp: true
    }
  }

  /// A number written as the shortest text that reads back the same, without `.0` for integers.
  static func text(of value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
