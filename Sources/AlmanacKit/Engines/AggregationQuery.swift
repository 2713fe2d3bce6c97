internal import AlmanacEngines
internal import AlmanacMetrics
internal import AlmanacNarrative

/// The one query that measures a period of a table's models where the table is.
///
/// It reads the window's rows once; each row joins one group in each of several sets (written
/// as one `GROUP BY` over the rows unpivoted into tuples, so that a sum is computed only for the
/// set that needs it), per model and period, every group small whatever the number of rows:
/// - `days`: rows per day (in the report's time zone) and version;
/// - `labels`: rows per outcome and prediction as text (classes are told apart in Almanac,
///   exactly as from files), with the unusable scores, or the regression sums (errors, absolute,
///   squared, to the fourth power, percentage, zero outcomes, and the outcomes' sum and sum of
///   squares about a shift, least and greatest);
/// - `scores`: rows per outcome, prediction and score bin, with the sums of the scores, of
///   their squares and of the logarithms the log loss adds (ROC AUC, Brier score, log loss and,
///   with bins that include the calibration's knots, the exact calibrated sums of the
///   estimates);
/// - one set per feature: rows per category, or per bin with the values' sum, least and
///   greatest.
///
/// Bins are `(e₍ᵢ₋₁₎, eᵢ]` on edges taken from the reference, found by a binary search written as
/// nested `CASE` expressions. Missing, infinite and NaN values are counted in no bin, as Almanac
/// drops them from files.
struct AggregationQuery: Sendable {
  /// Where the rows are: a table (its name's parts) or a query of the user's.
  var source: EngineSource.Relation
  /// The engine and table, for messages (`warehouse: monitoring.predictions`).
  var sourceName: String
  /// The table's columns for each role.
  var columns: ColumnMapping
  /// The roles whose column the table has.
  var roles: Set<Role>
  /// What the models do.
  var task: ModelTask
  /// The features measured, in output order.
  var features: [Feature]
  /// The score bins' edges, when the table has scores.
  var scoreEdges: [Double]
  /// The window's periods as instants in seconds since the epoch: each period's first instant,
  /// then the instant after the last period.
  var boundaries: [Int64]
  /// The shift about which the actuals of a regression model are summed (the reference's mean
  /// outcome; see `ErrorSums`).
  var actualShift = 0.0
  /// The report's time zone, in which days are counted.
  var timeZone: String
  /// The models to keep, when the table's model column holds others too; `nil` keeps all.
  var models: [String]?
  /// A regression model's error model, whose trees the query evaluates on every row to sum the
  /// predicted errors (the label-free estimates); `nil` for none.
  var errorModel: RegressionErrorModel?
  /// Cell texts that mean "missing" (the entry's `missing`), for the error model's text inputs.
  var missingTexts: [String] = []

  /// A column role a table may have.
  enum Role: String, Sendable, CaseIterable {
    case model, version, prediction, score, actual
  }

  /// A feature and how it is grouped.
  struct Feature: Sendable, Equatable {
    var name: String
    /// Bin edges for a numeric feature, `nil` for a categorical one (grouped by its text).
    var edges: [Double]?
  }

  /// The query in an engine's dialect.
  ///
  /// - Parameter dialect: The engine's dialect.
  /// - Returns: The query with its bound values.
  /// - Throws: `SQLNameProblem` when a configured name cannot be quoted.
  func query(in dialect: SQLDialect) throws(SQLNameProblem) -> EngineQuery {
    var query = EngineQuery(dialect: dialect)
    let rows = try rowSelection(dialect, &query)
    let tuples = groupTuples(dialect)
    let sum = dialect.exactSum
    var outputs = [
      "k_model", "k_period", "grouping_set", "key1", "key2", "bin", "COUNT(*) AS n",
      "COUNT(v1) AS c1",
    ]
    outputs += (1...valueCount).map { "\(sum("v\($0)")) AS s\($0)" }
    outputs += ["MIN(extreme) AS low", "MAX(extreme) AS high"]
    let names =
      ["grouping_set", "key1", "key2", "bin"] + (1...valueCount).map { "v\($0)" } + ["extreme"]
    query.append("SELECT \(outputs.joined(separator: ", ")) FROM (SELECT ")
    query.append(keyColumns(dialect).joined(separator: ", "))
    // PostgreSQL would inline each layer's expressions into the next (the cleaned value once per
    // comparison of the bin search); OFFSET 0 keeps each layer computed once per row.
    let fence = dialect == .postgres ? " OFFSET 0" : ""
    query.append(" FROM (SELECT \(cleanedColumns(dialect).joined(separator: ", ")) FROM (\(rows))")
    query.append(" AS period_rows\(fence)) AS cleaned_rows\(fence)) AS keyed_rows")
    switch dialect {
    case .postgres:
      query.append(" CROSS JOIN LATERAL (VALUES ")
      query.append(tuples.map { "(\($0.joined(separator: ", ")))" }.joined(separator: ", "))
      query.append(") AS unpivoted(\(names.joined(separator: ", ")))")
    case .spark:
      query.append(" LATERAL VIEW stack(\(tuples.count), ")
      query.append(tuples.map { $0.joined(separator: ", ") }.joined(separator: ", "))
      query.append(") unpivoted AS \(names.joined(separator: ", "))")
    }
    query.append(" GROUP BY k_model, k_period, grouping_set, key1, key2, bin")
    return query
  }

  /// How many values a group sums: the regression sums need eight, the score sums four.
  private var valueCount: Int { task == .regression ? 8 : 4 }

  /// One tuple per group a row joins, each (set, key1, key2, bin, v1…vₙ, extreme) with every
  /// cell typed, so both engines read the tuples as one table.
  private func groupTuples(_ dialect: SQLDialect) -> [[String]] {
    let textNull = dialect.text("NULL")
    let doubleNull = dialect.double("NULL")
    func tuple(
      _ set: String, _ key1: String? = nil, _ key2: String? = nil, bin: String? = nil,
      values: [String] = [], extreme: String? = nil
    ) -> [String] {
      var cells = [
        dialect.literal(set), key1.map(dialect.text) ?? textNull,
        key2.map(dialect.text) ?? textNull,
        "CAST(\(bin ?? "NULL") AS BIGINT)",
      ]
      cells += (0..<valueCount).map { $0 < values.count ? dialect.double(values[$0]) : doubleNull }
      cells.append(extreme.map(dialect.double) ?? doubleNull)
      return cells
    }
    var tuples = [tuple("days", "k_day", "k_version", values: predictedErrors(dialect))]
    if task == .regression {
      let shifted = "(paired_actual - \(dialect.literal(actualShift)))"
      tuples.append(
        tuple(
          "labels", "k_actual", "k_prediction",
          values: [
            "error", "ABS(error)", "error * error", "error * error * error * error",
            "CASE WHEN paired_actual <> 0 THEN ABS(error) / ABS(paired_actual) END",
            "CASE WHEN paired_actual = 0 THEN 1 END", shifted, "\(shifted) * \(shifted)",
          ], extreme: "paired_actual"))
    } else {
      tuples.append(
        tuple(
          "labels", "k_actual", "k_prediction",
          values: roles.contains(.score) ? ["unusable_score"] : []))
    }
    if roles.contains(.score) {
      tuples.append(
        tuple(
          "scores", "k_actual", "k_prediction", bin: "k_score",
          values: [
            "score", "score * score", "LN(\(clipped("score", dialect)))",
            "LN(\(clipped("1 - score", dialect)))",
          ], extreme: "score"))
    }
    for (index, feature) in features.enumerated() {
      tuples.append(
        feature.edges == nil
          ? tuple("f\(index)", "k_f\(index)")
          : tuple(
            "f\(index)", bin: "k_f\(index)", values: ["v_f\(index)"], extreme: "v_f\(index)"))
    }
    return tuples
  }

  /// The period's rows with each used column under a fixed name, typed.
  private func rowSelection(_ dialect: SQLDialect, _ query: inout EngineQuery)
    throws(SQLNameProblem) -> String
  {
    func column(_ name: String) throws(SQLNameProblem) -> String { try dialect.identifier(name) }
    let timestamp = try column(columns.timestamp ?? "timestamp")
    var selected = [
      "\(roles.contains(.model) ? dialect.text(try column(columns.model)) : "CAST(NULL AS \(textType(dialect)))") AS r_model",
      "\(dialect.day(of: timestamp, in: timeZone)) AS r_day",
      "\(periodIndex(of: timestamp, dialect)) AS r_period",
      "\(roles.contains(.version) ? dialect.text(try column(columns.version)) : "CAST(NULL AS \(textType(dialect)))") AS r_version",
    ]
    for (role, name) in [(Role.actual, columns.actual), (.prediction, columns.prediction)] {
      let value = roles.contains(role) ? try column(name) : "NULL"
      selected.append(
        task == .regression
          ? "\(dialect.double(value)) AS r_\(role.rawValue)"
          : "\(dialect.text(value)) AS r_\(role.rawValue)")
    }
    if roles.contains(.score) {
      selected.append("\(dialect.double(try column(columns.score))) AS r_score")
    }
    for (index, feature) in features.enumerated() {
      let value = try column(feature.name)
      selected.append(
        feature.edges == nil
          ? "\(dialect.text(value)) AS r_f\(index)" : "\(dialect.double(value)) AS r_f\(index)")
    }
    let table: String
    switch source {
    case .table(let parts): table = try dialect.qualified(parts)
    case .query(let text): table = "(\(text)) AS user_query"
    }
    let start = dialect.instant(secondsSinceEpoch: boundaries.first ?? 0)
    let end = dialect.instant(secondsSinceEpoch: boundaries.last ?? 0)
    var filter = "\(timestamp) >= \(start) AND \(timestamp) < \(end)"
    if let models, roles.contains(.model) {
      let names = models.map { query.bind($0) }
      filter +=
        " AND \(dialect.text(try column(columns.model))) IN (\(names.joined(separator: ", ")))"
    }
    return "SELECT \(selected.joined(separator: ", ")) FROM \(table) WHERE \(filter)"
  }

  /// The typed rows cleaned: infinities and NaN made NULL (both engines order NaN above every
  /// number), scores outside [0, 1] left out and counted, errors formed.
  private func cleanedColumns(_ dialect: SQLDialect) -> [String] {
    let largest = dialect.literal(Double.greatestFiniteMagnitude)
    func finite(_ value: String) -> String {
      "CASE WHEN \(value) >= -\(largest) AND \(value) <= \(largest) THEN \(value) END"
    }
    var cleaned = ["r_model", "r_period", "r_day", "r_version"]
    if task == .regression {
      cleaned += ["\(finite("r_actual")) AS c_actual", "\(finite("r_prediction")) AS c_prediction"]
    } else {
      cleaned += ["r_actual AS c_actual", "r_prediction AS c_prediction"]
    }
    if roles.contains(.score) {
      let usable = "r_score >= 0 AND r_score <= 1"
      cleaned += [
        "CASE WHEN \(usable) THEN r_score END AS score",
        "CASE WHEN r_score IS NOT NULL AND NOT (\(usable)) THEN 1 ELSE 0 END AS unusable_score",
      ]
    }
    for (index, feature) in features.enumerated() {
      cleaned.append(
        feature.edges == nil ? "r_f\(index)" : "\(finite("r_f\(index)")) AS r_f\(index)")
    }
    return cleaned
  }

  /// The grouping keys and the values summed, from the cleaned rows.
  private func keyColumns(_ dialect: SQLDialect) -> [String] {
    var keys = [
      "r_model AS k_model", "r_period AS k_period", "r_day AS k_day", "r_version AS k_version",
    ]
    if task == .regression {
      keys += [
        "CASE WHEN c_actual IS NULL THEN NULL ELSE '1' END AS k_actual",
        "CASE WHEN c_prediction IS NULL THEN NULL ELSE '1' END AS k_prediction",
        "c_prediction - c_actual AS error",
        "CASE WHEN c_prediction IS NULL THEN NULL ELSE c_actual END AS paired_actual",
      ]
    } else {
      keys += ["c_actual AS k_actual", "c_prediction AS k_prediction"]
    }
    if roles.contains(.score) {
      keys += ["score", "unusable_score", "\(bin("score", edges: scoreEdges, dialect)) AS k_score"]
    }
    keys += errorModelBins(dialect)
    for (index, feature) in features.enumerated() {
      if let edges = feature.edges {
        keys += [
          "\(bin("r_f\(index)", edges: edges, dialect)) AS k_f\(index)",
          "r_f\(index) AS v_f\(index)",
        ]
      } else {
        keys.append("r_f\(index) AS k_f\(index)")
      }
    }
    return keys
  }

  /// The bin number of a column's value: a binary search over the edges as nested `CASE`
  /// expressions, so each row makes about log₂(k) comparisons; NULL stays NULL.
  func bin(_ column: String, edges: [Double], _ dialect: SQLDialect) -> String {
    func search(_ low: Int, _ high: Int) -> String {
      guard low < high else { return String(low) }
      let middle = (low + high) / 2
      return
        "CASE WHEN \(column) <= \(dialect.literal(edges[middle])) THEN \(search(low, middle)) ELSE \(search(middle + 1, high)) END"
    }
    return "CASE WHEN \(column) IS NULL THEN NULL ELSE \(search(0, edges.count)) END"
  }

  /// A probability clipped to [ε, 1 − ε] with ε = 2⁻⁵², as the log loss clips it.
  private func clipped(_ value: String, _ dialect: SQLDialect) -> String {
    "GREATEST(LEAST(\(value), \(dialect.literal(1 - Double.ulpOfOne))), \(dialect.literal(Double.ulpOfOne)))"
  }

  /// The window's period of a row: its index among the boundaries.
  private func periodIndex(of timestamp: String, _ dialect: SQLDialect) -> String {
    let starts = boundaries.dropFirst().dropLast()
    guard !starts.isEmpty else { return "0" }
    let cases = starts.enumerated().map { index, start in
      "WHEN \(timestamp) < \(dialect.instant(secondsSinceEpoch: start)) THEN \(index)"
    }
    return "CASE \(cases.joined(separator: " ")) ELSE \(starts.count) END"
  }

  private func textType(_ dialect: SQLDialect) -> String {
    dialect == .postgres ? "text" : "STRING"
  }
}
