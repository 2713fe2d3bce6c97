/// What the governance review expects of production models.
public struct GovernancePolicy: Sendable, Equatable {
  /// A production version registered more than this many days before the run is stale.
  public var staleAfterDays = 180
  /// Stages that mean production, compared ignoring case.
  public var productionStages: [String] = ["production"]
  /// Aliases that mean production, compared ignoring case.
  public var productionAliases: [String] = ["champion", "production", "prod"]

  /// Creates the default policy: stale after 180 days; the `Production` stage or a `champion`,
  /// `production` or `prod` alias means production.
  public init() {}

  /// Whether a version is in production under this policy.
  ///
  /// - Parameter version: A registered version.
  /// - Returns: Whether its stage or one of its aliases means production.
  public func isProduction(_ version: RegisteredVersion) -> Bool {
    let stages = Set(productionStages.map { $0.lowercased() })
    let aliases = Set(productionAliases.map { $0.lowercased() })
    return version.stage.map { stages.contains($0.lowercased()) } == true
      || version.aliases.contains { aliases.contains($0.lowercased()) }
  }
}
