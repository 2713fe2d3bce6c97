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

  @Test func readsBackFeaturesInTheOrderRecordedAndTheUnitCost() throws {
    let store = try HistoryStore.inMemory()
    let names = ["zip_code", "age", "income", "Region", "channel", "été"]
    let features = names.enumerated().map { index, name in
      StoredFeatureDrift(
        name: name, method: index.isMultiple(of: 2) ? "psi" : "chi_square",
        score: index == 3 ? nil : Double(index) / 8, threshold: 0.05 * Double(index + 1),
        detected: index == 4, psi: index == 5 ? nil : Double(index) / 16)
    }
    let figures = Fixtures.figures(features: features)
    let bare = Fixtures.figures(model: "churn", metrics: [], features: [])
    try store.record(run: Fixtures.run(), figures: [figures, bare])

    let stored = try #require(try store.figures(model: figures.model, period: "2026-W47"))
    #expect(stored == figures)
    #expect(stored.features.map(\.name) == names)
    #expect(try store.figures(model: "churn", period: "2026-W47") == bare)
    #expect(try store.trend(model: figures.model, count: 1) == [figures])
  }

  @Test func findsNoFiguresForAnUnrecordedPeriod() throws {
    let store = try HistoryStore.inMemory()
    try store.record(run: Fixtures.run(), figures: [Fixtures.figures()])
    #expect(try store.figures(model: "credit-default", period: "2026-W46") == nil)
    #expect(try store.figures(model: "churn", period: "2026-W47") == nil)
  }

  @Test func rerecordingAPeriodReplacesItsFiguresMetricsAndFeatures() throws {
    let store = try HistoryStore.inMemory()
    let first = Fixtures.figures(
      predictions: 100,
      metrics: [
        Fixtures.accuracy(0.9), StoredMetric(name: "f1", value: 0.8),
        StoredMetric(name: "brier", value: 0.1),
      ],
      features: Fixtures.features + [
        StoredFeatureDrift(
          name: "tenure", method: "z", score: 0.5, threshold: 0.05, detected: false, psi: 0.02)
      ])
    let untouched = Fixtures.figures(model: "churn")
    try store.record(run: Fixtures.run(), figures: [first, untouched])
    #expect(try store.rowCount("model_period_feature") == 5)
    let second = Fixtures.figures(
      predictions: 120, metrics: [Fixtures.accuracy(0.92)], features: [Fixtures.features[1]])
    let rerunID = try store.record(
      run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
      figures: [second])

    #expect(try store.figures(model: "credit-default", period: "2026-W47") == second)
    #expect(try store.figures(model: "churn", period: "2026-W47") == untouched)
    #expect(try store.rowCount("run") == 2)
    #expect(try store.rowCount("model_period") == 2)
    #expect(try store.rowCount("model_period_metric") == 2)  // churn's accuracy and the new one
    #expect(try store.rowCount("model_period_feature") == 3)  // churn's two and the new one
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
    broken.features[1].method = "kolmogorov_smirnov"

    #expect(throws: HistoryError.self) {
      try store.record(
        run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
        figures: [Fixtures.figures(predictions: 200), Fixtures.figures(model: "fraud"), broken])
    }
    #expect(try store.runs(limit: 10).map(\.run) == [Fixtures.run()])
    #expect(try store.models() == ["credit-default"])
    #expect(try store.figures(model: "credit-default", period: "2026-W47") == earlier)
    #expect(try store.rowCount("model_period_metric") == 1)
    #expect(try store.rowCount("model_period_feature") == earlier.features.count)
  }

  @Test func recordsAThousandModelsWithTenMetricsAndTwentyFiveFeaturesEachInOneRun() throws {
    let store = try HistoryStore.inMemory()
    let figures = Fixtures.portfolio(models: 1_000, metrics: 10, features: 25)
    try store.record(run: Fixtures.run(), figures: figures)
    #expect(try store.rowCount("model_period") == 1_000)
    #expect(try store.rowCount("model_period_metric") == 10_000)
    #expect(try store.rowCount("model_period_feature") == 25_000)
    #expect(try store.models().count == 1_000)
    let last = try #require(figures.last)
    #expect(try store.figures(model: last.model, period: last.period.label) == last)

    try store.record(
      run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
      figures: figures)
    #expect(try store.rowCount("model_period") == 1_000)
    #expect(try store.rowCount("model_period_metric") == 10_000)
    #expect(try store.rowCount("model_period_feature") == 25_000)
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
