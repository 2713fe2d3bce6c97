import AlmanacStore
import Testing

@Suite struct QueryTests {
  /// A store holding "churn" for weeks 44 to 47, recorded out of order by four runs, and "fraud"
  /// for 46.
  private func storeWithFourWeeks() throws -> HistoryStore {
    let store = try HistoryStore.inMemory()
    let weeks = [Fixtures.week47, Fixtures.week45, Fixtures.week44, Fixtures.week46]
    for (day, week) in weeks.enumerated() {
      var figures = [Fixtures.figures(model: "churn", period: week, predictions: 1_000 + day)]
      if week == Fixtures.week46 { figures.append(Fixtures.figures(model: "fraud", period: week)) }
      try store.record(
        run: Fixtures.run(
          period: week, startedAt: "2026-11-2\(day)T06:00:00Z",
          finishedAt: "2026-11-2\(day)T06:01:00Z"),
        figures: figures)
    }
    return store
  }

  @Test func trendEndsWithTheLatestPeriodsOldestFirst() throws {
    let store = try storeWithFourWeeks()
    let trend = try store.trend(model: "churn", count: 3)
    #expect(trend.map(\.period) == [Fixtures.week45, Fixtures.week46, Fixtures.week47])
    #expect(trend.allSatisfy { $0.model == "churn" })
  }

  @Test func trendEndsAtTheGivenPeriod() throws {
    let store = try storeWithFourWeeks()
    #expect(
      try store.trend(model: "churn", endingAt: Fixtures.week46, count: 8).map(\.period)
        == [Fixtures.week44, Fixtures.week45, Fixtures.week46])
    #expect(
      try store.trend(model: "churn", endingAt: Fixtures.week46, count: 2).map(\.period)
        == [Fixtures.week45, Fixtures.week46])
  }

  @Test func trendEndingAtAnUnrecordedPeriodTakesTheOnesBefore() throws {
    let store = try storeWithFourWeeks()
    let week48 = HistoryPeriod(label: "2026-W48", start: "2026-11-23", end: "2026-11-29")
    #expect(
      try store.trend(model: "fraud", endingAt: week48, count: 8).map(\.period) == [Fixtures.week46]
    )
  }

  @Test func trendIsEmptyForNoPeriodsOrAnUnknownModel() throws {
    let store = try storeWithFourWeeks()
    #expect(try store.trend(model: "churn", count: 0).isEmpty)
    #expect(try store.trend(model: "pricing", count: 8).isEmpty)
    #expect(try store.trend(model: "churn", endingAt: Fixtures.week44, count: 8).count == 1)
  }

  @Test func trendCarriesEachPeriodsFeatures() throws {
    let store = try HistoryStore.inMemory()
    let weeks = [Fixtures.week44, Fixtures.week45, Fixtures.week46, Fixtures.week47]
    // Income creeps up week by week; age jumps in the last week only.
    let scores = [(0.04, 0.02), (0.08, 0.02), (0.12, 0.02), (0.16, 0.5)]
    let features = scores.map { income, age in
      [
        StoredFeatureDrift(
          name: "income", method: "wasserstein", score: income, threshold: 0.1,
          detected: income >= 0.1, psi: income / 2),
        StoredFeatureDrift(
          name: "age", method: "jensen_shannon", score: age, threshold: 0.1, detected: age >= 0.1,
          psi: nil),
      ]
    }
    for (index, week) in weeks.enumerated() {
      try store.record(
        run: Fixtures.run(period: week, startedAt: "2026-11-2\(index)T06:00:00Z"),
        figures: [Fixtures.figures(period: week, features: features[index])])
    }
    let trend = try store.trend(model: "credit-default", count: 8)
    #expect(trend.map(\.period) == weeks)
    #expect(trend.map(\.features) == features)
  }

  @Test func listsModelsOnce() throws {
    #expect(try storeWithFourWeeks().models() == ["churn", "fraud"])
  }

  @Test func listsRunsNewestFirstUpToTheLimit() throws {
    let store = try storeWithFourWeeks()
    let runs = try store.runs(limit: 3)
    #expect(
      runs.map(\.run.startedAt) == [
        "2026-11-23T06:00:00Z", "2026-11-22T06:00:00Z", "2026-11-21T06:00:00Z",
      ])
    #expect(runs.map(\.run.period) == [Fixtures.week46, Fixtures.week44, Fixtures.week45])
    #expect(try store.runs(limit: 10).count == 4)
    #expect(try store.runs(limit: 0).isEmpty)
  }

  @Test func ordersRunsStartedTheSameSecondByRecording() throws {
    let store = try HistoryStore.inMemory()
    let first = try store.record(run: Fixtures.run(), figures: [])
    let second = try store.record(run: Fixtures.run(), figures: [])
    #expect(try store.runs(limit: 2).map(\.id) == [second, first])
  }
}
