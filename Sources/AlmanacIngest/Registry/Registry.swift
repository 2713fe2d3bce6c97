/// The model registry: which models exist, their versions, stages, aliases, owners and the
/// baseline metrics each version was approved with.
///
/// Read from saved MLflow REST responses (``loadMLflow(folder:options:)``) or from a CSV
/// (``loadCSV(path:)``). Text is kept verbatim, HTML included: escaping is the renderers' job.
public struct Registry: Sendable, Equatable {
  /// The models, sorted by name (byte order).
  public var models: [RegisteredModel]

  /// Creates a registry.
  ///
  /// - Parameter models: The models, in any order; they are sorted by name.
  public init(models: [RegisteredModel]) {
    self.models = models.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  /// The model with a name, if registered.
  public func model(named name: String) -> RegisteredModel? {
    models.first { $0.name == name }
  }
}

/// A registered model and its versions.
public struct RegisteredModel: Sendable, Equatable {
  /// The model's name, unique in the registry.
  public var name: String
  /// The model's description, verbatim (it may hold HTML or Markdown).
  public var description: String?
  /// The owner, from the owner tag (``MLflowOptions/ownerTag``) or the CSV's `owner` column.
  public var owner: String?
  /// The model's tags.
  public var tags: [String: String]
  /// Aliases and the version each points to (`champion` -> `4`).
  public var aliases: [String: String]
  /// When the model was registered, in milliseconds since the epoch.
  public var createdAt: Int64?
  /// The versions, in increasing version order (numeric when the versions are numbers).
  public var versions: [ModelVersion]

  /// Creates a model; `versions` are sorted.
  ///
  /// - Parameters:
  ///   - name: The model's name.
  ///   - description: Its description.
  ///   - owner: Its owner.
  ///   - tags: Its tags.
  ///   - aliases: Alias -> version.
  ///   - createdAt: Registration time in milliseconds since the epoch.
  ///   - versions: Its versions, in any order.
  public init(
    name: String, description: String? = nil, owner: String? = nil, tags: [String: String] = [:],
    aliases: [String: String] = [:], createdAt: Int64? = nil, versions: [ModelVersion] = []
  ) {
    self.name = name
    self.description = description
    self.owner = owner
    self.tags = tags
    self.aliases = aliases
    self.createdAt = createdAt
    self.versions = versions.sorted { ModelVersion.precedes($0.version, $1.version) }
  }

  /// The version with a number, if registered.
  public func version(_ version: String) -> ModelVersion? {
    versions.first { $0.version == version }
  }
}

/// One version of a registered model.
public struct ModelVersion: Sendable, Equatable {
  /// The version, as the registry writes it (`"4"`).
  public var version: String
  /// The stage (`Production`, `Staging`, `Archived`), or nil when none (MLflow's `None`).
  public var stage: String?
  /// The aliases pointing to this version, sorted.
  public var aliases: [String]
  /// When the version was registered, in milliseconds since the epoch.
  public var registeredAt: Int64?
  /// The version's description, verbatim.
  public var description: String?
  /// The training run the version came from.
  public var runID: String?
  /// Baseline metrics by name (`accuracy`, `roc_auc`, `rmse`, ...): the final metrics of the
  /// version's run, or the CSV's `baseline_<metric>` columns.
  public var baseline: [String: Double]
  /// The version's tags.
  public var tags: [String: String]

  /// Creates a version.
  ///
  /// - Parameters:
  ///   - version: The version as written.
  ///   - stage: Its stage, or nil.
  ///   - aliases: Aliases pointing to it.
  ///   - registeredAt: Registration time in milliseconds since the epoch.
  ///   - description: Its description.
  ///   - runID: The training run.
  ///   - baseline: Baseline metrics by name.
  ///   - tags: Its tags.
  public init(
    version: String, stage: String? = nil, aliases: [String] = [], registeredAt: Int64? = nil,
    description: String? = nil, runID: String? = nil, baseline: [String: Double] = [:],
    tags: [String: String] = [:]
  ) {
    self.version = version
    self.stage = stage
    self.aliases = aliases.sorted()
    self.registeredAt = registeredAt
    self.description = description
    self.runID = runID
    self.baseline = baseline
    self.tags = tags
  }

  /// Orders versions numerically when both are whole numbers, else by their text.
  static func precedes(_ left: String, _ right: String) -> Bool {
    switch (Int(left), Int(right)) {
    case (let left?, let right?): left < right
    case (.some, nil): true
    case (nil, .some): false
    case (nil, nil): left.utf8.lexicographicallyPrecedes(right.utf8)
    }
  }

  /// A stage as the registry writes it, or nil for none (`None`, or empty).
  static func stage(_ text: String?) -> String? {
    guard let text, !text.isEmpty, text != "None" else { return nil }
    return text
  }
}
