import GRDB
import Testing

@testable import AlmanacStore

@Suite struct RecordingTests {
  @Test func readsBackWhatItRecorded() throws {
    let store = try HistoryStore.inMemory()
    let measured = StoredMetric(name: "rmse", value: 3.5)
    let estimated = StoredMetric(
      name: "accuracy", value: 0.88, low: 0.86, high: 0.9, estimated: true)
    var figures = Fixtures.figures(metrics: [estimated, measured, Fixtures.accuracy(0.91)])
    let sparse = ModelPeriodFigures(
      model: "store-demand", period: Fixtures.week47, predictions: 0, labelled: 0, status: .green)
    let runID = try store.record(run: Fixtures.run(), figures: [figures, sparse])

    // Metrics come back measured first, then estimated, each by name.
    figures.metrics = [Fixtures.accuracy(0.91), measured, estimated]
    #expect(try store.figures(model: "credit-default", period: "2026-W47") == figures)
    #expect(try store.figures(model: "store-demand", period: "2026-W47") == sparse)
    #expect(try store.runs(limit: 1) == [StoredRun(id: runID, run: Fixtures.run())])
  }

  @Test func findsNoFiguresForAnUnrecordedPeriod() throws {
    let store = try HistoryStore.inMemory()
    try store.record(run: Fixtures.run(), figures: [Fixtures.figures()])
    #expect(try store.figures(model: "credit-default", period: "2026-W46") == nil)
    #expect(try store.figures(model: "churn", period: "2026-W47") == nil)
  }

  @Test func rerecordingAPeriodReplacesItsFiguresAndMetrics() throws {
    let store = try HistoryStore.inMemory()
    let first = Fixtures.figures(
      predictions: 100,
      metrics: [
        Fixtures.accuracy(0.9), StoredMetric(name: "f1", value: 0.8),
        StoredMetric(name: "brier", value: 0.1),
      ])
    let untouched = Fixtures.figures(model: "churn")
    try store.record(run: Fixtures.run(), figures: [first, untouched])
    let second = Fixtures.figures(predictions: 120, metrics: [Fixtures.accuracy(0.92)])
    let rerunID = try store.record(
      run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
      figures: [second])

    #expect(try store.figures(model: "credit-default", period: "2026-W47") == second)
    #expect(try store.figures(model: "churn", period: "2026-W47") == untouched)
    #expect(try store.rowCount("run") == 2)
    #expect(try store.rowCount("model_period") == 2)
    #expect(try store.rowCount("model_period_metric") == 2)  // churn's accuracy and the new one
    let owner = try store.writer.read { db in
      try Int64.fetchOne(db, sql: "SELECT run_id FROM model_period WHERE model = 'credit-default'")
    }
    #expect(owner == rerunID)
  }

  @Test func aRunWhoseLaterFiguresAreInvalidLeavesNoTrace() throws {
    let store = try HistoryStore.inMemory()
    let earlier = Fixtures.figures(predictions: 100)
    try store.record(run: Fixtures.run(), figures: [earlier])
    var broken = Fixtures.figures(model: "churn")
    broken.labelled = broken.predictions + 1

    #expect(throws: HistoryError.self) {
      try store.record(
        run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
        figures: [Fixtures.figures(predictions: 200), Fixtures.figures(model: "fraud"), broken])
    }
    #expect(try store.runs(limit: 10).map(\.run) == [Fixtures.run()])
    #expect(try store.models() == ["credit-default"])
    #expect(try store.figures(model: "credit-default", period: "2026-W47") == earlier)
    #expect(try store.rowCount("model_period_metric") == 1)
  }

  @Test func recordsAThousandModelsWithTenMetricsEachInOneRun() throws {
    let store = try HistoryStore.inMemory()
    let metricNames = [
      "accuracy", "precision", "recall", "f1", "roc_auc", "log_loss", "brier",
      "positive_rate", "mae", "rmse",
    ]
    let figures = (0..<1_000).map { index in
      Fixtures.figures(
        model: "model-\(index)", predictions: 1_000 + index,
        metrics: metricNames.map { StoredMetric(name: $0, value: Double(index) / 1_000) })
    }
    try store.record(run: Fixtures.run(), figures: figures)
    #expect(try store.rowCount("model_period") == 1_000)
    #expect(try store.rowCount("model_period_metric") == 10_000)
    #expect(try store.models().count == 1_000)
    #expect(try store.figures(model: "model-999", period: "2026-W47")?.metrics.count == 10)

    try store.record(
      run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
      figures: figures)
    #expect(try store.rowCount("model_period") == 1_000)
    #expect(try store.rowCount("model_period_metric") == 10_000)
  }

  @Test func refusesToDeleteARunThatStillOwnsFigures() throws {
    let store = try HistoryStore.inMemory()
    let firstID = try store.record(run: Fixtures.run(), figures: [Fixtures.figures()])
    let deleteFirst = {
      try store.writer.write { db in
        try db.execute(sql: "DELETE FROM run WHERE id = ?", arguments: [firstID])
      }
    }
    let refusal = try #require(throws: DatabaseError.self) { try deleteFirst() }
    // SQLite reports an ON DELETE RESTRICT refusal with the code SQLITE_CONSTRAINT_TRIGGER.
    #expect(refusal.resultCode == .SQLITE_CONSTRAINT)
    #expect(refusal.message == "FOREIGN KEY constraint failed")

    // Once a later run has replaced its figures, the first run owns nothing and may go.
    try store.record(
      run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
      figures: [Fixtures.figures()])
    try deleteFirst()
    #expect(try store.rowCount("run") == 1)
  }
}
