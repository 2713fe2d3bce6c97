/// Checks the registry against the policy and the period's logs.
///
/// | gap | when | severity |
/// |---|---|---|
/// | `no_owner` | a production model has no owner (missing or blank) | red |
/// | `stale_version` | a production version was registered more than `staleAfterDays` days before the run | amber |
/// | `several_serving` | more than one version served predictions in the period | amber |
/// | `unregistered_version` | a version served predictions but is not in the registry (or its model is not) | red |
/// | `unmonitored` | a production model is not monitored by Almanac | amber |
/// | `no_description` | a registered model has no description (missing or blank) | amber |
///
/// A production model has a version whose stage or alias means production (`GovernancePolicy`).
/// Issues are ordered by model name (byte order), then in the order of the table.
public enum GovernanceReview {
  /// The governance gaps of a registry.
  ///
  /// - Parameters:
  ///   - registry: The registry and the period's serving versions.
  ///   - policy: What is expected of production models.
  ///   - today: The run's date as days since 1970-01-01 (UTC); no clock is read.
  /// - Returns: Every gap found.
  /// - Complexity: O(*m* x *v*) for *m* models of *v* versions each.
  public static func issues(
    in registry: RegistryFacts, policy: GovernancePolicy = GovernancePolicy(), today: Int
  ) -> [GovernanceIssue] {
    let registered = Dictionary(
      registry.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let names = Set(registered.keys).union(registry.servedVersions.keys).sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    return names.flatMap { name in
      issues(
        of: name, model: registered[name], served: registry.servedVersions[name] ?? [],
        isMonitored: registry.monitoredModels.contains(name), policy: policy, today: today)
    }
  }

  private static func issues(
    of name: String, model: RegisteredModel?, served: [String], isMonitored: Bool,
    policy: GovernancePolicy, today: Int
  ) -> [GovernanceIssue] {
    var found: [GovernanceIssue] = []
    func add(_ severity: Status, _ detail: GovernanceIssue.Detail) {
      found.append(GovernanceIssue(model: name, severity: severity, detail: detail))
    }
    let production = model?.versions.filter(policy.isProduction) ?? []
    if !production.isEmpty, isBlank(model?.owner) { add(.red, .noOwner) }
    for version in production {
      guard let day = version.registeredDay, today - day > policy.staleAfterDays else { continue }
      add(
        .amber,
        .staleVersion(
          version: version.version, ageDays: today - day, limitDays: policy.staleAfterDays))
    }
    let serving = uniqueSorted(served)
    if serving.count > 1 { add(.amber, .severalServing(versions: serving)) }
    let known = Set(model?.versions.map(\.version) ?? [])
    let unknown = serving.filter { !known.contains($0) }
    if !unknown.isEmpty {
      add(.red, .unregisteredVersion(versions: unknown, modelRegistered: model != nil))
    }
    if !production.isEmpty, !isMonitored { add(.amber, .unmonitored) }
    if let model, isBlank(model.description) { add(.amber, .noDescription) }
    return found
  }

  private static func isBlank(_ text: String?) -> Bool {
    text?.allSatisfy(\.isWhitespace) ?? true
  }

  /// Versions without repeats, in numeric order where they are numbers (`2` before `10`), else in
  /// byte order.
  private static func uniqueSorted(_ versions: [String]) -> [String] {
    Set(versions).sorted { lhs, rhs in
      switch (Int(lhs), Int(rhs)) {
      case let (left?, right?): left < right
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
      }
    }
  }
}
