/// Why a drift score could not be computed.
public enum DriftUndefinedReason: String, Sendable, Equatable, Codable {
  /// The reference has no non-missing value.
  case emptyReference = "empty_reference"
  /// The current period has no non-missing value.
  case emptyCurrent = "empty_current"
  /// The method does not apply to the column kind (see ``DriftMethod/applies(to:)``).
  case methodNotApplicable = "method_not_applicable"
  /// The Z test was asked for on a column with more than two distinct values.
  case moreThanTwoValues = "more_than_two_values"
  /// Chi-square was asked for on a column with a single distinct value (no degrees of freedom).
  case singleValue = "single_value"
}

/// One column's drift between the reference and the current period.
public struct FeatureDrift: Sendable, Equatable, Codable {
  /// The column kind.
  public var kind: ColumnKind
  /// The method used (chosen automatically unless configured).
  public var method: DriftMethod
  /// The p-value (KS, chi-square, Z) or the distance (Wasserstein normed, Jensen-Shannon, PSI);
  /// `nil` when undefined, with ``undefinedReason`` saying why.
  public var score: Double?
  /// The test statistic where there is one: KS D, chi-square χ² (+∞ when a category is new),
  /// Z z, and for Wasserstein the raw (un-normed) distance; `nil` for Jensen-Shannon and PSI.
  public var statistic: Double?
  /// The threshold applied to ``score``.
  public var threshold: Double
  /// Whether drift is detected: p ≤ threshold for KS, p < threshold for chi-square and Z,
  /// score ≥ threshold for the distances (``DriftMethod/isDrift(score:threshold:)``);
  /// `false` when the score is undefined.
  public var detected: Bool
  /// The population stability index, computed beside every method; `nil` when a side is empty.
  public var psi: Double?
  /// Non-missing reference values.
  public var referenceCount: Int
  /// Non-missing current values.
  public var currentCount: Int
  /// Distinct values over both periods (categories seen on either side).
  public var distinctCount: Int
  /// Why ``score`` is `nil`, or `nil` when it is defined.
  public var undefinedReason: DriftUndefinedReason?

  /// Creates a result; use ``featureDrift(reference:current:options:)`` to measure one.
  ///
  /// - Parameters:
  ///   - kind: The column kind.
  ///   - method: The method.
  ///   - score: The score, if defined.
  ///   - statistic: The statistic, if any.
  ///   - threshold: The threshold.
  ///   - detected: The verdict.
  ///   - psi: The PSI, if defined.
  ///   - referenceCount: Reference values.
  ///   - currentCount: Current values.
  ///   - distinctCount: Distinct values over both.
  ///   - undefinedReason: Why the score is missing, if it is.
  public init(
    kind: ColumnKind, method: DriftMethod, score: Double?, statistic: Double?, threshold: Double,
    detected: Bool, psi: Double?, referenceCount: Int, currentCount: Int, distinctCount: Int,
    undefinedReason: DriftUndefinedReason?
  ) {
    self.kind = kind
    self.method = method
    self.score = score
    self.statistic = statistic
    self.threshold = threshold
    self.detected = detected
    self.psi = psi
    self.referenceCount = referenceCount
    self.currentCount = currentCount
    self.distinctCount = distinctCount
    self.undefinedReason = undefinedReason
  }
}
