internal import AlmanacEngines
internal import AlmanacMetrics
internal import AlmanacNarrative

/// One model's rows in one period as an engine's aggregation query counted them: the sufficient
/// statistics from which every figure of the period follows.
struct PeriodStatistics: Sendable {
  /// Rows per day (`YYYY-MM-DD` in the report's time zone).
  var rowsByDay: [String: Int] = [:]
  /// Rows per version; rows without a version are not counted here.
  var rowsByVersion: [String: Int] = [:]
  /// Rows per outcome and prediction as text (`nil` where missing), with the regression sums.
  var labels: [LabelCell] = []
  /// Rows per outcome, prediction and score bin, for rows with a usable score.
  var scores: [ScoreCell] = []
  /// Score cells outside [0, 1] or infinite, left out.
  var unusableScores = 0
  /// The least and greatest usable score.
  var scoreRange: ClosedRange<Double>?
  /// Per feature: its categories' counts, or its bins.
  var features: [String: FeatureCounts] = [:]
  /// Σ over the rows of the error model's predicted absolute and squared errors (regression
  /// models whose query carries the error model).
  var predictedErrors: (absolute: Double, squared: Double)?

  /// The period's rows.
  var rowCount: Int { rowsByDay.values.reduce(0, +) }

  /// Rows of one outcome and prediction.
  struct LabelCell: Sendable {
    var actual: String?
    var prediction: String?
    var rows: Int
    /// The regression sums of these rows (regression models only).
    var sums: ErrorSums?
  }

  /// Rows of one outcome, prediction and score bin.
  struct ScoreCell: Sendable {
    var actual: String?
    var prediction: String?
    var bin: Int
    var rows: Int
    /// Σ scores.
    var sum: Double
    /// Σ scores².
    var squares: Double
    /// Σ log(s) and Σ log(1 − s), each clipped to [ε, 1 − ε] as the log loss clips it.
    var logScore: Double
    var logComplement: Double
  }

  /// A feature's values in a period.
  enum FeatureCounts: Sendable {
    /// Rows per category text; rows with no value are not counted.
    case categories([String: Int])
    /// Rows and the values' sum per bin, and the least and greatest value.
    case bins(counts: [Int: Int], sums: [Int: Double], range: ClosedRange<Double>?)
  }
}

extension PeriodStatistics {
  /// Reads an aggregation query's result: statistics per model name (`nil` when the table has
  /// no model column) and per period of the window.
  ///
  /// - Parameters:
  ///   - table: The engine's result.
  ///   - query: The query that produced it.
  /// - Returns: Statistics by model, then by period index.
  /// - Throws: `ResultProblem` when a column the query names is missing or of the wrong kind.
  static func read(_ table: EngineTable, query: AggregationQuery) throws(ResultProblem)
    -> [String?: [Int: PeriodStatistics]]
  {
    let result = try ResultColumns(table)
    var models: [String?: [Int: PeriodStatistics]] = [:]
    for row in 0..<table.rowCount {
      let set = try result.text("grouping_set", row)
      let model = try result.optionalText("k_model", row)
      let period = try result.integer("k_period", row)
      let rows = try result.integer("n", row)
      let key1 = try result.optionalText("key1", row)
      let key2 = try result.optionalText("key2", row)
      let bin = try result.optionalInteger("bin", row)
      var statistics = models[model, default: [:]][period] ?? PeriodStatistics()
      switch set {
      case "days":
        guard let day = key1 else { throw ResultProblem("a row of days without its day") }
        statistics.rowsByDay[day, default: 0] += rows
        if let version = key2 { statistics.rowsByVersion[version, default: 0] += rows }
        if query.errorModel != nil {
          let sums = statistics.predictedErrors ?? (0, 0)
          statistics.predictedErrors = (
            sums.absolute + (try result.double("s1", row)),
            sums.squared + (try result.double("s2", row))
          )
        }
      case "labels":
        var cell = LabelCell(actual: key1, prediction: key2, rows: rows)
        if query.task == .regression {
          cell.sums = try result.errorSums(row, shift: query.actualShift)
        } else if query.roles.contains(.score) {
          statistics.unusableScores += Int(try result.double("s1", row))
        }
        statistics.labels.append(cell)
      case "scores":
        guard let bin else { break }
        statistics.scoreRange = widened(statistics.scoreRange, try result.range(row))
        statistics.scores.append(
          ScoreCell(
            actual: key1, prediction: key2, bin: bin, rows: rows,
            sum: try result.double("s1", row), squares: try result.double("s2", row),
            logScore: try result.double("s3", row), logComplement: try result.double("s4", row)))
      default:
        guard set.hasPrefix("f"), let index = Int(set.dropFirst()),
          query.features.indices.contains(index)
        else { throw ResultProblem("an unknown set of groups \(String(reflecting: set))") }
        let name = query.features[index].name
        switch statistics.features[name] {
        case .categories(var byText)?:
          if let key1 { byText[key1, default: 0] += rows }
          statistics.features[name] = .categories(byText)
        case .bins(var byBin, var sums, let range)?:
          if let bin {
            byBin[bin, default: 0] += rows
            sums[bin, default: 0] += try result.double("s1", row)
          }
          statistics.features[name] = .bins(
            counts: byBin, sums: sums,
            range: bin == nil ? range : widened(range, try result.range(row)))
        case nil:
          if query.features[index].edges == nil {
            statistics.features[name] = .categories(key1.map { [$0: rows] } ?? [:])
          } else if let bin {
            statistics.features[name] = .bins(
              counts: [bin: rows], sums: [bin: try result.double("s1", row)],
              range: try result.range(row))
          } else {
            statistics.features[name] = .bins(counts: [:], sums: [:], range: nil)
          }
        }
      }
      models[model, default: [:]][period] = statistics
    }
    return models
  }
}

/// The smallest range holding both.
private func widened(_ first: ClosedRange<Double>?, _ second: ClosedRange<Double>?)
  -> ClosedRange<Double>?
{
  guard let first else { return second }
  guard let second else { return first }
  return min(first.lowerBound, second.lowerBound)...max(first.upperBound, second.upperBound)
}

/// Why an engine's result cannot be read.
struct ResultProblem: Error, Sendable, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }
}

/// A result's columns looked up by name, with typed access that names what is wrong.
private struct ResultColumns {
  let table: EngineTable
  private let byName: [String: EngineValues]

  init(_ table: EngineTable) throws(ResultProblem) {
    self.table = table
    var byName: [String: EngineValues] = [:]
    for column in table.columns { byName[column.name.lowercased()] = column.values }
    self.byName = byName
  }

  private func column(_ name: String) throws(ResultProblem) -> EngineValues {
    guard let values = byName[name] else { throw ResultProblem("no column \(name)") }
    return values
  }

  func optionalText(_ name: String, _ row: Int) throws(ResultProblem) -> String? {
    let values = try column(name)
    if let text = values.text(at: row) { return text }
    if let number = values.integer(at: row) { return String(number) }
    return nil
  }

  func text(_ name: String, _ row: Int) throws(ResultProblem) -> String {
    guard let text = try optionalText(name, row) else {
      throw ResultProblem("\(name) is empty in row \(row + 1)")
    }
    return text
  }

  func optionalInteger(_ name: String, _ row: Int) throws(ResultProblem) -> Int? {
    let values = try column(name)
    if let number = values.integer(at: row) { return Int(number) }
    if let text = values.text(at: row) {
      guard let number = Int(text) else {
        throw ResultProblem("\(name) holds \(String(reflecting: text)), not a whole number")
      }
      return number
    }
    return nil
  }

  func integer(_ name: String, _ row: Int) throws(ResultProblem) -> Int {
    try optionalInteger(name, row) ?? 0
  }

  func double(_ name: String, _ row: Int) throws(ResultProblem) -> Double {
    let values = try column(name)
    if let number = values.double(at: row) { return number }
    if let text = values.text(at: row) {
      guard let number = Double(text) else {
        throw ResultProblem("\(name) holds \(String(reflecting: text)), not a number")
      }
      return number
    }
    return 0
  }

  /// The group's least and greatest value (`low`, `high`), when it has one.
  func range(_ row: Int) throws(ResultProblem) -> ClosedRange<Double>? {
    let values = (try column("low").double(at: row), try column("high").double(at: row))
    guard case (let low?, let high?) = values, low <= high else { return nil }
    return low...high
  }

  func errorSums(_ row: Int, shift: Double) throws(ResultProblem) -> ErrorSums {
    var sums = ErrorSums()
    sums.count = try integer("c1", row)
    sums.error = try double("s1", row)
    sums.absolute = try double("s2", row)
    sums.squares = try double("s3", row)
    sums.fourthPowers = try double("s4", row)
    sums.percentage = try double("s5", row)
    sums.zeroActuals = Int(try double("s6", row))
    sums.actualShift = shift
    sums.shiftedActual = try double("s7", row)
    sums.shiftedActualSquares = try double("s8", row)
    sums.actualRange = try range(row)
    return sums
  }
}
