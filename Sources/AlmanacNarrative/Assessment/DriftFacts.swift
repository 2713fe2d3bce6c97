/// Drift of a model's inputs in a period.
public struct DriftFacts: Sendable, Equatable {
  /// The share of input features that drifted, `nil` when nothing could be compared.
  public var share: Double?
  /// Whether the model's data drift is detected (the share reached the configured level).
  public var isDetected: Bool
  /// Every input feature that was tested, drifting or not, in the order of the data.
  public var features: [FeatureDriftFacts]

  /// Creates drift facts.
  ///
  /// - Parameters:
  ///   - share: The share of drifting features, if any could be compared.
  ///   - isDetected: Whether the model's data drift is detected.
  ///   - features: Every tested input feature.
  public init(share: Double?, isDetected: Bool, features: [FeatureDriftFacts]) {
    self.share = share
    self.isDetected = isDetected
    self.features = features
  }

  /// No features tested: a model whose inputs are not monitored, or a period without data.
  public static let none = DriftFacts(share: nil, isDetected: false, features: [])

  /// The features whose drift is detected, in the order of the data.
  public var drifting: [FeatureDriftFacts] { features.filter(\.isDetected) }
}
