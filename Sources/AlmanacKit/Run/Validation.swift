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
        names += try await ModelLoader(entry: entry, baseFolder: config.folder).load().map(\.name)
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
}
