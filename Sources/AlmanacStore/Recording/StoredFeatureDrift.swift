/// One feature's drift test for a model and period, as the history keeps it.
///
/// Kept for every period so that the report can tell sudden drift from gradual drift from each
/// feature's own history, even when the logs hold only the current week. The figures are the
/// drift test's as computed by the caller; the store only checks that they are consistent:
///
/// - `method` is a method name of the JSON report: `ks`, `chi_square`, `z`, `wasserstein`,
///   `jensen_shannon` or `psi`.
/// - `score`, `threshold` and `psi` are finite and not negative; the score of a p-value method
///   (`ks`, `chi_square`, `z`) is at most 1.
/// - A feature without a score is not `detected`.
public struct StoredFeatureDrift: Sendable, Hashable, Codable {
  /// The feature's name, as in the prediction log; not empty, and at most once per model and
  /// period.
  public var name: String
  /// The drift test used, by its JSON report name (`wasserstein`, `ks`, ...).
  public var method: String
  /// The test's p-value (`ks`, `chi_square`, `z`) or distance (`wasserstein`, `jensen_shannon`,
  /// `psi`), or `nil` when it is undefined (such as an empty column).
  public var score: Double?
  /// The threshold `score` was compared with.
  public var threshold: Double
  /// Whether drift was detected for the feature.
  public var detected: Bool
  /// The population stability index reported beside the test, or `nil` when it is undefined.
  public var psi: Double?

  /// Creates a feature's stored drift.
  ///
  /// - Parameters:
  ///   - name: The feature's name.
  ///   - method: The drift test's name, such as `wasserstein`.
  ///   - score: The p-value or distance, if defined.
  ///   - threshold: The threshold applied to `score`.
  ///   - detected: Whether drift was detected.
  ///   - psi: The population stability index, if defined.
  public init(
    name: String, method: String, score: Double?, threshold: Double, detected: Bool, psi: Double?
  ) {
    self.name = name
    self.method = method
    self.score = score
    self.threshold = threshold
    self.detected = detected
    self.psi = psi
  }
}
