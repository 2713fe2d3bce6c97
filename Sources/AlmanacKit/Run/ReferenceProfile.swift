internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// A model's reference data prepared once: every column profiled for drift, and the score
/// calibration used to estimate quality before outcomes arrive.
struct ReferenceProfile: Sendable {
  /// Profiles by column name: features, score, prediction and actual.
  var columns: [String: ColumnProfile]
  /// Isotonic calibration of the reference scores against its outcomes (binary classifiers with
  /// scores and outcomes in the reference).
  var calibration: IsotonicCalibration?

  /// Profiles a model's reference rows (columns on both cores).
  ///
  /// - Parameters:
  ///   - log: The reference rows.
  ///   - entry: The model's config entry.
  /// - Throws: `RunFailure` when a class label in the reference cannot be read.
  init(_ log: ModelLog, entry: ModelEntry) async throws(RunFailure) {
    var named: [(String, Column)] = log.features.map { ($0.name, $0.column) }
    if let score = log.score { named.append((entry.columns.score, .numeric(score))) }
    if let prediction = log.prediction { named.append((entry.columns.prediction, prediction)) }
    if let actual = log.actual { named.append((entry.columns.actual, actual)) }
    let profiles = await named.concurrentMap { ColumnProfile($0.1) }
    var columns: [String: ColumnProfile] = [:]
    for ((name, _), profile) in zip(named, profiles) { columns[name] = profile }
    self.columns = columns
    guard entry.task == .binaryClassification, let scores = log.score, let actual = log.actual
    else { return }
    let outcomes = try ClassLabels.binary(
      actual, positiveClass: entry.positiveClass,
      role: "reference actual column \"\(entry.columns.actual)\"")
    var pairedScores: [Double] = []
    var pairedOutcomes: [Bool] = []
    for (score, outcome) in zip(scores, outcomes) where score.isFinite {
      guard let outcome else { continue }
      pairedScores.append(score)
      pairedOutcomes.append(outcome)
    }
    calibration = IsotonicCalibration(scores: pairedScores, actual: pairedOutcomes)
  }
}
