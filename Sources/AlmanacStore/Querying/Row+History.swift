import GRDB

// Decoding of the history's rows into its value types. Columns are looked up by name; every
// `decode` throws (a `RowDecodingError`, reported as a damaged history) instead of trapping when a
// value does not fit, which the schema's NOT NULL, CHECK and STRICT rules should make impossible.

extension RunRecord {
  /// The columns `init(row:)` reads, for `SELECT` lists.
  static let columns = """
    started_at, finished_at, config_digest, period_label, period_start, period_end, status,
    duration_seconds, almanac_version
    """

  /// Decodes a row of the `run` table.
  init(row: Row) throws {
    self.init(
      startedAt: try row.decode(forColumn: "started_at"),
      finishedAt: try row.decode(forColumn: "finished_at"),
      configDigest: try row.decode(forColumn: "config_digest"),
      period: try HistoryPeriod(row: row),
      status: try row.decodeStatus(RunStatus.self, forColumn: "status"),
      durationSeconds: try row.decode(forColumn: "duration_seconds"),
      almanacVersion: try row.decode(forColumn: "almanac_version"))
  }
}

extension HistoryPeriod {
  /// Decodes the `period_label`, `period_start` and `period_end` columns of a row.
  init(row: Row) throws {
    self.init(
      label: try row.decode(forColumn: "period_label"),
      start: try row.decode(forColumn: "period_start"),
      end: try row.decode(forColumn: "period_end"))
  }
}

extension ModelPeriodFigures {
  /// The columns `init(row:metrics:features:)` reads, for `SELECT` lists; `id` identifies the
  /// metrics and features.
  static let columns = """
    id, model, period_label, period_start, period_end, predictions, labelled, status, drift_share,
    cost, value, net, value_estimated, cost_per_thousand
    """

  /// Decodes a row of the `model_period` table and attaches its metrics and features.
  init(row: Row, metrics: [StoredMetric], features: [StoredFeatureDrift]) throws {
    self.init(
      model: try row.decode(forColumn: "model"),
      period: try HistoryPeriod(row: row),
      predictions: try row.decode(forColumn: "predictions"),
      labelled: try row.decode(forColumn: "labelled"),
      status: try row.decodeStatus(ModelStatus.self, forColumn: "status"),
      driftShare: try row.decode(forColumn: "drift_share"),
      cost: try row.decode(forColumn: "cost"),
      value: try row.decode(forColumn: "value"),
      net: try row.decode(forColumn: "net"),
      valueEstimated: try row.decode(forColumn: "value_estimated"),
      metrics: metrics,
      costPerThousand: try row.decode(forColumn: "cost_per_thousand"),
      features: features)
  }
}

extension StoredMetric {
  /// Decodes a row of the `model_period_metric` table.
  init(row: Row) throws {
    self.init(
      name: try row.decode(forColumn: "name"),
      value: try row.decode(forColumn: "value"),
      low: try row.decode(forColumn: "low"),
      high: try row.decode(forColumn: "high"),
      estimated: try row.decode(forColumn: "estimated"))
  }
}

extension StoredFeatureDrift {
  /// Decodes a row of the `model_period_feature` table.
  init(row: Row) throws {
    self.init(
      name: try row.decode(forColumn: "name"),
      method: try row.decode(forColumn: "method"),
      score: try row.decode(forColumn: "score"),
      threshold: try row.decode(forColumn: "threshold"),
      detected: try row.decode(forColumn: "detected"),
      psi: try row.decode(forColumn: "psi"))
  }
}

extension Row {
  /// Decodes a status column into its enumeration.
  ///
  /// - Throws: `RowDecodingError` when the column is not text; a `DatabaseError` with code
  ///   `SQLITE_CORRUPT` (a damaged history) for text that is no status, which the schema forbids.
  fileprivate func decodeStatus<Status: RawRepresentable<String>>(
    _ type: Status.Type, forColumn column: String
  ) throws -> Status {
    let text: String = try decode(forColumn: column)
    guard let status = Status(rawValue: text) else {
      throw DatabaseError(
        resultCode: .SQLITE_CORRUPT, message: "unknown \(column) \"\(text)\"")
    }
    return status
  }
}
