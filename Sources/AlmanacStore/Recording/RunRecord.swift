/// One run of `almanac report`, as the history keeps it.
///
/// Timestamps are UTC in the form `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, as `ISO8601DateFormatter`
/// writes by default); the caller reads its own, injected clock, so the store never does. The
/// schema rejects any other form and a finish before the start.
public struct RunRecord: Sendable, Hashable, Codable {
  /// When the run started, `YYYY-MM-DDTHH:MM:SSZ`.
  public var startedAt: String
  /// When the run finished, `YYYY-MM-DDTHH:MM:SSZ`; not before `startedAt`.
  public var finishedAt: String
  /// The digest of the configuration the run used, in lowercase hexadecimal.
  public var configDigest: String
  /// The period the run reported on.
  public var period: HistoryPeriod
  /// The portfolio's status, or `.failed`.
  public var status: RunStatus
  /// How long the run took, in seconds from a monotonic clock; finite and not negative.
  public var durationSeconds: Double
  /// The version of Almanac that ran, such as `0.1.0`.
  public var almanacVersion: String

  /// Creates a run record.
  ///
  /// - Parameters:
  ///   - startedAt: When the run started, `YYYY-MM-DDTHH:MM:SSZ`.
  ///   - finishedAt: When the run finished, `YYYY-MM-DDTHH:MM:SSZ`.
  ///   - configDigest: The configuration's digest, lowercase hexadecimal.
  ///   - period: The period reported on.
  ///   - status: The portfolio's status, or `.failed`.
  ///   - durationSeconds: The run's duration in seconds.
  ///   - almanacVersion: The version of Almanac that ran.
  public init(
    startedAt: String, finishedAt: String, configDigest: String, period: HistoryPeriod,
    status: RunStatus, durationSeconds: Double, almanacVersion: String
  ) {
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.configDigest = configDigest
    self.period = period
    self.status = status
    self.durationSeconds = durationSeconds
    self.almanacVersion = almanacVersion
  }
}
