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
        throw ConfigErrors([ConfigError(file: path, line: 1, column: 1, message: "the config is empty")])
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
      throw ConfigErrors(problems.errors)
    }
    return config
  }
}

extension ConfigError {
  init(yamlError: YamlError, file: String) {
    switch yamlError {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      self.init(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      self.init(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))")
    default:
      self.init(file: file, line: nil, column: nil, message: "invalid YAML: \(yamlError)")
    }
  }
}

/// Turns config nodes into typed settings, resolving relative paths against the config's folder.
private struct ConfigReader {
  let base: String

  func config(_ root: ConfigNode, path: String) -> AlmanacConfig? {
    let keys = root.mapping(allowed: ["report", "history", "registry", "billing", "models"])
    let report = keys["report"].map(reportSettings) ?? ReportSettings()
    var resolvedReport = report
    resolvedReport.output = resolve(report.output)
    resolvedReport.templates = report.templates.map(resolve)
    let history = keys["history"]?.string().map(resolve) ?? "\(resolvedReport.output)/almanac.sqlite"
    let registry = keys["registry"].flatMap(registrySource)
    let billing = keys["billing"]?.strings().map(resolve) ?? []
    guard let modelsNode = keys["models"] else {
      root.fail("missing required key \"models\"", hint: "list at least one model under models:")
      return nil
    }
    let models = modelsNode.sequence().compactMap(modelEntry)
    if models.isEmpty && modelsNode.sequence().isEmpty {
      modelsNode.fail("models must list at least one model")
    }
    return AlmanacConfig(
      report: resolvedReport, historyPath: history, registry: registry, billing: billing,
      models: models, sourcePath: path)
  }

  func reportSettings(_ node: ConfigNode) -> ReportSettings {
    var settings = ReportSettings()
    let keys = node.mapping(allowed: [
      "title", "organization", "period", "trend", "formats", "output", "analogies", "currency",
      "time_zone", "accent_color", "logo_text", "footer", "templates",
    ])
    if let value = keys["title"]?.string() { settings.title = value }
    settings.organization = keys["organization"]?.string()
    if let node = keys["period"], let text = node.string() {
      if let spec = PeriodSpec(text) {
        settings.period = spec
      } else {
        node.fail("report.period \"\(text)\" is not a period", hint: "use \(PeriodSpec.expectedForms)")
      }
    }
    if let value = keys["trend"]?.int(in: 0...104) { settings.trend = value }
    if let node = keys["formats"] {
      let formats = node.sequence().compactMap { $0.choice(ReportFormat.self) }
      if formats.isEmpty { node.fail("report.formats must list at least one format") }
      settings.formats = ReportFormat.allCases.filter(formats.contains)
    }
    if let value = keys["output"]?.string() { settings.output = value }
    if let value = keys["analogies"]?.string() { settings.analogies = value }
    if let node = keys["currency"], let value = node.string() {
      if value.count == 3 && value.allSatisfy({ $0.isASCII && $0.isLetter }) {
        settings.currency = value.uppercased()
      } else {
        node.fail("report.currency must be an ISO 4217 code such as USD, found \"\(value)\"")
      }
    }
    if let node = keys["time_zone"], let value = node.string() {
      if TimeZone(identifier: value) != nil {
        settings.timeZone = value
      } else {
        node.fail("report.time_zone \"\(value)\" is not a known time zone", hint: "use an IANA name such as Europe/Paris")
      }
    }
    if let node = keys["accent_color"], let value = node.string() {
      let hex = value.dropFirst()
      if value.first == "#" && hex.count == 6 && hex.allSatisfy(\.isHexDigit) {
        settings.accentColor = value.uppercased()
      } else {
        node.fail("report.accent_color must be a colour such as #1F4E79, found \"\(value)\"")
      }
    }
    settings.logoText = keys["logo_text"]?.string()
    settings.footer = keys["footer"]?.string()
    settings.templates = keys["templates"]?.string()
    return settings
  }

  func registrySource(_ node: ConfigNode) -> RegistrySource? {
    let keys = node.mapping(allowed: ["mlflow", "csv", "owner_tag"])
    let ownerTag = keys["owner_tag"]?.string() ?? "owner"
    switch (keys["mlflow"]?.string(), keys["csv"]?.string()) {
    case (let folder?, nil): return .mlflow(folder: resolve(folder), ownerTag: ownerTag)
    case (nil, let file?): return .csv(path: resolve(file))
    default:
      node.fail("registry needs exactly one of \"mlflow\" (a folder) or \"csv\" (a file)")
      return nil
    }
  }

  func modelEntry(_ node: ConfigNode) -> ModelEntry? {
    let keys = node.mapping(allowed: [
      "name", "task", "predictions", "reference", "columns", "features", "categorical", "numeric",
      "positive_class", "score_threshold", "version", "drift", "economics", "thresholds", "missing",
      "on_bad_rows", "timestamp_format",
    ])
    guard let taskNode = keys["task"] else {
      node.fail("\(node.path) is missing required key \"task\"", hint: "task: binary-classification, multiclass-classification or regression")
      return nil
    }
    guard let predictionsNode = keys["predictions"] else {
      node.fail("\(node.path) is missing required key \"predictions\"", hint: "give the prediction log path or glob")
      return nil
    }
    guard let task = taskNode.choice(ModelTask.self) else { return nil }
    var entry = ModelEntry(
      name: keys["name"]?.string(), task: task,
      predictions: predictionsNode.strings().map(resolve),
      reference: keys["reference"]?.strings().map(resolve) ?? [],
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
    if let value = keys["score_threshold"]?.double(in: 0...1) { entry.scoreThreshold = value }
    if let value = keys["missing"]?.strings() { entry.reading.missing = value }
    if let value = keys["on_bad_rows"]?.choice(BadRowPolicy.self) { entry.reading.onBadRows = value }
    if let value = keys["timestamp_format"]?.choice(TimestampStyle.self) {
      entry.reading.timestampStyle = value
    }
    let both = Set(entry.categorical).intersection(entry.numeric)
    if !both.isEmpty {
      node.fail("\(node.path) declares \(both.sorted().joined(separator: ", ")) both categorical and numeric")
    }
    return entry
  }

  func columnMapping(_ node: ConfigNode) -> ColumnMapping {
    var mapping = ColumnMapping()
    let keys = node.mapping(allowed: ["timestamp", "model", "version", "prediction", "score", "actual"])
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
      guard let method = value.string() else { continue }
      if driftMethodNames.contains(method) {
        settings.methods[feature] = method
      } else {
        value.fail("\(value.path) must be one of \(driftMethodNames.joined(separator: ", ")), found \"\(method)\"")
      }
    }
    for (feature, value) in keys["threshold"]?.freeMapping() ?? [] {
      if let threshold = value.double(in: 0...1_000_000) { settings.thresholds[feature] = threshold }
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
    let amount = 0.0...Double.greatestFiniteMagnitude
    if let value = keys["monthly_infrastructure"]?.double(in: amount) { settings.monthlyInfrastructure = value }
    if let value = keys["per_thousand_predictions"]?.double(in: amount) { settings.perThousandPredictions = value }
    if let value = keys["per_label"]?.double(in: amount) { settings.perLabel = value }
    if let outcomesNode = keys["outcomes"] {
      var outcomes = OutcomeValues()
      let values = outcomesNode.mapping(allowed: [
        "true_positive", "false_positive", "false_negative", "true_negative",
      ])
      if let value = values["true_positive"]?.double() { outcomes.truePositive = value }
      if let value = values["false_positive"]?.double() { outcomes.falsePositive = value }
      if let value = values["false_negative"]?.double() { outcomes.falseNegative = value }
      if let value = values["true_negative"]?.double() { outcomes.trueNegative = value }
      settings.outcomes = outcomes
    }
    settings.valuePerPrediction = keys["value_per_prediction"]?.double()
    settings.costPerUnitError = keys["cost_per_unit_error"]?.double(in: amount)
    return settings
  }

  func thresholds(_ node: ConfigNode) -> Thresholds {
    var thresholds = Thresholds()
    let keys = node.mapping(allowed: [
      "accuracy_drop_warn", "accuracy_drop_alert", "error_rise_warn", "error_rise_alert",
      "labelled_share_warn", "volume_change",
    ])
    if let value = keys["accuracy_drop_warn"]?.double(in: 0...1) { thresholds.accuracyDropWarn = value }
    if let value = keys["accuracy_drop_alert"]?.double(in: 0...1) { thresholds.accuracyDropAlert = value }
    if let value = keys["error_rise_warn"]?.double(in: 0...100) { thresholds.errorRiseWarn = value }
    if let value = keys["error_rise_alert"]?.double(in: 0...100) { thresholds.errorRiseAlert = value }
    if let value = keys["labelled_share_warn"]?.double(in: 0...1) { thresholds.labelledShareWarn = value }
    if let value = keys["volume_change"]?.double(in: 0...100) { thresholds.volumeChange = value }
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

/// The drift methods a config may name, as in the JSON report.
let driftMethodNames = ["ks", "chi_square", "z", "wasserstein", "jensen_shannon", "psi"]
