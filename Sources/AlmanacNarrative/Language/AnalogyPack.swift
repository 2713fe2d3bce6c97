/// A set of comparisons from one walk of life (farming, sailing, ...) that explain model health to
/// a business reader.
///
/// Packs are YAML files with the same keys (see `Topic` and `GlossaryTerm`); the built-in ones ship
/// with Almanac and a user's templates folder can replace them by name (`AnalogyLibrary`).
public struct AnalogyPack: Sendable, Equatable {
  /// What a comparison explains; the raw value is the pack file's key.
  public enum Topic: String, Sendable, Hashable, CaseIterable {
    /// A model's life: built, used, checked, retrained, retired.
    case lifeCycle = "life_cycle"
    /// Inputs that changed in one step.
    case suddenDrift = "sudden_drift"
    /// Inputs that change a little every period.
    case gradualDrift = "gradual_drift"
    /// A model that gets worse as the world moves on.
    case decay
    /// Watching a model every period.
    case monitoring
    /// The routines that build, release and run models.
    case mlops
    /// Owners, records and approvals.
    case governance
    /// Judging accuracy before the outcomes are known.
    case estimation
    /// What a model earns against what it costs.
    case roi
  }

  /// A glossary term whose comparison the pack gives; the raw value is the key under `glossary`.
  public enum GlossaryTerm: String, Sendable, Hashable, CaseIterable {
    /// Model life cycle.
    case lifeCycle = "life_cycle"
    /// MLOps.
    case mlops
    /// Data drift.
    case dataDrift = "data_drift"
    /// Model monitoring.
    case monitoring
    /// Model governance (ModelOps).
    case governance
    /// Return on investment.
    case roi
    /// Estimated accuracy.
    case estimation
  }

  /// The pack's name: its file name without the extension, as the config's `analogies` names it.
  public var name: String
  private var analogies: [Topic: String]
  private var glossary: [GlossaryTerm: String]

  /// Creates a pack.
  ///
  /// - Parameters:
  ///   - name: The pack's name.
  ///   - analogies: One comparison per topic; every topic must be present (a precondition: packs
  ///     read from files are checked with errors by `init(yaml:name:file:)` first).
  ///   - glossary: One comparison per glossary term; every term must be present.
  public init(name: String, analogies: [Topic: String], glossary: [GlossaryTerm: String]) {
    let missingTopics = Topic.allCases.filter { analogies[$0] == nil }
    let missingTerms = GlossaryTerm.allCases.filter { glossary[$0] == nil }
    precondition(
      missingTopics.isEmpty && missingTerms.isEmpty,
      "pack \(name) lacks \(missingTopics.map(\.rawValue) + missingTerms.map(\.rawValue))")
    self.name = name
    self.analogies = analogies
    self.glossary = glossary
  }

  /// The comparison that explains a topic.
  ///
  /// - Parameter topic: The topic.
  /// - Returns: One or two plain sentences.
  public func analogy(for topic: Topic) -> String { analogies[topic] ?? "" }

  /// The comparison shown beside a glossary term.
  ///
  /// - Parameter term: The term.
  /// - Returns: A short phrase or sentence.
  public func glossaryAnalogy(for term: GlossaryTerm) -> String { glossary[term] ?? "" }
}
