import Testing

@testable import AlmanacStore

/// A record that breaks one rule, and the error it must raise.
struct InvalidRecordCase: Sendable, CustomTestStringConvertible {
  let testDescription: String
  let run: RunRecord
  let figures: [ModelPeriodFigures]
  /// How the error names the offending record.
  let record: String
  /// The reason the error gives.
  let reason: String

  /// A valid run whose figures are `figures`, failing for model "credit-default" in 2026-W47.
  static func figures(
    _ description: String, reason: String, _ change: (inout ModelPeriodFigures) -> Void
  ) -> InvalidRecordCase {
    var figures = Fixtures.figures()
    change(&figures)
    return InvalidRecordCase(
      testDescription: description, run: Fixtures.run(),
      figures: [Fixtures.figures(model: "churn"), figures],
      record: "model \"\(figures.model)\" for \(figures.period.label)", reason: reason)
  }

  /// Valid figures whose second feature, "age", is changed by `change`; the first feature is valid
  /// and written before it.
  static func feature(
    _ description: String, reason: String, _ change: (inout StoredFeatureDrift) -> Void
  ) -> InvalidRecordCase {
    figures(description, reason: reason) { figures in change(&figures.features[1]) }
  }

  /// A run changed by `change`, with valid figures.
  static func run(
    _ description: String, reason: String, _ change: (inout RunRecord) -> Void
  ) -> InvalidRecordCase {
    var run = Fixtures.run()
    change(&run)
    return InvalidRecordCase(
      testDescription: description, run: run, figures: [Fixtures.figures()],
      record: "the run started \(run.startedAt)", reason: reason)
  }

  static let all: [InvalidRecordCase] = [
    .figures(
      "labelled above predictions",
      reason: "CHECK constraint failed: model_period_labelled_within_predictions"
    ) {
      $0.labelled = $0.predictions + 1
    },
    .figures(
      "drift share above one", reason: "CHECK constraint failed: model_period_drift_share_fraction"
    ) {
      $0.driftShare = 1.5
    },
    .figures("empty model name", reason: "CHECK constraint failed: model_period_model_not_empty") {
      $0.model = ""
    },
    .figures("impossible start date", reason: "CHECK constraint failed: model_period_start_date") {
      $0.period.start = "2026-02-30"
    },
    .figures("end before start", reason: "CHECK constraint failed: model_period_in_order") {
      $0.period.end = "2026-11-15"
    },
    .figures(
      "interval not around value",
      reason: "CHECK constraint failed: model_period_metric_bounds_around_value"
    ) {
      $0.metrics = [StoredMetric(name: "accuracy", value: 0.9, low: 0.91, high: 0.95)]
    },
    .figures(
      "metric given twice",
      reason: """
        UNIQUE constraint failed: model_period_metric.model_period_id, model_period_metric.name, \
        model_period_metric.estimated
        """
    ) {
      $0.metrics = [Fixtures.accuracy(0.9), Fixtures.accuracy(0.8)]
    },
    .figures(
      "model and period given twice",
      reason: "UNIQUE constraint failed: model_period.model, model_period.period_label"
    ) {
      $0.model = "churn"
    },
    .figures("cost not a number", reason: "cost is nan, not a finite number") { $0.cost = .nan },
    .figures(
      "metric bound infinite",
      reason: "metric accuracy (estimated) high is inf, not a finite number"
    ) {
      $0.metrics = [
        StoredMetric(name: "accuracy", value: 0.9, low: 0.8, high: .infinity, estimated: true)
      ]
    },
    .figures(
      "negative unit cost",
      reason: "CHECK constraint failed: model_period_cost_per_thousand_not_negative"
    ) {
      $0.costPerThousand = -0.05
    },
    .figures(
      "unit cost without predictions",
      reason: "CHECK constraint failed: model_period_cost_per_thousand_needs_predictions"
    ) {
      $0.predictions = 0
      $0.labelled = 0
      $0.costPerThousand = 0
    },
    .figures("unit cost infinite", reason: "cost_per_thousand is inf, not a finite number") {
      $0.costPerThousand = .infinity
    },
    .feature(
      "unknown drift method", reason: "CHECK constraint failed: model_period_feature_method_known"
    ) {
      $0.method = "kolmogorov_smirnov"
    },
    .feature(
      "empty feature name", reason: "CHECK constraint failed: model_period_feature_name_not_empty"
    ) {
      $0.name = ""
    },
    .feature(
      "feature given twice",
      reason: """
        UNIQUE constraint failed: model_period_feature.model_period_id, \
        model_period_feature.name
        """
    ) {
      $0.name = "income"
    },
    .feature(
      "negative distance",
      reason: "CHECK constraint failed: model_period_feature_score_not_negative"
    ) {
      $0.method = "jensen_shannon"
      $0.score = -0.01
    },
    .feature(
      "p-value above one",
      reason: "CHECK constraint failed: model_period_feature_p_value_at_most_one"
    ) {
      $0.score = 1.25
    },
    .feature(
      "negative threshold",
      reason: "CHECK constraint failed: model_period_feature_threshold_not_negative"
    ) {
      $0.threshold = -0.05
    },
    .feature(
      "negative PSI", reason: "CHECK constraint failed: model_period_feature_psi_not_negative"
    ) {
      $0.psi = -0.2
    },
    .feature(
      "drift detected without a score",
      reason: "CHECK constraint failed: model_period_feature_detected_needs_score"
    ) {
      $0.score = nil
      $0.detected = true
    },
    .feature(
      "feature score not a number", reason: "feature age score is nan, not a finite number"
    ) {
      $0.score = .nan
    },
    .feature(
      "feature threshold infinite", reason: "feature age threshold is -inf, not a finite number"
    ) {
      $0.threshold = -.infinity
    },
    .feature("feature PSI infinite", reason: "feature age psi is inf, not a finite number") {
      $0.psi = .infinity
    },
    .run("start with a zone offset", reason: "CHECK constraint failed: run_started_at_utc") {
      $0.startedAt = "2026-11-23T07:00:00+01:00"
    },
    .run("impossible start day", reason: "CHECK constraint failed: run_started_at_utc") {
      $0.startedAt = "2026-02-30T06:00:00Z"
    },
    .run("finish before start", reason: "CHECK constraint failed: run_finished_after_start") {
      $0.finishedAt = "2026-11-23T05:59:59Z"
    },
    .run("digest in capitals", reason: "CHECK constraint failed: run_config_digest_hex") {
      $0.configDigest = "9F86D081"
    },
    .run("impossible period date", reason: "CHECK constraint failed: run_period_end_date") {
      $0.period.end = "2026-13-01"
    },
    .run("negative duration", reason: "CHECK constraint failed: run_duration_not_negative") {
      $0.durationSeconds = -1
    },
    .run("infinite duration", reason: "duration_seconds is inf, not a finite number") {
      $0.durationSeconds = .infinity
    },
    .run("empty version", reason: "CHECK constraint failed: run_almanac_version_not_empty") {
      $0.almanacVersion = ""
    },
  ]
}

@Suite struct ConstraintTests {
  @Test(arguments: InvalidRecordCase.all)
  func rejectsAndWritesNothing(_ invalid: InvalidRecordCase) throws {
    let store = try HistoryStore.inMemory()
    #expect(
      throws: HistoryError.invalidRecord(
        path: ":memory:", record: invalid.record, reason: invalid.reason)
    ) {
      try store.record(run: invalid.run, figures: invalid.figures)
    }
    #expect(try store.rowCount("run") == 0)
    #expect(try store.rowCount("model_period") == 0)
    #expect(try store.rowCount("model_period_metric") == 0)
    #expect(try store.rowCount("model_period_feature") == 0)
  }

  /// The checks a run makes before it publishes its reports find every broken figure the schema
  /// refuses, so no report is published whose figures the history then refuses.
  @Test(arguments: InvalidRecordCase.all.filter { $0.record.hasPrefix("model") })
  func theChecksBeforePublishingAgreeWithTheSchema(_ invalid: InvalidRecordCase) {
    #expect(ModelPeriodFigures.schemaProblem(of: invalid.figures) != nil)
    #expect(Fixtures.figures().schemaProblem == nil)
    #expect(Fixtures.figures(model: "churn", predictions: 0).schemaProblem == nil)
  }

  @Test func theChecksFindPeriodsOutsideTheCalendar() {
    var figures = Fixtures.figures()
    figures.period.end = "10000-01-02"
    #expect(figures.schemaProblem == "10000-01-02 is not a date from 0001-01-01 to 9999-12-31")
    figures.period.end = "2026-02-29"
    #expect(figures.schemaProblem == "2026-02-29 is not a date from 0001-01-01 to 9999-12-31")
    figures.period.end = "2028-02-29"
    #expect(figures.schemaProblem == nil)
  }

  @Test func acceptsTheValidCounterpartOfEveryCase() throws {
    let store = try HistoryStore.inMemory()
    try store.record(
      run: Fixtures.run(), figures: [Fixtures.figures(model: "churn"), Fixtures.figures()])
    #expect(try store.rowCount("model_period") == 2)
  }

  @Test func acceptsFeatureFiguresAtTheirBounds() throws {
    let store = try HistoryStore.inMemory()
    let features = [
      StoredFeatureDrift(name: "a", method: "ks", score: 1, threshold: 0, detected: false, psi: 0),
      StoredFeatureDrift(
        name: "b", method: "chi_square", score: 0, threshold: 0.05, detected: true, psi: nil),
      StoredFeatureDrift(
        name: "c", method: "wasserstein", score: 3.5, threshold: 250, detected: false, psi: 7.25),
      StoredFeatureDrift(
        name: "d", method: "z", score: nil, threshold: 0.05, detected: false, psi: nil),
      StoredFeatureDrift(
        name: "e", method: "psi", score: 0.3, threshold: 0.2, detected: true, psi: 0.3),
      StoredFeatureDrift(
        name: "f", method: "jensen_shannon", score: 0, threshold: 0.1, detected: false, psi: 0),
    ]
    var figures = Fixtures.figures(features: features)
    figures.costPerThousand = 0
    let idle = Fixtures.figures(model: "churn", predictions: 0)
    try store.record(run: Fixtures.run(), figures: [figures, idle])
    #expect(try store.figures(model: figures.model, period: figures.period.label) == figures)
    #expect(try store.figures(model: "churn", period: idle.period.label)?.costPerThousand == nil)
  }
}
