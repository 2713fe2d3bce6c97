internal import AlmanacMetrics
internal import AlmanacNarrative

/// Everything measured for one model in one period, before judgement and wording.
struct PeriodFigures: Sendable {
  /// The period.
  var period: ReportPeriod
  /// Predictions made.
  var predictions: Int
  /// Predictions whose outcome is known.
  var labelled: Int
  /// Versions that served in the period, most used first.
  var versions: [String]
  /// Measured quality on labelled rows, in report order.
  var metrics: [NamedEstimate]
  /// Quality estimated from scores, in report order.
  var estimated: [NamedEstimate]
  /// How far the estimated rows' scores reach beyond the reference's (binary classifiers).
  var estimateReach: EstimateReach?
  /// The confusion matrix of labelled rows (binary classifiers).
  var confusion: ConfusionMatrix?
  /// The expected confusion matrix of the rows whose outcome is not known yet, from calibrated
  /// scores (binary classifiers).
  var unlabelledExpectedConfusion: ConfusionMatrix?
  /// Drift per input feature.
  var features: [NamedDrift]
  /// Drift of the score, prediction and actual.
  var outputs: [NamedDrift]
  /// The share of drifting features and whether that means model drift.
  var dataset: DatasetDrift?
  /// Columns where text cells could not be read as numbers and were left out.
  var readings: [ColumnReading] = []

  /// The named measured figure, if present.
  func metric(_ name: String) -> Estimate? { metrics.first { $0.name == name }?.estimate }

  /// The named estimated figure, if present.
  func estimate(_ name: String) -> Estimate? { estimated.first { $0.name == name }?.estimate }
}

/// A quality figure with its metric name (`accuracy`, `mae`, ...).
struct NamedEstimate: Sendable {
  var name: String
  var estimate: Estimate
  /// How far the figure may be from the one rows would give, when it was computed from binned
  /// statistics; `nil` when exact.
  var binningError: Double? = nil
}

/// A drift result with its column name and what its threshold rests on.
struct NamedDrift: Sendable {
  var name: String
  var drift: FeatureDrift
  var basis: ThresholdBasis
  /// How far the score may be from the one rows would give, when it was computed from binned
  /// statistics; `nil` when exact.
  var binningError: Double? = nil
}
