/// How to read an MLflow registry export.
public struct MLflowOptions: Sendable, Equatable {
  /// The registered-model tag that names the owner.
  public var ownerTag: String
  /// Run metrics whose key starts with one of these are not baselines.
  ///
  /// The default, `train_`, leaves out training-history metrics (`train_log_loss`, `train_rmse`), which describe the fit
  /// on the training data rather than the held-out performance a version was approved with.
  public var ignoredMetricPrefixes: [String]

  /// Creates options.
  ///
  /// - Parameters:
  ///   - ownerTag: The tag that names the owner; `owner` by default.
  ///   - ignoredMetricPrefixes: Metric key prefixes that are not baselines; `train_` by default.
  public init(ownerTag: String = "owner", ignoredMetricPrefixes: [String] = ["train_"]) {
    self.ownerTag = ownerTag
    self.ignoredMetricPrefixes = ignoredMetricPrefixes
  }
}
