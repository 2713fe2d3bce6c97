internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import Foundation
internal import Yams

extension AlmanacConfig {
  /// Parses and validates a config.
  ///
  /// Unknown keys, wrong types and missing required keys are all reported, each naming the key, the file
  /// and the line.
  ///
  /// - Parameters:
  ///   - yaml: The config text.
  ///   - path: The config file's path, for messages and for resolving relative paths.
  /// - Returns: The config with absolute paths.
  /// - Throws: `ConfigErrors` listing every problem found.
  public static func parse(yaml: String, path: String) throws(ConfigErrors) -> AlmanacConfig {
    let problems = ConfigProblems(file: path)
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        throw ConfigErrors([
          ConfigError(file: path, line: 1, column: 1, message: "the config is empty")
        ])
      }
      root = node
    } catch let error as ConfigErrors {
      throw error
    } catch let error as YamlError {
      throw ConfigErrors([ConfigError(yamlError: error, file: path)])
    } catch {
      throw ConfigErrors([ConfigError(file: path, line: nil, column: nil, message: "\(error)")])
    }
    let base = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let reader = ConfigReader(base: base)
    let config = reader.config(ConfigNode(node: root, path: "", problems: problems), path: path)
    guard problems.errors.isEmpty, let config else {
      // In file order; problems at one place keep the order they were found in.
      let ordered = problems.errors.enumerated().sorted {
        ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
          < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
      }
      throw ConfigErrors(ordered.map(\.element))
    }
    return config
  }
}

extension ConfigError {
  init(yamlError: YamlError, file: String) {
    let syntax = YAMLSyntaxError(yamlError)
    self.init(file: file, line: syntax.line, column: syntax.column, message: syntax.message)
  }
}

/// Turns config nodes into typed settings, resolving relative paths against the config's folder.
struct ConfigReader {
  let base: String

  func config(_ root: ConfigNode, path: String) -> AlmanacConfig? {
    let keys = root.mapping(allowed: [
      "report", "history", "registry", "billing", "models", "max_rows", "engines",
    ])
    let report = keys["report"].map(reportSettings) ?? ReportSettings()
    var resolvedReport = report
    resolvedReport.output = resolve(report.output)
    resolvedReport.templates = report.templates.map(resolve)
    let history =
      keys["history"]?.string().map(resolve) ?? "\(resolvedReport.output)/almanac.sqlite"
    let (registry, governance, taskTag) =
      keys["registry"].map(registrySource) ?? (nil, GovernancePolicy(), nil)
    let billing = keys["billing"]?.strings().map(resolve) ?? []
    guard let modelsNode = keys["models"] else {
      root.fail("missing required key \"models\"", hint: "list at least one model under models:")
      return nil
    }
    let models = modelsNode.sequence().compactMap(modelEntry)
    if models.isEmpty && modelsNode.sequence().isEmpty {
      modelsNode.fail("models must list at least one model")
    }
    var config = AlmanacConfig(
      report: resolvedReport, historyPath: history, registry: registry, governance: governance,
      billing: billing,
      models: models, sourcePath: path)
    if let limit = keys["max_rows"]?.int(in: 1...Int(Int32.max)) { config.maxRows = limit }
    if let enginesNode = keys["engines"] { config.engines = engines(enginesNode) }
    for (index, model) in config.models.enumerated() {
      for source in [model.engineSource, model.referenceSource].compactMap({ $0 })
      where config.engines[source.engine] == nil {
        let node = modelsNode.sequence()[index]
        let key = source == model.engineSource ? "predictions" : "reference"
        node.fail(
          "\(node.path).\(key) names the engine \"\(source.engine)\", which engines does not define",
          hint: config.engines.isEmpty
            ? "add it under engines:, e.g. engines: { \(source.engine): { kind: postgres, url: postgres://user@host/database } }"
            : "defined engines: \(config.engines.keys.sorted().joined(separator: ", "))")
      }
    }
    if let taskTag { config.taskTag = taskTag }
    return config
  }

  func registrySource(_ node: ConfigNode) -> (RegistrySource?, GovernancePolicy, String?) {
    let keys = node.mapping(allowed: [
      "mlflow", "csv", "owner_tag", "stale_after_days", "task_tag",
    ])
    var policy = GovernancePolicy()
    if let value = keys["stale_after_days"]?.int(in: 1...36_500) { policy.staleAfterDays = value }
    let ownerTag = keys["owner_tag"]?.string() ?? "owner"
    let taskTag = keys["task_tag"]?.string()
    switch (keys["mlflow"]?.string(), keys["csv"]?.string()) {
    case (let folder?, nil):
      return (.mlflow(folder: resolve(folder), ownerTag: ownerTag), policy, taskTag)
    case (nil, let file?): return (.csv(path: resolve(file)), policy, taskTag)
    default:
      node.fail("registry needs exactly one of \"mlflow\" (a folder) or \"csv\" (a file)")
      return (nil, policy, taskTag)
    }
  }

  func modelEntry(_ node: ConfigNode) -> ModelEntry? {
    let keys = node.mapping(allowed: [
      "name", "task", "predictions", "reference", "columns", "features", "categorical", "numeric",
      "positive_class", "score_threshold", "version", "drift", "economics", "thresholds", "missing",
      "on_bad_rows", "timestamp_format", "baseline",
    ])
    guard let taskNode = keys["task"] else {
      node.fail(
        "\(node.path) is missing required key \"task\"",
        hint: "task: binary-classification, multiclass-classification, regression or auto")
      return nil
    }
    guard let predictionsNode = keys["predictions"] else {
      node.fail(
        "\(node.path) is missing required key \"predictions\"",
        hint: "give the prediction log path or glob")
      return nil
    }
    guard let taskText = taskNode.string() else { return nil }
    let inferTask = taskText == "auto"
    guard let task = inferTask ? .binaryClassification : ModelTask(rawValue: taskText) else {
      let choices = ModelTask.allCases.map(\.rawValue) + ["auto"]
      taskNode.fail(
        "\(taskNode.path) must be one of \(choices.joined(separator: ", ")), found \"\(taskText)\"")
      return nil
    }
    let engineSource: EngineSource?
    if case .mapping = predictionsNode.node {
      engineSource = self.engineSource(predictionsNode)
      if inferTask {
        taskNode.fail(
          "\(taskNode.path): task: auto needs files; a table's models need their task named",
          hint: "task: binary-classification, multiclass-classification or regression")
      }
    } else {
      engineSource = nil
    }
    var referenceSource: EngineSource?
    if let referenceNode = keys["reference"], case .mapping = referenceNode.node {
      referenceSource = self.engineSource(referenceNode)
      if engineSource == nil {
        referenceNode.fail(
          "\(referenceNode.path): a reference table needs predictions from an engine too",
          hint: "give the reference as a file, or the predictions as { engine: ..., table: ... }")
      }
    }
    var entry = ModelEntry(
      name: keys["name"]?.string(), task: task,
      predictions: engineSource == nil ? predictionsNode.strings().map(resolve) : [],
      engineSource: engineSource,
      reference: referenceSource == nil ? keys["reference"]?.strings().map(resolve) ?? [] : [],
      columns: keys["columns"].map(columnMapping) ?? ColumnMapping(),
      features: keys["features"]?.strings() ?? [],
      categorical: keys["categorical"]?.strings() ?? [],
      numeric: keys["numeric"]?.strings() ?? [],
      positiveClass: keys["positive_class"]?.string(),
      version: keys["version"]?.string(),
      drift: keys["drift"].map(driftSettings) ?? DriftSettings(),
      economics: keys["economics"].map(economics),
      thresholds: keys["thresholds"].map(thresholds) ?? Thresholds(),
      reading: ReadingSettings())
    entry.inferTask = inferTask
    entry.referenceSource = referenceSource
    if let value = keys["score_threshold"]?.double(in: 0...1) { entry.scoreThreshold = value }
    if let value = keys["baseline"] {
      entry.baseline = baseline(value, tasks: inferTask ? ModelTask.allCases : [task])
    }
    if let value = keys["missing"]?.strings() { entry.reading.missing = value }
    if let value = keys["on_bad_rows"]?.choice(BadRowPolicy.self) {
      entry.reading.onBadRows = value
    }
    if let value = keys["timestamp_format"]?.choice(TimestampSpelling.self) {
      entry.reading.timestampFormat = value.format
    }
    // With task: auto, each model uses the part of economics its task needs, checked when the
    // task is known.
    if let economics = entry.economics, let economicsNode = keys["economics"], !inferTask {
      switch task {
      case .binaryClassification where economics.outcomes == nil:
        economicsNode.fail(
          "\(economicsNode.path) needs outcomes for a binary classifier",
          hint:
            "outcomes: { true_positive: 1200, false_positive: -150, false_negative: -900, true_negative: 0 }"
        )
      case .regression where economics.forecasts == nil:
        economicsNode.fail(
          "\(economicsNode.path) needs value_per_prediction for a regression model",
          hint: "value_per_prediction: 8.00 and cost_per_unit_error: 0.40")
      case .multiclassClassification:
        economicsNode.fail(
          "\(economicsNode.path): economics is not supported for multi-class models yet")
      default: break
      }
    }
    let both = Set(entry.categorical).intersection(entry.numeric)
    if !both.isEmpty {
      node.fail(
        "\(node.path) declares \(both.sorted().joined(separator: ", ")) both categorical and numeric"
      )
    }
    return entry
  }

  /// The metrics a task reports, which a `baseline` may name.
  static func metricNames(for task: ModelTask) -> [String] {
    switch task {
    case .binaryClassification:
      ["accuracy", "precision", "recall", "f1", "roc_auc", "log_loss", "brier"]
    case .multiclassClassification: ["accuracy", "f1"]
    case .regression: ["mae", "rmse", "mape", "r2", "mean_error"]
    }
  }

  func baseline(_ node: ConfigNode, tasks: [ModelTask]) -> [String: Double] {
    var names: [String] = []
    for task in tasks {
      names += Self.metricNames(for: task).filter { !names.contains($0) }
    }
    let keys = node.mapping(allowed: names)
    var values: [String: Double] = [:]
    for (name, value) in keys {
      if let number = value.double(in: -1e100...1e100) { values[name] = number }
    }
    return values
  }

  func columnMapping(_ node: ConfigNode) -> ColumnMapping {
    var mapping = ColumnMapping()
    let keys = node.mapping(allowed: [
      "timestamp", "model", "version", "prediction", "score", "actual",
    ])
    mapping.explicit = Set(keys.keys)
    if let value = keys["timestamp"] {
      mapping.timestamp = value.node.null != nil ? nil : value.string()
    }
    if let value = keys["model"]?.string() { mapping.model = value }
    if let value = keys["version"]?.string() { mapping.version = value }
    if let value = keys["prediction"]?.string() { mapping.prediction = value }
    if let value = keys["score"]?.string() { mapping.score = value }
    if let value = keys["actual"]?.string() { mapping.actual = value }
    return mapping
  }

  func driftSettings(_ node: ConfigNode) -> DriftSettings {
    var settings = DriftSettings()
    let keys = node.mapping(allowed: ["method", "threshold", "share"])
    for (feature, value) in keys["method"]?.freeMapping() ?? [] {
      if let method = value.choice(DriftMethod.self) { settings.methods[feature] = method }
    }
    for (feature, value) in keys["threshold"]?.freeMapping() ?? [] {
      if let threshold = value.double(in: 0...1_000_000) {
        settings.thresholds[feature] = threshold
      }
    }
    if let value = keys["share"]?.double(in: 0...1) { settings.share = value }
    return settings
  }

  func economics(_ node: ConfigNode) -> EconomicsSettings {
    var settings = EconomicsSettings()
    let keys = node.mapping(allowed: [
      "monthly_infrastructure", "per_thousand_predictions", "per_label", "outcomes",
      "value_per_prediction", "cost_per_unit_error",
    ])
    // Amounts up to 10^15, as in billing exports: beyond it sums over a year lose their meaning.
    let amount = 0.0...BillingRecord.largestAmount
    let signed = -BillingRecord.largestAmount...BillingRecord.largestAmount
    if let value = keys["monthly_infrastructure"]?.double(in: amount) {
      settings.rates.monthlyInfrastructure = value
    }
    if let value = keys["per_thousand_predictions"]?.double(in: amount) {
      settings.rates.perThousandPredictions = value
    }
    if let value = keys["per_label"]?.double(in: amount) { settings.rates.perLabel = value }
    if let outcomes = keys["outcomes"] {
      let values = outcomes.mapping(allowed: [
        "true_positive", "false_positive", "false_negative", "true_negative",
      ])
      settings.outcomes = OutcomePayoffs(
        truePositive: values["true_positive"]?.double(in: signed) ?? 0,
        falsePositive: values["false_positive"]?.double(in: signed) ?? 0,
        falseNegative: values["false_negative"]?.double(in: signed) ?? 0,
        trueNegative: values["true_negative"]?.double(in: signed) ?? 0)
    }
    let valuePerPrediction = keys["value_per_prediction"]?.double(in: signed)
    let costPerUnitError = keys["cost_per_unit_error"]?.double(in: amount)
    if valuePerPrediction != nil || costPerUnitError != nil {
      settings.forecasts = RegressionPayoffs(
        valuePerPrediction: valuePerPrediction ?? 0, costPerUnitError: costPerUnitError ?? 0)
    }
    return settings
  }

  /// Threshold keys with their field and allowed range; whole-number fields are counts of periods.
  private static var thresholdKeys:
    [(key: String, field: WritableKeyPath<Thresholds, Double>, range: ClosedRange<Double>)]
  {
    [
      ("accuracy_drop_warn", \.accuracyDropWarn, 0...1),
      ("accuracy_drop_alert", \.accuracyDropAlert, 0...1),
      ("error_rise_warn", \.errorRiseWarn, 0...100),
      ("error_rise_alert", \.errorRiseAlert, 0...100),
      ("labelled_share_warn", \.labelledShareWarn, 0...1),
      ("volume_change", \.volumeChange, 0...100),
      ("drift_share_warn", \.driftShareWarn, 0...1),
      ("drift_build_up_share", \.driftBuildUpShare, 0...100),
      ("cost_rise_warn", \.costRiseWarn, 0...100),
      ("drift_false_alarm_rate", \.driftFalseAlarmRate, 1e-9...0.5),
      ("quality_noise_sigmas", \.qualityNoiseSigmas, 0...10),
      ("quality_hold_sigmas", \.qualityHoldSigmas, 0...10),
    ]
  }
  private static var thresholdPeriodKeys: [(key: String, field: WritableKeyPath<Thresholds, Int>)] {
    [
      ("label_lag_periods", \.labelLagPeriods), ("loss_periods_alert", \.lossPeriodsAlert),
      ("retire_periods", \.retirePeriods), ("usual_periods", \.usualPeriods),
    ]
  }

  func thresholds(_ node: ConfigNode) -> Thresholds {
    var thresholds = Thresholds()
    let keys = node.mapping(
      allowed: Self.thresholdKeys.map(\.key) + Self.thresholdPeriodKeys.map(\.key))
    for (key, field, range) in Self.thresholdKeys {
      if let value = keys[key]?.double(in: range) { thresholds[keyPath: field] = value }
    }
    for (key, field) in Self.thresholdPeriodKeys {
      if let value = keys[key]?.int(in: 1...104) { thresholds[keyPath: field] = value }
    }
    if thresholds.accuracyDropAlert < thresholds.accuracyDropWarn {
      node.fail("\(node.path).accuracy_drop_alert must not be below accuracy_drop_warn")
    }
    if thresholds.errorRiseAlert < thresholds.errorRiseWarn {
      node.fail("\(node.path).error_rise_alert must not be below error_rise_warn")
    }
    return thresholds
  }

  /// An absolute path: relative paths are taken from the config file's folder.
  func resolve(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    if path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
    return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: base, isDirectory: true))
      .standardizedFileURL.path
  }
}

/// How a config spells the timestamp formats.
private enum TimestampSpelling: String, CaseIterable {
  case iso8601
  case epochSeconds = "epoch_seconds"
  case epochMilliseconds = "epoch_milliseconds"

  var format: TimestampFormat {
    switch self {
    case .iso8601: .iso8601
    case .epochSeconds: .epochSeconds
    case .epochMilliseconds: .epochMilliseconds
    }
  }
}
