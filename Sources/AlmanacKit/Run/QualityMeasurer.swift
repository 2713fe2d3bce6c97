internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// Quality measured on rows whose outcome is known.
struct MeasuredQuality: Sendable {
  /// Rows with a known outcome and a usable prediction.
  var labelled = 0
  /// Measured figures, in report order.
  var metrics: [NamedEstimate] = []
  /// The confusion matrix of those rows (binary classifiers).
  var confusion: ConfusionMatrix?

  /// The named figure, if measured.
  func metric(_ name: String) -> Estimate? { metrics.first { $0.name == name }?.estimate }
}

/// Measures a model's quality on the rows of a log whose outcome is known: a period's rows, the
/// whole reference (its own baseline) or samples of the reference (how much the figures move by
/// chance).
struct QualityMeasurer: Sendable {
  let entry: ModelEntry
  /// Words naming the rows in messages: empty for prediction logs, `reference ` for the reference.
  var context = ""

  /// The quality of the labelled rows of a log.
  ///
  /// - Parameter log: The rows.
  /// - Returns: The figures; none when no row has both an outcome and a prediction.
  /// - Throws: `RunFailure` when a binary class label cannot be read.
  func measure(_ log: ModelLog) throws(RunFailure) -> MeasuredQuality {
    switch entry.task {
    case .binaryClassification: try binary(log)
    case .multiclassClassification: multiclass(log)
    case .regression: regression(log)
    }
  }

  private func binary(_ log: ModelLog) throws(RunFailure) -> MeasuredQuality {
    guard let actual = try actualClasses(log) else { return MeasuredQuality() }
    let predicted = try predictedClasses(log)
    var labelledActual: [Bool] = []
    var labelledPredicted: [Bool] = []
    var labelledScores: [Double] = []
    for row in 0..<log.count {
      guard let outcome = actual[row], let prediction = predicted[row] else { continue }
      if let score = log.score?[row], !score.isFinite { continue }
      labelledActual.append(outcome)
      labelledPredicted.append(prediction)
      if let score = log.score?[row] { labelledScores.append(score) }
    }
    var quality = MeasuredQuality(labelled: labelledActual.count)
    guard !labelledActual.isEmpty else { return quality }
    let metrics = BinaryClassificationMetrics(
      actual: labelledActual, predicted: labelledPredicted,
      scores: log.score == nil ? nil : labelledScores)
    quality.confusion = metrics.confusion
    quality.metrics = Self.named([
      ("accuracy", metrics.accuracy), ("precision", metrics.precision),
      ("recall", metrics.recall), ("f1", metrics.f1), ("roc_auc", metrics.rocAUC),
      ("log_loss", metrics.logLoss.map { Estimate($0) }),
      ("brier", metrics.brier.map { Estimate($0) }),
    ])
    return quality
  }

  /// The binary outcome per row, `nil` when the log has no outcome column.
  func actualClasses(_ log: ModelLog) throws(RunFailure) -> [Bool?]? {
    try log.actual.map { column throws(RunFailure) in
      try ClassLabels.binary(
        column, positiveClass: entry.positiveClass,
        role: "\(context)actual column \"\(entry.columns.actual)\"")
    }
  }

  /// The predicted class per row: the prediction column, or the score against the threshold.
  func predictedClasses(_ log: ModelLog) throws(RunFailure) -> [Bool?] {
    if let prediction = log.prediction {
      return try ClassLabels.binary(
        prediction, positiveClass: entry.positiveClass,
        role: "\(context)prediction column \"\(entry.columns.prediction)\"")
    }
    return (log.score ?? []).map { $0.isFinite ? $0 >= entry.scoreThreshold : nil }
  }

  private func multiclass(_ log: ModelLog) -> MeasuredQuality {
    guard let prediction = log.prediction, let actual = log.actual else { return MeasuredQuality() }
    let codes = ClassLabels.sharedCodes([actual, prediction])
    let pairs = zip(codes[0], codes[1]).filter { $0.0 >= 0 && $0.1 >= 0 }
    var quality = MeasuredQuality(labelled: pairs.count)
    guard !pairs.isEmpty else { return quality }
    let metrics = MulticlassMetrics(actual: pairs.map(\.0), predicted: pairs.map(\.1))
    quality.metrics = Self.named([
      ("accuracy", metrics.accuracy), ("f1", metrics.macroF1.map { Estimate($0) }),
    ])
    return quality
  }

  private func regression(_ log: ModelLog) -> MeasuredQuality {
    guard case .numeric(let predictions)? = log.prediction, case .numeric(let actuals)? = log.actual
    else { return MeasuredQuality() }
    var actual: [Double] = []
    var predicted: [Double] = []
    for (prediction, outcome) in zip(predictions, actuals)
    where prediction.isFinite && outcome.isFinite {
      actual.append(outcome)
      predicted.append(prediction)
    }
    var quality = MeasuredQuality(labelled: actual.count)
    guard !actual.isEmpty else { return quality }
    let metrics = RegressionMetrics(actual: actual, predicted: predicted)
    quality.metrics = Self.named([
      ("mae", metrics.mae), ("rmse", metrics.rmse), ("mape", metrics.mape.map { Estimate($0) }),
      ("r2", metrics.r2.map { Estimate($0) }),
      ("mean_error", metrics.meanError.map { Estimate($0) }),
    ])
    return quality
  }

  private static func named(_ figures: [(String, Estimate?)]) -> [NamedEstimate] {
    figures.compactMap { name, estimate in estimate.map { NamedEstimate(name: name, estimate: $0) }
    }
  }
}
