extension Narrator {
  /// The governance gaps of a registry in plain words, for the report's governance section.
  ///
  /// - Parameters:
  ///   - registry: The registry and the period's serving versions.
  ///   - policy: What is expected of production models.
  ///   - today: The run's date as days since 1970-01-01 (UTC).
  ///   - period: The period's label (`2026-W47` makes sentences say "week").
  /// - Returns: One finding per gap, in the order of `GovernanceReview.issues(in:policy:today:)`.
  public func governance(
    _ registry: RegistryFacts, policy: GovernancePolicy = GovernancePolicy(), today: Int,
    period: String
  ) -> [GovernanceFinding] {
    let voice = Voice(currency: currency, period: period)
    return GovernanceReview.issues(in: registry, policy: policy, today: today).map { issue in
      GovernanceFinding(
        model: issue.model, kind: issue.kind, severity: issue.severity,
        what: Self.what(issue.detail, voice), action: issue.recommendation.action)
    }
  }

  private static func what(_ detail: GovernanceIssue.Detail, _ voice: Voice) -> String {
    switch detail {
    case .noOwner:
      return "It is in production, but no one is named as its owner."
    case .staleVersion(let version, let age, let limit):
      return "Version \(version) is in production, but it was registered "
        + "\(Wording.counted(age, "day")) ago. The limit is \(Wording.counted(limit, "day"))."
    case .severalServing(let versions):
      return "Versions \(Wording.list(versions)) \(versions.count == 2 ? "both" : "all") made"
        + " predictions \(voice.now)."
    case .unregisteredVersion(let versions, let modelRegistered):
      guard modelRegistered else {
        return "The model made predictions \(voice.now), but it is not in the registry."
      }
      let one = versions.count == 1
      return "\(one ? "Version" : "Versions") \(Wording.list(versions)) made predictions"
        + " \(voice.now), but \(one ? "is" : "are") not in the registry."
    case .unmonitored:
      return "It is in production, but none of its predictions reached this report."
    case .noDescription:
      return "The registry has no description of what it does."
    }
  }
}
