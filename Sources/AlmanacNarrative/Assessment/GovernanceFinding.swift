/// A gap in how a model is owned, documented or deployed, found in the model registry.
public struct GovernanceFinding: Sendable, Equatable {
  /// What kind of gap this is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case noOwner = "no_owner"
    case staleVersion = "stale_version"
    case severalServing = "several_serving"
    case unregisteredVersion = "unregistered_version"
    case unmonitored = "unmonitored"
    case noDescription = "no_description"
  }

  /// The model concerned (untrusted text from the registry or the logs).
  public var model: String
  /// What kind of gap this is.
  public var kind: Kind
  /// How serious it is.
  public var severity: Status
  /// What was found.
  public var what: String
  /// What to do about it.
  public var action: String

  /// Creates a governance finding.
  ///
  /// - Parameters:
  ///   - model: The model concerned.
  ///   - kind: What kind of gap this is.
  ///   - severity: How serious it is.
  ///   - what: What was found.
  ///   - action: What to do about it.
  public init(model: String, kind: Kind, severity: Status, what: String, action: String) {
    self.model = model
    self.kind = kind
    self.severity = severity
    self.what = what
    self.action = action
  }
}
