extension Recommendation {
  /// The advice as a plain sentence, the `action` of a finding.
  public var action: String {
    switch self {
    case .retrain:
      "Retrain the model on recent data, and check it before it goes live."
    case .checkDataPipeline:
      "Check the data pipeline: find out what changed at the source before you trust the results."
    case .collectLabels:
      "Collect the outcomes: make sure what really happened is recorded and sent back."
    case .reviewBusinessCase:
      "Review the business case: check what the model costs and what each decision is worth."
    case .retireModel:
      "Think about retiring the model: it has cost more than it brings for some time."
    case .nameOwner:
      "Name an owner who answers for the model and its results."
    case .describeModel:
      "Write a short note in the registry on what the model does and who uses it."
    case .registerVersion:
      "Register the version, or stop it from serving until it is approved."
    case .retireOldVersions:
      "Keep one version serving and retire the others, unless a planned test is running."
    case .startMonitoring:
      "Send its predictions to Almanac so that its health is checked every week."
    }
  }

  /// The advice as the next step for a named model, for the portfolio summary:
  /// `retrain credit-default on recent data`.
  ///
  /// - Parameter model: The model's name.
  /// - Returns: An imperative phrase in lower case, without a full stop.
  public func step(for model: String) -> String {
    switch self {
    case .retrain: "retrain \(model) on recent data"
    case .checkDataPipeline: "check the data that feeds \(model)"
    case .collectLabels: "collect the outcomes of \(model)'s predictions"
    case .reviewBusinessCase: "review the business case for \(model)"
    case .retireModel: "think about retiring \(model)"
    case .nameOwner: "name an owner for \(model)"
    case .describeModel: "describe \(model) in the registry"
    case .registerVersion: "register the version of \(model) that is serving"
    case .retireOldVersions: "keep one version of \(model) serving"
    case .startMonitoring: "start monitoring \(model)"
    }
  }
}
