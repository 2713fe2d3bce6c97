/// Something a reader of the report should know about one model, in plain words.
///
/// Every finding says what happened (with the number), what it means, what to do, and what it costs or
/// earns (`impact`, in the report's currency, negative for a loss; `nil` when it has no money figure).
public struct Finding: Sendable, Equatable {
  /// What kind of finding this is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case accuracyDecline = "accuracy_decline"
    case suddenDrift = "sudden_drift"
    case gradualDrift = "gradual_drift"
    case intermittentDrift = "intermittent_drift"
    case dataDrift = "data_drift"
    case labelsMissing = "labels_missing"
    case estimateChecked = "estimate_checked"
    case noTraffic = "no_traffic"
    case volumeChange = "volume_change"
    case negativeValue = "negative_value"
    case risingCost = "rising_cost"
  }

  /// What kind of finding this is.
  public var kind: Kind
  /// How serious it is.
  public var severity: Status
  /// What happened, with the number.
  public var what: String
  /// What it means for the business.
  public var meaning: String
  /// What to do about it.
  public var action: String
  /// What it costs (negative) or earns (positive) in the period, if that can be put in money.
  public var impact: Double?

  /// Creates a finding.
  ///
  /// - Parameters:
  ///   - kind: What kind of finding this is.
  ///   - severity: How serious it is.
  ///   - what: What happened, with the number.
  ///   - meaning: What it means for the business.
  ///   - action: What to do about it.
  ///   - impact: Its money figure, if any.
  public init(
    kind: Kind, severity: Status, what: String, meaning: String, action: String, impact: Double?
  ) {
    self.kind = kind
    self.severity = severity
    self.what = what
    self.meaning = meaning
    self.action = action
    self.impact = impact
  }
}
