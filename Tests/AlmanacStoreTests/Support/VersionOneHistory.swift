import GRDB

@testable import AlmanacStore

/// A history file as version 1 of the store left it: only the first migration applied, holding one
/// run and one model's figures for week 46, written with version 1's columns.
enum VersionOneHistory {
  /// The run the file holds.
  static let run = Fixtures.run(
    period: Fixtures.week46, startedAt: "2026-11-16T06:00:00Z", finishedAt: "2026-11-16T06:00:42Z")

  /// The figures the file holds, as the current store reads them back: no unit cost, no features.
  static let figures = ModelPeriodFigures(
    model: "churn", period: Fixtures.week46, predictions: 1_000, labelled: 400, status: .amber,
    driftShare: 0.5, cost: 120, value: 300, net: 180, valueEstimated: true,
    metrics: [StoredMetric(name: "accuracy", value: 0.9, low: 0.88, high: 0.92)])

  /// Creates the file at `path`, applying the migrations up to the first only.
  static func create(at path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try HistoryMigrations.migrator.migrate(queue, upTo: HistoryMigrations.first)
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO run (id, started_at, finished_at, config_digest, period_label,
            period_start, period_end, status, duration_seconds, almanac_version)
          VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          run.startedAt, run.finishedAt, run.configDigest, run.period.label, run.period.start,
          run.period.end, run.status.rawValue, run.durationSeconds, run.almanacVersion,
        ])
      try db.execute(
        sql: """
          INSERT INTO model_period (id, model, period_label, period_start, period_end, run_id,
            predictions, labelled, status, drift_share, cost, value, net, value_estimated)
          VALUES (1, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          figures.model, figures.period.label, figures.period.start, figures.period.end,
          figures.predictions, figures.labelled, figures.status.rawValue, figures.driftShare,
          figures.cost, figures.value, figures.net, figures.valueEstimated,
        ])
      for metric in figures.metrics {
        try db.execute(
          sql: """
            INSERT INTO model_period_metric (model_period_id, name, value, low, high, estimated)
            VALUES (1, ?, ?, ?, ?, ?)
            """,
          arguments: [metric.name, metric.value, metric.low, metric.high, metric.estimated])
      }
    }
  }
}
