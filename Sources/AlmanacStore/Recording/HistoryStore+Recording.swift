import GRDB

extension HistoryStore {
  /// Records a run and the figures it produced, in one transaction.
  ///
  /// Inserts the run, then replaces the figures of every model and period given: the figures,
  /// metrics and features stored earlier for the same model and period label are deleted,
  /// whichever run wrote them, and the new ones are linked to this run. Earlier runs stay in the
  /// history. Either everything is written or, when anything fails (a broken constraint, a full
  /// disk, a killed process), nothing is.
  ///
  /// - Parameters:
  ///   - run: The run to record.
  ///   - figures: Each model's figures for a period; at most one entry per model and period label.
  /// - Returns: The identifier of the recorded run.
  /// - Throws: `HistoryError.invalidRecord` when a figure is NaN or infinite or a record breaks the
  ///   schema (naming the record and the constraint), including the same model and period given
  ///   twice; `HistoryError.failed` or `.damaged` when SQLite fails. Nothing is written in either
  ///   case.
  /// - Complexity: O(*m*) statements for *m* figures, metrics and features, in one transaction.
  @discardableResult
  public func record(run: RunRecord, figures: [ModelPeriodFigures]) throws -> Int64 {
    try checkFinite(run: run, figures: figures)
    return try write { db in
      let runID = try HistoryError.attributing(to: run.recordName, path: path) {
        try insert(run, db)
      }
      // Every delete comes before any insert, so a model and period given twice breaks
      // `model_period_once` instead of the second entry silently replacing the first.
      for entry in figures {
        try db.cachedStatement(sql: "DELETE FROM model_period WHERE model = ? AND period_label = ?")
          .execute(arguments: [entry.model, entry.period.label])
      }
      for entry in figures {
        try HistoryError.attributing(to: entry.recordName, path: path) {
          try insert(entry, runID: runID, db)
        }
      }
      return runID
    }
  }

  /// Inserts a run and returns its identifier.
  private func insert(_ run: RunRecord, _ db: Database) throws -> Int64 {
    try db.cachedStatement(
      sql: """
        INSERT INTO run (started_at, finished_at, config_digest, period_label, period_start,
          period_end, status, duration_seconds, almanac_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      run.startedAt, run.finishedAt, run.configDigest, run.period.label, run.period.start,
      run.period.end, run.status.rawValue, run.durationSeconds, run.almanacVersion,
    ])
    return db.lastInsertedRowID
  }

  /// Inserts a model's figures for a period, their metrics and their features.
  private func insert(_ figures: ModelPeriodFigures, runID: Int64, _ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO model_period (model, period_label, period_start, period_end, run_id,
          predictions, labelled, status, drift_share, cost, value, net, value_estimated,
          cost_per_thousand)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      figures.model, figures.period.label, figures.period.start, figures.period.end, runID,
      figures.predictions, figures.labelled, figures.status.rawValue, figures.driftShare,
      figures.cost, figures.value, figures.net, figures.valueEstimated, figures.costPerThousand,
    ])
    let figuresID = db.lastInsertedRowID
    let insertMetric = try db.cachedStatement(
      sql: """
        INSERT INTO model_period_metric (model_period_id, name, value, low, high, estimated)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for metric in figures.metrics {
      try insertMetric.execute(arguments: [
        figuresID, metric.name, metric.value, metric.low, metric.high, metric.estimated,
      ])
    }
    // The ordinal is the feature's position in `figures.features`: reads order by it.
    let insertFeature = try db.cachedStatement(
      sql: """
        INSERT INTO model_period_feature (model_period_id, ordinal, name, method, score,
          threshold, detected, psi)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, feature) in figures.features.enumerated() {
      try insertFeature.execute(arguments: [
        figuresID, ordinal, feature.name, feature.method, feature.score, feature.threshold,
        feature.detected, feature.psi,
      ])
    }
  }

  /// Refuses NaN and infinities before writing: SQLite would store NaN as NULL, turning a broken
  /// figure into a missing one.
  ///
  /// - Throws: `HistoryError.invalidRecord` naming the first non-finite figure.
  private func checkFinite(run: RunRecord, figures: [ModelPeriodFigures]) throws {
    if !run.durationSeconds.isFinite {
      throw HistoryError.invalidRecord(
        path: path, record: run.recordName,
        reason: "duration_seconds is \(run.durationSeconds), not a finite number")
    }
    for entry in figures {
      if let (field, number) = entry.firstNonFiniteFigure {
        throw HistoryError.invalidRecord(
          path: path, record: entry.recordName, reason: "\(field) is \(number), not a finite number"
        )
      }
    }
  }
}
