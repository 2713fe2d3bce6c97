internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// Measures one model's rows in one period: quality, estimated quality and drift.
struct PeriodEvaluator: Sendable {
  let entry: ModelEntry
  let reference: ReferenceProfile?

  /// The figures of a period's rows, taking them over: each feature is released once its drift
  /// is measured.
  ///
  /// - Parameters:
  ///   - period: The period.
  ///   - log: The model's rows in the period.
  /// - Returns: The figures.
  /// - Throws: `RunFailure` when a class label cannot be read.
  func evaluate(period: ReportPeriod, log: consuming ModelLog) async throws(RunFailure)
    -> PeriodFigures
  {
    // The regression estimate reads the features before drift takes them over.
    let errorEstimate = entry.task == .regression ? reference?.errorModel?.estimate(log) : nil
    var outputs = consume log
    let rowCount = outputs.count
    outputs.timestamps = nil
    let columns =
      reference == nil
      ? [] : try ReferenceProfile.driftColumns(of: outputs, entry: entry, reference: false)
    let featureNames = Set(outputs.features.map(\.name))
    outputs.features = []
    // Drift runs beside the quality figures and the estimates.
    let pending = Handoff(consume columns)
    async let drift = measureDrift(pending, features: featureNames)
    let quality = try QualityMeasurer(entry: entry).measure(outputs)
    var figures = PeriodFigures(
      period: period, predictions: rowCount, labelled: quality.labelled,
      versions: Self.versionsByUse(outputs.versions), metrics: quality.metrics,
      estimated: [], features: [], outputs: [])
    figures.confusion = quality.confusion
    figures.readings = quality.readings
    if entry.task == .binaryClassification { try estimate(outputs, into: &figures) }
    if entry.task == .multiclassClassification { estimateMulticlass(outputs, into: &figures) }
    if let errorEstimate {
      figures.estimated = [
        NamedEstimate(name: "mae", estimate: errorEstimate.mae),
        NamedEstimate(name: "rmse", estimate: errorEstimate.rmse),
      ]
    }
    if let drift = await drift {
      figures.features = drift.features
      figures.outputs = drift.outputs
      figures.readings += drift.readings
      figures.dataset = DatasetDrift(
        features: drift.features.map(\.drift), shareThreshold: entry.drift.share)
    }
    return figures
  }

  /// Estimates a binary classifier's quality from its calibrated scores.
  private func estimate(_ log: ModelLog, into figures: inout PeriodFigures) throws(RunFailure) {
    guard let calibration = reference?.calibration, let raw = log.score else { return }
    let measurer = QualityMeasurer(entry: entry)
    let scores = measurer.scoreReading(raw).values
    let actual = try measurer.actualClasses(log)
    let predicted = try measurer.predictedClasses(log)
    var all: (scores: [Double], predicted: [Bool]) = ([], [])
    var unlabelled: (scores: [Double], predicted: [Bool]) = ([], [])
    for row in 0..<log.count where !scores[row].isNaN {
      guard let prediction = predicted[row] else { continue }
      all.scores.append(scores[row])
      all.predicted.append(prediction)
      if actual?[row] == nil {
        unlabelled.scores.append(scores[row])
        unlabelled.predicted.append(prediction)
      }
    }
    guard !all.scores.isEmpty else { return }
    if let lowest = calibration.scores.first, let highest = calibration.scores.last {
      figures.estimateReach = EstimateReach(
        estimated: all.scores.count,
        outsideRange: all.scores.count { $0 < lowest || $0 > highest }, range: lowest...highest)
    }
    let estimate = PerformanceEstimate(
      calibration: calibration, scores: all.scores, predicted: all.predicted)
    figures.estimated = [
      ("accuracy", estimate.accuracy), ("precision", estimate.precision),
      ("recall", estimate.recall),
      ("f1", estimate.f1), ("roc_auc", estimate.rocAUC),
    ].compactMap { name, value in value.map { NamedEstimate(name: name, estimate: $0) } }
    if !unlabelled.scores.isEmpty {
      figures.unlabelledExpectedConfusion =
        PerformanceEstimate(
          calibration: calibration, scores: unlabelled.scores, predicted: unlabelled.predicted
        ).expectedConfusion
    }
  }

  /// Estimates a multi-class model's accuracy and macro F1 from the confidence of its predicted
  /// classes, over the rows with a usable confidence and a class the reference knows.
  private func estimateMulticlass(_ log: ModelLog, into figures: inout PeriodFigures) {
    guard let model = reference?.multiclass, let raw = log.score, let prediction = log.prediction
    else { return }
    let confidences = QualityMeasurer(entry: entry).scoreReading(raw).values
    var rows: (confidences: [Double], predicted: [Int]) = ([], [])
    for (row, name) in prediction.texts().enumerated() where !confidences[row].isNaN {
      guard let code = name.flatMap({ model.classes[ClassLabels.canonical($0)] }) else { continue }
      rows.confidences.append(confidences[row])
      rows.predicted.append(code)
    }
    guard !rows.confidences.isEmpty else { return }
    let scores = model.correctness.scores
    if let lowest = scores.first, let highest = scores.last {
      figures.estimateReach = EstimateReach(
        estimated: rows.confidences.count,
        outsideRange: rows.confidences.count { $0 < lowest || $0 > highest },
        range: lowest...highest)
    }
    let estimate = MulticlassEstimate(
      correctness: model.correctness, errorShares: model.errorShares,
      confidences: rows.confidences, predicted: rows.predicted)
    figures.estimated = [("accuracy", estimate.accuracy), ("f1", estimate.macroF1)].compactMap {
      name, value in value.map { NamedEstimate(name: name, estimate: $0) }
    }
  }

  /// The versions that served rows, most used first (ties in text order).
  static func versionsByUse(_ column: Column?) -> [String] {
    var counts: [String: Int] = [:]
    if case .categorical(let codes, let levels)? = column {
      // Counted by code, so a million rows make no million strings.
      var byCode = [Int](repeating: 0, count: levels.count)
      for code in codes where code >= 0 { byCode[Int(code)] += 1 }
      for (level, count) in zip(levels, byCode) where count > 0 {
        counts[level, default: 0] += count
      }
    } else {
      for version in column?.texts() ?? [] {
        if let version { counts[version, default: 0] += 1 }
      }
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
  }

  /// Tests every feature (on both cores) and the score, prediction and actual.
  ///
  /// Each column is read as the kind of its reference column; columns the reference leaves out
  /// are not tested. Each column is released once tested.
  ///
  /// - Parameters:
  ///   - columns: The period's drift columns (`ReferenceProfile.driftColumns`).
  ///   - features: The names of those that are input features.
  /// - Returns: The features' drift, the outputs' drift, and the features' cells left out; `nil`
  ///   without a reference.
  private func measureDrift(
    _ columns: Handoff<(name: String, column: Column)>, features: Set<String>
  )
    async -> (features: [NamedDrift], outputs: [NamedDrift], readings: [ColumnReading])?
  {
    guard let reference else { return nil }
    let featureCount = features.count { reference.columns[$0] != nil }
    let drift = entry.drift
    let noise = reference.noise
    let falseAlarmRate = entry.thresholds.driftFalseAlarmRate
    let results = await columns.concurrentMap { job -> (NamedDrift, ColumnReading?)? in
      guard let referenceProfile = reference.columns[job.name],
        let current = ColumnProfile.current(
          job.column, name: job.name, reference: referenceProfile)
      else {
        return nil
      }
      let (referenceValues, currentValues) = ColumnProfile.pair(
        reference: referenceProfile, current: current.profile)
      let configured = drift.thresholds[job.name]
      let measured = featureDrift(
        reference: referenceValues, current: currentValues,
        options: DriftOptions(method: drift.methods[job.name], threshold: configured))
      let tests = features.contains(job.name) ? featureCount : 1
      let judged = DriftLevel.judge(
        measured, configured: configured != nil, noise: noise?.drift[job.name],
        falseAlarmRate: falseAlarmRate / Double(max(tests, 1)))
      return (NamedDrift(name: job.name, drift: judged.drift, basis: judged.basis), current.reading)
    }
    var measured: (features: [NamedDrift], outputs: [NamedDrift], readings: [ColumnReading]) = (
      [], [], []
    )
    for result in results {
      guard let (named, reading) = result else { continue }
      if features.contains(named.name) {
        measured.features.append(named)
        // The outputs' cells left out are counted once, by the quality measure.
        if let reading { measured.readings.append(reading) }
      } else {
        measured.outputs.append(named)
      }
    }
    return measured
  }
}
