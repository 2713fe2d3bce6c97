/// A model's data drift: the share of its features that drift, and the verdict.
///
/// Only features go in: the score, prediction and actual columns are measured with the same
/// ``featureDrift(reference:current:options:)`` and reported beside, not counted here. Features
/// whose score is undefined (for example an empty current period) are left out of both the count
/// and the share.
public struct DatasetDrift: Sendable, Equatable, Codable {
  /// Features with a defined score.
  public var evaluatedCount: Int
  /// Features whose drift is detected.
  public var driftingCount: Int
  /// driftingCount / evaluatedCount; `nil` when no feature could be evaluated.
  public var share: Double?
  /// The share that counts as data drift (Evidently's default, 0.5).
  public var shareThreshold: Double
  /// Whether share ≥ shareThreshold.
  public var detected: Bool

  /// Summarises per-feature results.
  ///
  /// - Parameters:
  ///   - features: One result per feature.
  ///   - shareThreshold: The share of drifting features that makes the data drift.
  /// - Complexity: O(k) for k features.
  public init(features: [FeatureDrift], shareThreshold: Double = 0.5) {
    let evaluated = features.filter { $0.score != nil }
    evaluatedCount = evaluated.count
    driftingCount = evaluated.count { $0.detected }
    share = evaluated.isEmpty ? nil : Double(driftingCount) / Double(evaluatedCount)
    self.shareThreshold = shareThreshold
    detected = share.map { $0 >= shareThreshold } ?? false
  }
}
