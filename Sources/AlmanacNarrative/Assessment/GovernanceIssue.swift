/// A gap in how a model is owned, documented or deployed, before it is put into words.
public struct GovernanceIssue: Sendable, Equatable {
  /// The figures behind a gap.
  public enum Detail: Sendable, Equatable {
    /// A production model with no owner.
    case noOwner
    /// A production version registered `ageDays` days ago, over the policy's `limitDays`.
    case staleVersion(version: String, ageDays: Int, limitDays: Int)
    /// Several versions served predictions in the period.
    case severalServing(versions: [String])
    /// Versions served predictions but are not in the registry; `modelRegistered` is false when the
    /// model itself is not.
    case unregisteredVersion(versions: [String], modelRegistered: Bool)
    /// A production model with no monitoring data.
    case unmonitored
    /// A registered model without a description.
    case noDescription
  }

  /// The model concerned (untrusted text).
  public var model: String
  /// How serious it is.
  public var severity: Status
  /// The figures behind it.
  public var detail: Detail

  /// Creates a governance issue.
  ///
  /// - Parameters:
  ///   - model: The model concerned.
  ///   - severity: How serious it is.
  ///   - detail: The figures behind it.
  public init(model: String, severity: Status, detail: Detail) {
    self.model = model
    self.severity = severity
    self.detail = detail
  }

  /// The kind of finding, as in the JSON report.
  public var kind: GovernanceFinding.Kind {
    switch detail {
    case .noOwner: .noOwner
    case .staleVersion: .staleVersion
    case .severalServing: .severalServing
    case .unregisteredVersion: .unregisteredVersion
    case .unmonitored: .unmonitored
    case .noDescription: .noDescription
    }
  }

  /// What to do about it.
  public var recommendation: Recommendation {
    switch detail {
    case .noOwner: .nameOwner
    case .staleVersion: .retrain
    case .severalServing: .retireOldVersions
    case .unregisteredVersion: .registerVersion
    case .unmonitored: .startMonitoring
    case .noDescription: .describeModel
    }
  }
}
