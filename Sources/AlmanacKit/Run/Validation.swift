internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport

/// `almanac validate`: every problem with a config and its inputs, without writing anything.
public enum Validation {
  /// Checks the config, then reads every input it names: prediction logs and reference data (files
  /// exist, mapped columns present, every cell readable), the registry, billing exports, the analogy
  /// pack and the templates.
  ///
  /// - Parameter configPath: The config file.
  /// - Returns: One message per problem, each naming the file (and line and column where they
  ///   apply); empty when all is well.
  public static func problems(configPath: String) async -> [String] {
    let config: AlmanacConfig
    switch Runner.readConfig(configPath) {
    case .success(let read): config = read
    case .failure(let problems): return problems.messages
    }
    var problems: [String] = []
    func check(_ work: () async throws(RunFailure) -> Void) async {
      do { try await work() } catch { problems.append(error.description) }
    }
    var registry: RegistryBridge?
    await check { () async throws(RunFailure) in
      registry = try RegistryBridge(source: config.registry, policy: config.governance)
    }
    var names: [String] = []
    for entry in config.models {
      await check { () async throws(RunFailure) in
        let models = try await ModelLoader(entry: entry, baseFolder: config.folder).load()
        names += models.map(\.name)
        problems += models.prefix(1).flatMap { methodProblems($0, config: config) }
      }
    }
    if let registry {
      await check { () async throws(RunFailure) in
        _ = try BillingLedger(
          paths: config.billing, currency: config.report.currency, models: names,
          registry: registry.registry)
      }
    }
    do {
      _ = try AnalogyLibrary.load(templates: config.report.templates).pack(
        named: config.report.analogies)
    } catch {
      problems.append("\(config.sourcePath): error: \(error.description)")
    }
    do {
      _ = try TemplateSet.load(overrides: config.report.templates)
    } catch {
      problems.append("\(error)")
    }
    return problems
  }

  /// Drift methods configured for columns they cannot test (KS or Wasserstein on text).
  private static func methodProblems(_ model: LoadedModel, config: AlmanacConfig) -> [String] {
    model.entry.drift.methods.sorted { $0.key < $1.key }.compactMap { feature, method in
      guard let column = model.log.features.first(where: { $0.name == feature })?.column else {
        return
          "\(config.sourcePath): error: drift.method names \"\(feature)\", which is not an input feature"
          + " of \(model.entry.name ?? "the models entry")"
      }
      guard case .categorical = column, !method.applies(to: .categorical) else { return nil }
      return
        "\(config.sourcePath): error: drift.method \(method.rawValue) cannot test \"\(feature)\","
        + " a categorical column\n  hint: use chi_square, z, jensen_shannon or psi, or declare it numeric"
    }
  }
}
