import AlmanacNarrative
import Testing

@Suite struct GovernanceTests {
  /// 2026-11-23, the demo's run date, as days since 1970-01-01.
  static let today = 20_415

  /// A registry shaped like the MLflow fixture: credit-default in order, fraud-screening without an
  /// owner, marketing-uplift never in production.
  static let registry = RegistryFacts(
    models: [
      RegisteredModel(
        name: "credit-default", description: "Probability of default.", owner: "ana.silva",
        versions: [
          RegisteredVersion(
            version: "3", stage: "Staging", aliases: ["challenger"], registeredDay: today - 40),
          RegisteredVersion(
            version: "4", stage: "Production", aliases: ["champion"], registeredDay: today - 30),
        ]),
      RegisteredModel(
        name: "fraud-screening", description: "Card fraud score.", owner: nil,
        versions: [
          RegisteredVersion(
            version: "2", stage: "None", aliases: ["champion"], registeredDay: today - 200)
        ]),
      RegisteredModel(
        name: "marketing-uplift", description: "  ", owner: "growth",
        versions: [RegisteredVersion(version: "1", stage: "None", registeredDay: today - 400)]),
    ],
    servedVersions: ["credit-default": ["4"], "store-demand": ["7"]],
    monitoredModels: ["credit-default", "store-demand"])

  @Test func findsEveryGapInOrder() {
    let issues = GovernanceReview.issues(in: Self.registry, today: Self.today)
    #expect(
      issues == [
        GovernanceIssue(model: "fraud-screening", severity: .red, detail: .noOwner),
        GovernanceIssue(
          model: "fraud-screening", severity: .amber,
          detail: .staleVersion(version: "2", ageDays: 200, limitDays: 180)),
        GovernanceIssue(model: "fraud-screening", severity: .amber, detail: .unmonitored),
        GovernanceIssue(model: "marketing-uplift", severity: .amber, detail: .noDescription),
        GovernanceIssue(
          model: "store-demand", severity: .red,
          detail: .unregisteredVersion(versions: ["7"], modelRegistered: false)),
      ])
  }

  @Test func staleAgeIsConfigurable() {
    var policy = GovernancePolicy()
    policy.staleAfterDays = 200
    let issues = GovernanceReview.issues(in: Self.registry, policy: policy, today: Self.today)
    #expect(!issues.contains { $0.kind == .staleVersion })
    policy.staleAfterDays = 29
    let stale = GovernanceReview.issues(in: Self.registry, policy: policy, today: Self.today)
      .filter { $0.kind == .staleVersion }.map(\.model)
    #expect(stale == ["credit-default", "fraud-screening"])
  }

  @Test func findsSeveralAndUnknownServingVersions() {
    var registry = Self.registry
    registry.servedVersions["credit-default"] = ["4", "10", "3", "4"]
    let issues = GovernanceReview.issues(in: registry, today: Self.today).filter {
      $0.model == "credit-default"
    }
    #expect(
      issues == [
        GovernanceIssue(
          model: "credit-default", severity: .amber,
          detail: .severalServing(versions: ["3", "4", "10"])),
        GovernanceIssue(
          model: "credit-default", severity: .red,
          detail: .unregisteredVersion(versions: ["10"], modelRegistered: true)),
      ])
  }

  @Test func productionIsAStageOrAnAliasIgnoringCase() {
    let policy = GovernancePolicy()
    #expect(
      policy.isProduction(RegisteredVersion(version: "1", stage: "PRODUCTION", registeredDay: nil)))
    #expect(
      policy.isProduction(
        RegisteredVersion(version: "1", stage: nil, aliases: ["Champion"], registeredDay: nil)))
    #expect(
      !policy.isProduction(
        RegisteredVersion(
          version: "1", stage: "Staging", aliases: ["challenger"], registeredDay: nil)))
  }

  @Test func wordsEachGapPlainly() throws {
    var registry = Self.registry
    registry.servedVersions["credit-default"] = ["3", "4"]
    let findings = try narrator().governance(registry, today: Self.today, period: "2026-W47")
    #expect(
      findings.map(\.what) == [
        "Versions 3 and 4 both made predictions this week.",
        "It is in production, but no one is named as its owner.",
        "Version 2 is in production, but it was registered 200 days ago. The limit is 180 days.",
        "It is in production, but none of its predictions reached this report.",
        "The registry has no description of what it does.",
        "The model made predictions this week, but it is not in the registry.",
      ])
    #expect(findings[1].action == Recommendation.nameOwner.action)
    #expect(
      findings.map(\.kind) == [
        .severalServing, .noOwner, .staleVersion, .unmonitored, .noDescription,
        .unregisteredVersion,
      ])
    for finding in findings {
      #expect((Readability.fleschKincaidGrade(finding.what) ?? 99) <= 8, "\(finding.what)")
    }
  }
}
