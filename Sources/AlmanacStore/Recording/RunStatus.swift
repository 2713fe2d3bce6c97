/// How a run of `almanac report` ended: the portfolio's status, or a failure.
///
/// The raw values are the text stored in the `run.status` column.
public enum RunStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every model is healthy.
  case green
  /// At least one model needs attention and none is red.
  case amber
  /// At least one model needs action.
  case red
  /// The run stopped before it could assess the portfolio.
  case failed
}
