/// What the model registry says, and what the period's logs show, for the governance review.
///
/// The pipeline fills it from the registry export (MLflow or CSV) and the prediction logs.
public struct RegistryFacts: Sendable, Equatable {
  /// Every registered model.
  public var models: [RegisteredModel]
  /// Per model name, the versions that served predictions in the period.
  ///
  /// From the logs' version column or the config. A model absent here served nothing, or is not
  /// monitored.
  public var servedVersions: [String: [String]]
  /// The names of the models that Almanac monitors (those in the config or found in its logs),
  /// whether or not they made predictions in the period.
  public var monitoredModels: Set<String>

  /// Creates registry facts.
  ///
  /// - Parameters:
  ///   - models: Every registered model.
  ///   - servedVersions: Per model, the versions that served predictions in the period.
  ///   - monitoredModels: The names of the monitored models.
  public init(
    models: [RegisteredModel], servedVersions: [String: [String]], monitoredModels: Set<String>
  ) {
    self.models = models
    self.servedVersions = servedVersions
    self.monitoredModels = monitoredModels
  }
}

/// A model in the registry.
public struct RegisteredModel: Sendable, Equatable {
  /// The model's name (untrusted text).
  public var name: String
  /// What it does, if the registry says.
  public var description: String?
  /// Who answers for it (the owner tag or column), if anyone.
  public var owner: String?
  /// Its versions.
  public var versions: [RegisteredVersion]

  /// Creates a registered model.
  ///
  /// - Parameters:
  ///   - name: The model's name.
  ///   - description: What it does, if known.
  ///   - owner: Who answers for it, if anyone.
  ///   - versions: Its versions.
  public init(name: String, description: String?, owner: String?, versions: [RegisteredVersion]) {
    self.name = name
    self.description = description
    self.owner = owner
    self.versions = versions
  }
}

/// A version of a registered model.
public struct RegisteredVersion: Sendable, Equatable {
  /// The version's label, such as `4`.
  public var version: String
  /// Its stage (`Production`, `Staging`, `Archived`, `None`), if any.
  public var stage: String?
  /// Its aliases, such as `champion`.
  public var aliases: [String]
  /// The day it was registered, as days since 1970-01-01 (UTC), if known.
  public var registeredDay: Int?

  /// Creates a registered version.
  ///
  /// - Parameters:
  ///   - version: The version's label.
  ///   - stage: Its stage, if any.
  ///   - aliases: Its aliases.
  ///   - registeredDay: The day it was registered (days since 1970-01-01), if known.
  public init(version: String, stage: String?, aliases: [String] = [], registeredDay: Int?) {
    self.version = version
    self.stage = stage
    self.aliases = aliases
    self.registeredDay = registeredDay
  }
}
