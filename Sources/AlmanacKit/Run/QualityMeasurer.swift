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
  /// Output cells left out for holding numbers no figure can use.
  var readings: [ColumnReading] = []

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
    let scores = log.score.map { scoreReading($0) }
    var labelledActual: [Bool] = []
    var labelledPredicted: [Bool] = []
    var labelledScores: [Double] = []
    for row in 0..<log.count {
      guard let outcome = actual[row], let prediction = predicted[row] else { continue }
      if let score = scores?.values[row], score.isNaN { continue }
      labelledActual.append(outcome)
      labelledPredicted.append(prediction)
      if let score = scores?.values[row] { labelledScores.append(score) }
    }
    var quality = MeasuredQuality(labelled: labelledActual.count)
    quality.readings = [scores?.reading].compactMap { $0 }
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
        role: entry.place(of: entry.columns.actual, inReference: !context.isEmpty))
    }
  }

  /// The predicted class per row: the prediction column, or the score against the threshold.
  func predictedClasses(_ log: ModelLog) throws(RunFailure) -> [Bool?] {
    if let prediction = log.prediction {
      return try ClassLabels.binary(
        prediction, positiveClass: entry.positiveClass,
        role: entry.place(of: entry.columns.prediction, inReference: !context.isEmpty))
    }
    return scoreReading(log.score ?? []).values.map { $0.isNaN ? nil : $0 >= entry.scoreThreshold }
  }

  /// Scores with those outside [0, 1] (or infinite) made missing, and what was left out.
  func scoreReading(_ scores: [Double]) -> (values: [Double], reading: ColumnReading?) {
    var reading = ColumnReading(
      column: entry.columns.score, isReference: !context.isEmpty, cells: scores.count { !$0.isNaN },
      usableRange: "between 0 and 1")
    var values = scores
    for (row, score) in scores.enumerated()
    where !score.isNaN && !ColumnReading.isUsableScore(score) {
      values[row] = .nan
      reading.unusable += 1
      if reading.unusableExample == nil { reading.unusableExample = score }
    }
    return (values, reading.isEmpty ? nil : reading)
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
    guard case .numeric(let rawPredictions)? = log.prediction,
      case .numeric(let rawActuals)? = log.actual
    else { return MeasuredQuality() }
    let isReference = !context.isEmpty
    let (predictions, predictionReading) = ColumnReading.cleaned(
      rawPredictions, column: entry.columns.prediction, isReference: isReference)
    let (actuals, actualReading) = ColumnReading.cleaned(
      rawActuals, column: entry.columns.actual, isReference: isReference)
    var actual: [Double] = []
    var predicted: [Double] = []
    for (prediction, outcome) in zip(predictions, actuals)
    where !prediction.isNaN && !outcome.isNaN {
      actual.append(outcome)
      predicted.append(prediction)
    }
    var quality = MeasuredQuality(labelled: actual.count)
    quality.readings = [predictionReading, actualReading].compactMap { $0 }
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
