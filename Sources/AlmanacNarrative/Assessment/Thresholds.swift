/// When a model turns amber or red.
public struct Thresholds: Sendable, Equatable {
  /// Accuracy this many points below baseline (or the previous period) turns the model amber ...
  public var accuracyDropWarn = 0.02
  /// ... and this many turns it red.
  public var accuracyDropAlert = 0.05
  /// Regression: mean absolute error this much above baseline (relative, 0.1 = 10%) turns it amber ...
  public var errorRiseWarn = 0.10
  /// ... and this much turns it red.
  public var errorRiseAlert = 0.25
  /// Fewer labelled predictions than this share means outcomes are missing.
  public var labelledShareWarn = 0.5
  /// A change in volume by this share against the previous period is reported.
  public var volumeChange = 0.5

  /// Creates the default thresholds.
  public init() {}
}
