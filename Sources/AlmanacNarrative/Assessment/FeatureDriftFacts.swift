/// The drift test of one input feature in one period.
public struct FeatureDriftFacts: Sendable, Equatable {
  /// The feature's name (untrusted text).
  public var name: String
  /// Whether its drift is detected by its test.
  public var isDetected: Bool
  /// Its population stability index against the reference, reported beside every test; the size of
  /// the change on one scale for every kind of feature, used to tell sudden from gradual drift.
  public var psi: Double?

  /// Creates the drift facts of a feature.
  ///
  /// - Parameters:
  ///   - name: The feature's name.
  ///   - isDetected: Whether its drift is detected.
  ///   - psi: Its population stability index, if computed.
  public init(name: String, isDetected: Bool, psi: Double?) {
    self.name = name
    self.isDetected = isDetected
    self.psi = psi
  }
}
