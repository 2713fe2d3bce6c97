/// What to do about a finding: a fixed list, so the same situation always gets the same advice.
public enum Recommendation: String, Sendable, Hashable, CaseIterable {
  /// Train the model again on recent data.
  case retrain
  /// Look for a broken or changed feed between the source systems and the model.
  case checkDataPipeline = "check_data_pipeline"
  /// Make sure true outcomes are recorded and sent back.
  case collectLabels = "collect_labels"
  /// Check that the model's costs and the value of its decisions still add up.
  case reviewBusinessCase = "review_business_case"
  /// Take the model out of service.
  case retireModel = "retire_model"
  /// Name a person who answers for the model.
  case nameOwner = "name_owner"
  /// Write down what the model does (registry).
  case describeModel = "describe_model"
  /// Register a version that serves without being in the registry.
  case registerVersion = "register_version"
  /// Keep one version serving and retire the others.
  case retireOldVersions = "retire_old_versions"
  /// Send a production model's predictions to monitoring.
  case startMonitoring = "start_monitoring"
}
