/// A run read back from the history, with the identifier the store gave it.
public struct StoredRun: Sendable, Hashable, Codable {
  /// The run's identifier, increasing with each recorded run.
  public var id: Int64
  /// What was recorded about the run.
  public var run: RunRecord

  /// Creates a stored run.
  ///
  /// - Parameters:
  ///   - id: The run's identifier in the history.
  ///   - run: The recorded run.
  public init(id: Int64, run: RunRecord) {
    self.id = id
    self.run = run
  }
}
