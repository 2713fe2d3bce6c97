internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// A model's reference data prepared once: every column profiled for drift, the columns left out
/// of drift, the quality the model had on it, and the score calibration used to estimate quality
/// before outcomes arrive.
struct ReferenceProfile: Sendable {
  /// The reference rows.
  var log: ModelLog
  /// Profiles by column name: features, score, prediction and actual (the last two as classes).
  var columns: [String: ColumnProfile]
  /// Input features left out of drift tests, in the order of the data.
  var excluded: [ExcludedColumn]
  /// Cells left out of the figures: features' text and unusable numbers, outputs' unusable
  /// numbers.
  var readings: [ColumnReading]
  /// The model's quality on the reference's labelled rows: its own baseline.
  var quality: MeasuredQuality
  /// Isotonic calibration of the reference scores against its outcomes (binary classifiers with
  /// scores and outcomes in the reference).
  var calibration: IsotonicCalibration?
  /// What estimates a multi-class model's quality: its confidence calibrated against correctness
  /// and where its errors go (multi-class models with scores, predictions and outcomes).
  var multiclass: MulticlassReference?
  /// What estimates a regression model's errors (regression models with outcomes in the
  /// reference).
  var errorModel: RegressionErrorModel?

  /// Profiles a model's reference rows (columns on both cores).
  ///
  /// Id-like and constant features are left out of drift (see `ExcludedColumn.Reason`) unless the
  /// config lists the model's features.
  ///
  /// - Parameters:
  ///   - log: The reference rows.
  ///   - entry: The model's config entry.
  /// - Throws: `RunFailure` when a class label in the reference cannot be read.
  init(_ log: ModelLog, entry: ModelEntry) async throws(RunFailure) {
    self.log = log
    let named = try Self.driftColumns(of: log, entry: entry, reference: true)
    let profiles = await named.concurrentMap { ColumnProfile.reference($0.column, name: $0.name) }
    var columns: [String: ColumnProfile] = [:]
    var excluded: [ExcludedColumn] = []
    var readings: [ColumnReading] = []
    let featureNames = Set(log.features.map(\.name))
    for ((name, _), prepared) in zip(named, profiles) {
      guard let prepared else { continue }
      let isFeature = featureNames.contains(name)
      if isFeature, entry.features.isEmpty,
        let reason = ExcludedColumn.Reason(values: prepared.numbers, profile: prepared.profile)
      {
        excluded.append(ExcludedColumn(name: name, reason: reason))
        continue
      }
      columns[name] = prepared.profile
      // The outputs' cells left out are counted once, by the quality measure below.
      if isFeature, let reading = prepared.reading { readings.append(reading) }
    }
    self.columns = columns
    self.excluded = excluded
    let measurer = QualityMeasurer(entry: entry, context: "reference ")
    quality = try measurer.measure(log)
    self.readings = readings + quality.readings
    if entry.task == .multiclassClassification {
      multiclass = MulticlassReference(log, measurer: measurer)
    }
    if entry.task == .regression { errorModel = RegressionErrorModel(log) }
    guard entry.task == .binaryClassification, let scores = log.score,
      let outcomes = try measurer.actualClasses(log)
    else { return }
    var pairedScores: [Double] = []
    var pairedOutcomes: [Bool] = []
    for (score, outcome) in zip(measurer.scoreReading(scores).values, outcomes) where !score.isNaN {
      guard let outcome else { continue }
      pairedScores.append(score)
      pairedOutcomes.append(outcome)
    }
    calibration = IsotonicCalibration(scores: pairedScores, actual: pairedOutcomes)
  }

  /// The columns of a log that drift tests compare: the features, then the score, prediction and
  /// actual, the last two as classes so that every spelling of a class is one category.
  ///
  /// - Parameters:
  ///   - log: The rows.
  ///   - entry: The model's config entry.
  ///   - reference: Whether the log is the reference, for messages.
  /// - Returns: Each column with its name.
  /// - Throws: `RunFailure` when a binary class label cannot be read.
  static func driftColumns(of log: ModelLog, entry: ModelEntry, reference: Bool) throws(RunFailure)
    -> [(name: String, column: Column)]
  {
    let columns = entry.columns
    var named = log.features.map { (name: $0.name, column: $0.column) }
    if let score = log.score { named.append((columns.score, .numeric(score))) }
    for (column, values) in [(columns.prediction, log.prediction), (columns.actual, log.actual)] {
      guard let values else { continue }
      named.append(
        (
          column,
          try ClassLabels.classes(
            values, task: entry.task, positiveClass: entry.positiveClass,
            role: entry.place(of: column, inReference: reference))
        ))
    }
    return named
  }
}

/// A multi-class model's reference, prepared for estimating its quality before outcomes arrive
/// (see `MulticlassEstimate`).
struct MulticlassReference: Sendable {
  /// The confidence of the predicted class calibrated against whether it was right.
  var correctness: IsotonicCalibration
  /// For each predicted class, the share of each actual class among its wrong predictions.
  var errorShares: [[Double]]
  /// Each class's index, by its canonical spelling (`ClassLabels.canonical`).
  var classes: [String: Int]

  /// Prepares a reference; `nil` without scores, predictions or outcomes on the same rows.
  ///
  /// - Parameters:
  ///   - log: The reference rows.
  ///   - measurer: The model's quality measurer, for the usable scores.
  init?(_ log: ModelLog, measurer: QualityMeasurer) {
    guard let scores = log.score, let prediction = log.prediction, let actual = log.actual else {
      return nil
    }
    let predicted = prediction.texts().map { $0.map(ClassLabels.canonical) }
    let outcomes = actual.texts().map { $0.map(ClassLabels.canonical) }
    var classes: [String: Int] = [:]
    for name in (predicted + outcomes).compactMap({ $0 }) where classes[name] == nil {
      classes[name] = classes.count
    }
    var confidences: [Double] = []
    var right: [Bool] = []
    var wrong = [[Double]](
      repeating: [Double](repeating: 0, count: classes.count), count: classes.count)
    for (row, confidence) in measurer.scoreReading(scores).values.enumerated()
    where !confidence.isNaN {
      guard let guess = predicted[row].flatMap({ classes[$0] }),
        let truth = outcomes[row].flatMap({ classes[$0] })
      else { continue }
      confidences.append(confidence)
      right.append(guess == truth)
      if guess != truth { wrong[guess][truth] += 1 }
    }
    guard let correctness = IsotonicCalibration(scores: confidences, actual: right) else {
      return nil
    }
    self.correctness = correctness
    self.classes = classes
    errorShares = wrong.map { row in
      let total = row.reduce(0, +)
      return total > 0 ? row.map { $0 / total } : row
    }
  }
}
