internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// A model's reference data prepared once: every column profiled for drift, the columns left out
/// of drift, the quality the model had on it, the score calibration used to estimate quality
/// before outcomes arrive, and what chance alone does to the figures.
///
/// The profile keeps no rows: each input column is freed as soon as it is profiled and its noise
/// learned, so a large reference is never held twice (raw and sorted) in memory.
struct ReferenceProfile: Sendable {
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
  /// What chance alone does to the figures in a period of typical size, when a period size is
  /// given and the reference allows learning it.
  var noise: NoiseProfile?

  /// Profiles a model's reference rows (columns on both cores), taking them over: each column is
  /// released once profiled.
  ///
  /// Id-like and constant features are left out of drift (see `ExcludedColumn.Reason`) unless the
  /// config lists the model's features.
  ///
  /// - Parameters:
  ///   - log: The reference rows.
  ///   - entry: The model's config entry.
  ///   - periodSize: The rows of a typical period, to learn the noise of periods that size; `nil`
  ///     to learn none.
  /// - Throws: `RunFailure` when a class label in the reference cannot be read.
  init(_ log: consuming ModelLog, entry: ModelEntry, periodSize: Int?) async throws(RunFailure) {
    var outputs = consume log
    let rowCount = outputs.count
    let named = try Self.driftColumns(of: outputs, entry: entry, reference: true)
    let featureNames = Set(outputs.features.map(\.name))
    // A regression model's error model learns from the features that stay in (it is fitted once
    // the columns left out are known); other models' features live only in `named` from here on,
    // whose columns are handed to the jobs.
    let regressionFeatures = entry.task == .regression ? outputs.features : []
    outputs.features = []
    let samples = periodSize.flatMap {
      NoiseProfile.samples(of: Array(0..<rowCount), periodSize: $0)
    }
    // The outputs' figures are measured beside the columns' profiles.
    async let outputFigures = Self.outputFigures(of: outputs, entry: entry, periodSize: periodSize)
    let keepsFeatures = !entry.features.isEmpty
    let methods = entry.drift.methods
    let prepared = await Handoff(consume named).concurrentMap { job in
      let (name, column) = (job.name, job.column)
      return ColumnProfile.reference(column, name: name).map { prepared in
        let reason =
          featureNames.contains(name) && !keepsFeatures
          ? ExcludedColumn.Reason(values: prepared.numbers, profile: prepared.profile) : nil
        let noise =
          reason != nil
          ? nil
          : samples.flatMap {
            NoiseProfile.driftNoise(
              of: column, name: name, profile: prepared.profile, configured: methods[name],
              samples: $0, referenceSize: rowCount)
          }
        return (name, prepared.profile, prepared.reading, reason, noise)
      }
    }
    var columns: [String: ColumnProfile] = [:]
    var excluded: [ExcludedColumn] = []
    var readings: [ColumnReading] = []
    var drift: [String: (method: DriftMethod, noise: DriftNoise)] = [:]
    for case let (name, profile, reading, reason, noise)? in prepared {
      if let reason {
        excluded.append(ExcludedColumn(name: name, reason: reason))
        continue
      }
      columns[name] = profile
      drift[name] = noise
      // The outputs' cells left out are counted once, by the quality measure below.
      if featureNames.contains(name), let reading { readings.append(reading) }
    }
    self.columns = columns
    self.excluded = excluded
    if entry.task == .regression {
      var training = outputs
      let left = Set(excluded.map(\.name))
      training.features = regressionFeatures.filter { !left.contains($0.name) }
      errorModel = RegressionErrorModel(training)
    }
    let figures = try await outputFigures.get()
    quality = figures.quality
    self.readings = readings + quality.readings
    noise = figures.spreads.map { NoiseProfile(spreads: $0, drift: drift) }
    multiclass = figures.multiclass
    calibration = figures.calibration
  }

  /// What a reference's prediction, score and outcome give.
  private struct OutputFigures: Sendable {
    /// The model's quality on the labelled rows.
    var quality: MeasuredQuality
    /// How far each quality figure moves by chance, when a period size is given.
    var spreads: [String: SamplingSpread]?
    /// What estimates a multi-class model's quality.
    var multiclass: MulticlassReference?
    /// The score calibration of a binary classifier.
    var calibration: IsotonicCalibration?
  }

  /// The quality, chance spreads and estimation models the reference's outputs give; a failure as
  /// a value, so that they can be measured beside the columns.
  private static func outputFigures(of outputs: ModelLog, entry: ModelEntry, periodSize: Int?)
    -> Result<OutputFigures, RunFailure>
  {
    do throws(RunFailure) {
      let measurer = QualityMeasurer(entry: entry, context: "reference ")
      var figures = OutputFigures(quality: try measurer.measure(outputs))
      if let periodSize {
        figures.spreads = try NoiseProfile.spreads(
          of: outputs, measurer: measurer, periodSize: periodSize)
      }
      if entry.task == .multiclassClassification {
        figures.multiclass = MulticlassReference(outputs, measurer: measurer)
      }
      guard entry.task == .binaryClassification, let scores = outputs.score,
        let outcomes = try measurer.actualClasses(outputs)
      else { return .success(figures) }
      var pairedScores: [Double] = []
      var pairedOutcomes: [Bool] = []
      for (score, outcome) in zip(measurer.scoreReading(scores).values, outcomes)
      where !score.isNaN {
        guard let outcome else { continue }
        pairedScores.append(score)
        pairedOutcomes.append(outcome)
      }
      figures.calibration = IsotonicCalibration(scores: pairedScores, actual: pairedOutcomes)
      return .success(figures)
    } catch {
      return .failure(error)
    }
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
