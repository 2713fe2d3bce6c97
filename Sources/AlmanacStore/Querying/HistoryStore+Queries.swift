import GRDB

extension HistoryStore {
  /// The most recent runs, newest first.
  ///
  /// Runs are ordered by start time, then by identifier (the order they were recorded).
  ///
  /// - Parameter limit: The most runs to return; not negative.
  /// - Returns: Up to `limit` runs.
  /// - Throws: `HistoryError` when the database cannot be read.
  public func runs(limit: Int) throws -> [StoredRun] {
    precondition(limit >= 0, "runs(limit:) needs a limit of 0 or more, got \(limit)")
    return try read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT id, \(RunRecord.columns) FROM run ORDER BY started_at DESC, id DESC LIMIT ?",
        arguments: [limit]
      ).map { row in StoredRun(id: try row.decode(forColumn: "id"), run: try RunRecord(row: row)) }
    }
  }

  /// The names of every model with figures in the history, in binary (code point) order.
  ///
  /// - Returns: The model names, each once.
  /// - Throws: `HistoryError` when the database cannot be read.
  public func models() throws -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT model FROM model_period ORDER BY model")
    }
  }

  /// A model's figures over its most recent periods, oldest first: the data of a trend line.
  ///
  /// Takes the `count` latest periods, by start day then label, that start no later than
  /// `period.start` (or all periods when `period` is `nil`), and returns them ordered from the
  /// oldest to the newest. A period the model has no figures for is absent, not filled in. To get
  /// only the periods before the current one, end at the current period and drop it from the result
  /// if present.
  ///
  /// - Parameters:
  ///   - model: The model's name.
  ///   - period: The last period wanted (included if recorded); `nil` for the latest recorded.
  ///   - count: The most periods to return; not negative.
  /// - Returns: Up to `count` figures, oldest first, with their metrics and features.
  /// - Throws: `HistoryError` when the database cannot be read.
  /// - Complexity: One indexed query, plus two per period returned for its metrics and features.
  public func trend(
    model: String, endingAt period: HistoryPeriod? = nil, count: Int
  ) throws -> [ModelPeriodFigures] {
    precondition(
      count >= 0, "trend(model:endingAt:count:) needs a count of 0 or more, got \(count)")
    return try read { db in
      let latestFirst = try Row.fetchAll(
        db,
        sql: """
          SELECT \(ModelPeriodFigures.columns) FROM model_period
          WHERE model = ? AND (? IS NULL OR period_start <= ?)
          ORDER BY period_start DESC, period_label DESC LIMIT ?
          """,
        arguments: [model, period?.start, period?.start, count])
      return try latestFirst.reversed().map { row in try figures(from: row, db) }
    }
  }

  /// The first day of the earliest period recorded for any model.
  ///
  /// - Returns: The day as `YYYY-MM-DD`, or `nil` when no figures are recorded.
  /// - Throws: `HistoryError` when the database cannot be read.
  public func earliestPeriodStart() throws -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT min(period_start) FROM model_period") }
  }

  /// A model's figures for one period.
  ///
  /// - Parameters:
  ///   - model: The model's name.
  ///   - label: The period's label, such as `2026-W47`.
  /// - Returns: The figures with their metrics and features, or `nil` when none are recorded.
  /// - Throws: `HistoryError` when the database cannot be read.
  public func figures(model: String, period label: String) throws -> ModelPeriodFigures? {
    try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT \(ModelPeriodFigures.columns) FROM model_period
          WHERE model = ? AND period_label = ?
          """,
        arguments: [model, label]
      ).map { row in try figures(from: row, db) }
    }
  }

  /// Decodes a `model_period` row and reads its metrics (measured before estimated, each by name)
  /// and its features (in the order recorded).
  private func figures(from row: Row, _ db: Database) throws -> ModelPeriodFigures {
    let id: Int64 = try row.decode(forColumn: "id")
    let metrics = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT name, value, low, high, estimated FROM model_period_metric
          WHERE model_period_id = ? ORDER BY estimated, name
          """),
      arguments: [id]
    ).map(StoredMetric.init(row:))
    let features = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT name, method, score, threshold, detected, psi FROM model_period_feature
          WHERE model_period_id = ? ORDER BY ordinal
          """),
      arguments: [id]
    ).map(StoredFeatureDrift.init(row:))
    return try ModelPeriodFigures(row: row, metrics: metrics, features: features)
  }
}
