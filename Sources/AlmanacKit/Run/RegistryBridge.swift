internal import AlmanacIngest
internal import AlmanacNarrative

/// What the pipeline takes from the model registry: baselines, owners, stages, and the facts for the
/// governance review.
struct RegistryBridge: Sendable {
  /// The registry, empty when the config names none.
  let registry: Registry
  /// What counts as a production version.
  let policy: GovernancePolicy

  /// Reads the configured registry export.
  ///
  /// - Parameters:
  ///   - source: The config's registry setting.
  ///   - policy: What counts as a production version.
  /// - Throws: `RunFailure` with the reader's message.
  init(source: RegistrySource?, policy: GovernancePolicy) throws(RunFailure) {
    self.policy = policy
    do {
      switch source {
      case .mlflow(let folder, let ownerTag)?:
        registry = try Registry.loadMLflow(
          folder: folder, options: MLflowOptions(ownerTag: ownerTag))
      case .csv(let path)?:
        registry = try Registry.loadCSV(path: path)
      case nil:
        registry = Registry(models: [])
      }
    } catch {
      throw RunFailure(error.description)
    }
  }

  /// The task each registered model's tag gives, by model name: the model's own tag, else its
  /// latest version's; values that name no task are passed over.
  ///
  /// - Parameter tag: The tag's name (`registry.task_tag`).
  /// - Returns: The tasks of the models whose tag names one.
  func tasks(tag: String) -> [String: ModelTask] {
    var tasks: [String: ModelTask] = [:]
    for model in registry.models {
      let value = model.tags[tag] ?? model.versions.last?.tags[tag]
      if let task = value.flatMap({ ModelTask(rawValue: $0.lowercased()) }) {
        tasks[model.name] = task
      }
    }
    return tasks
  }

  /// The version a model serves: the most used in the period's logs, else the config's, else the
  /// registry's production version.
  func servingVersion(of name: String, served: [String], configured: String?) -> String? {
    if let first = served.first { return first }
    if let configured { return configured }
    return registry.model(named: name)?.versions.first { policy.isProduction(Self.facts($0)) }?
      .version
  }

  /// The baseline metrics of a model's version, empty when the registry has none.
  func baseline(of name: String, version: String?) -> [String: Double] {
    guard let version, let registered = registry.model(named: name)?.version(version) else {
      return [:]
    }
    return registered.baseline
  }

  /// The owner named in the registry.
  func owner(of name: String) -> String? { registry.model(named: name)?.owner }

  /// The stage of a version with its aliases, such as `Production (champion)`.
  func stage(of name: String, version: String?) -> String? {
    guard let version, let registered = registry.model(named: name)?.version(version) else {
      return nil
    }
    let aliases = registered.aliases.sorted()
    switch (registered.stage, aliases.isEmpty) {
    case (let stage?, true): return stage
    case (let stage?, false): return "\(stage) (\(aliases.joined(separator: ", ")))"
    case (nil, false): return aliases.joined(separator: ", ")
    case (nil, true): return nil
    }
  }

  /// The registry and the period's serving versions as the governance review reads them.
  func facts(served: [String: [String]], monitored: Set<String>) -> RegistryFacts {
    RegistryFacts(
      models: registry.models.map { model in
        AlmanacNarrative.RegisteredModel(
          name: model.name, description: model.description, owner: model.owner,
          versions: model.versions.map(Self.facts))
      },
      servedVersions: served, monitoredModels: monitored)
  }

  /// A registry version as the governance review reads it; registration day in UTC.
  private static func facts(_ version: ModelVersion) -> RegisteredVersion {
    RegisteredVersion(
      version: version.version, stage: version.stage, aliases: version.aliases,
      registeredDay: version.registeredAt.map { Int($0.floorDivided(by: 86_400_000)) })
  }
}
