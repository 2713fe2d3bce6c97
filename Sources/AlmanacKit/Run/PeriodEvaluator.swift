internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// Measures one model's rows in one period: quality, estimated quality and drift.
struct PeriodEvaluator: Sendable {
  let entry: ModelEntry
  let reference: ReferenceProfile?

  /// The figures of a period's rows.
  ///
  /// - Parameters:
  ///   - period: The period.
  ///   - log: The model's rows in the period.
  /// - Returns: The figures.
  /// - Throws: `RunFailure` when a class label cannot be read.
  func evaluate(period: ReportPeriod, log: ModelLog) async throws(RunFailure) -> PeriodFigures {
    var figures = PeriodFigures(
      period: period, predictions: log.count, labelled: 0,
      versions: Self.versionsByUse(log.versions), metrics: [],
      estimated: [], features: [], outputs: [])
    switch entry.task {
    case .binaryClassification: try measureBinary(log, into: &figures)
    case .multiclassClassification: measureMulticlass(log, into: &figures)
    case .regression: measureRegression(log, into: &figures)
    }
    if let reference {
      await measureDrift(log, against: reference, into: &figures)
    }
    return figures
  }

  private func measureBinary(_ log: ModelLog, into figures: inout PeriodFigures) throws(RunFailure)
  {
    let columns = entry.columns
    let actual = try log.actual.map { column throws(RunFailure) in
      try ClassLabels.binary(
        column, positiveClass: entry.positiveClass, role: "actual column \"\(columns.actual)\"")
    }
    let predicted = try Self.predictedClasses(log, entry: entry)
    var labelledActual: [Bool] = []
    var labelledPredicted: [Bool] = []
    var labelledScores: [Double] = []
    for row in 0..<log.count {
      guard let outcome = actual?[row], let prediction = predicted[row] else { continue }
      if let score = log.score?[row], !score.isFinite { continue }
      labelledActual.append(outcome)
      labelledPredicted.append(prediction)
      if let score = log.score?[row] { labelledScores.append(score) }
    }
    figures.labelled = labelledActual.count
    if !labelledActual.isEmpty {
      let metrics = BinaryClassificationMetrics(
        actual: labelledActual, predicted: labelledPredicted,
        scores: log.score == nil ? nil : labelledScores)
      figures.confusion = metrics.confusion
      figures.metrics = [
        ("accuracy", metrics.accuracy), ("precision", metrics.precision),
        ("recall", metrics.recall),
        ("f1", metrics.f1), ("roc_auc", metrics.rocAUC),
        ("log_loss", metrics.logLoss.map { Estimate($0) }),
        ("brier", metrics.brier.map { Estimate($0) }),
      ].compactMap { name, estimate in estimate.map { NamedEstimate(name: name, estimate: $0) } }
    }
    guard let calibration = reference?.calibration, let scores = log.score else { return }
    var all: (scores: [Double], predicted: [Bool]) = ([], [])
    var unlabelled: (scores: [Double], predicted: [Bool]) = ([], [])
    for row in 0..<log.count where scores[row].isFinite {
      guard let prediction = predicted[row] else { continue }
      all.scores.append(scores[row])
      all.predicted.append(prediction)
      if actual?[row] == nil {
        unlabelled.scores.append(scores[row])
        unlabelled.predicted.append(prediction)
      }
    }
    guard !all.scores.isEmpty else { return }
    let estimate = PerformanceEstimate(
      calibration: calibration, scores: all.scores, predicted: all.predicted)
    figures.estimated = [
      ("accuracy", estimate.accuracy), ("precision", estimate.precision),
      ("recall", estimate.recall),
      ("f1", estimate.f1),
    ].compactMap { name, value in value.map { NamedEstimate(name: name, estimate: $0) } }
    if !unlabelled.scores.isEmpty {
      figures.unlabelledExpectedConfusion =
        PerformanceEstimate(
          calibration: calibration, scores: unlabelled.scores, predicted: unlabelled.predicted
        ).expectedConfusion
    }
  }

  /// The versions that served rows, most used first (ties in text order).
  static func versionsByUse(_ column: Column?) -> [String] {
    var counts: [String: Int] = [:]
    for version in column?.texts() ?? [] {
      if let version { counts[version, default: 0] += 1 }
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
  }

  /// The predicted class per row: the prediction column, or the score against the threshold.
  static func predictedClasses(_ log: ModelLog, entry: ModelEntry) throws(RunFailure) -> [Bool?] {
    if let prediction = log.prediction {
      return try ClassLabels.binary(
        prediction, positiveClass: entry.positiveClass,
        role: "prediction column \"\(entry.columns.prediction)\"")
    }
    return (log.score ?? []).map { $0.isFinite ? $0 >= entry.scoreThreshold : nil }
  }

  private func measureMulticlass(_ log: ModelLog, into figures: inout PeriodFigures) {
    guard let prediction = log.prediction, let actual = log.actual else { return }
    let codes = ClassLabels.sharedCodes([actual, prediction])
    let pairs = zip(codes[0], codes[1]).filter { $0.0 >= 0 && $0.1 >= 0 }
    figures.labelled = pairs.count
    guard !pairs.isEmpty else { return }
    let metrics = MulticlassMetrics(actual: pairs.map(\.0), predicted: pairs.map(\.1))
    figures.metrics = [
      ("accuracy", metrics.accuracy), ("f1", metrics.macroF1.map { Estimate($0) }),
    ]
    .compactMap { name, estimate in estimate.map { NamedEstimate(name: name, estimate: $0) } }
  }

  private func measureRegression(_ log: ModelLog, into figures: inout PeriodFigures) {
    guard case .numeric(let predictions)? = log.prediction, case .numeric(let actuals)? = log.actual
    else { return }
    var actual: [Double] = []
    var predicted: [Double] = []
    for (prediction, outcome) in zip(predictions, actuals)
    where prediction.isFinite && outcome.isFinite {
      actual.append(outcome)
      predicted.append(prediction)
    }
    figures.labelled = actual.count
    guard !actual.isEmpty else { return }
    let metrics = RegressionMetrics(actual: actual, predicted: predicted)
    figures.metrics = [
      ("mae", metrics.mae), ("rmse", metrics.rmse), ("mape", metrics.mape.map { Estimate($0) }),
      ("r2", metrics.r2.map { Estimate($0) }),
      ("mean_error", metrics.meanError.map { Estimate($0) }),
    ].compactMap { name, estimate in estimate.map { NamedEstimate(name: name, estimate: $0) } }
  }

  /// Tests every feature (on both cores) and the score, prediction and actual.
  private func measureDrift(
    _ log: ModelLog, against reference: ReferenceProfile, into figures: inout PeriodFigures
  ) async {
    let columns = entry.columns
    var jobs: [(name: String, column: Column, isOutput: Bool)] = log.features.map {
      ($0.name, $0.column, false)
    }
    if let score = log.score { jobs.append((columns.score, .numeric(score), true)) }
    if let prediction = log.prediction { jobs.append((columns.prediction, prediction, true)) }
    if let actual = log.actual { jobs.append((columns.actual, actual, true)) }
    let drift = entry.drift
    let results = await jobs.concurrentMap { job -> NamedDrift? in
      guard let referenceProfile = reference.columns[job.name],
        let current = ColumnProfile(job.column)
      else {
        return nil
      }
      let (referenceValues, currentValues) = ColumnProfile.pair(
        reference: referenceProfile, current: current)
      let options = DriftOptions(
        method: drift.methods[job.name], threshold: drift.thresholds[job.name])
      return NamedDrift(
        name: job.name,
        drift: featureDrift(reference: referenceValues, current: currentValues, options: options))
    }
    for (job, result) in zip(jobs, results) {
      guard let result else { continue }
      if job.isOutput { figures.outputs.append(result) } else { figures.features.append(result) }
    }
    figures.dataset = DatasetDrift(
      features: figures.features.map(\.drift), shareThreshold: drift.share)
  }
}
