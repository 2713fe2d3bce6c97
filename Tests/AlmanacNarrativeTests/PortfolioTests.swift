import AlmanacMetrics
import AlmanacNarrative
import Testing

@Suite struct PortfolioTests {
  func assessed(_ facts: [ModelFacts], _ narrator: Narrator) -> [ModelAssessment] {
    facts.map(narrator.assess)
  }

  func named(_ name: String, _ facts: ModelFacts) -> ModelFacts {
    var renamed = facts
    renamed.name = name
    return renamed
  }

  @Test func anAllGreenPortfolioNamesItsTopEarner() throws {
    let narrator = try narrator()
    var small = named("lead-scoring", healthyFacts())
    small.economics = economics(cost: 100, value: 1_100)
    var large = named("churn-propensity", healthyFacts())
    large.economics = economics(cost: 200, value: 5_200)
    let text = narrator.portfolioHeadline(
      assessed([small, large], narrator), governance: [], period: "2026-W47")
    #expect(
      text == "All 2 models are working well this week. They cost $300 and earned $6.3k, a net gain"
        + " of $6.0k. The top earner is churn-propensity, with $5.0k net. Nothing needs doing this week"
        + " beyond the usual checks.")
  }

  @Test func namesTheMostUrgentModelAndItsNextStep() throws {
    let narrator = try narrator()
    var watched = named("lead-scoring", healthyFacts())
    watched.economics = economics(cost: 900, value: 600)
    var urgent = named("credit-default", healthyFacts(accuracy: 0.80))
    urgent.quality?.baseline = Baseline(value: 0.90, source: .config)
    var alsoUrgent = named("churn-propensity", healthyFacts(accuracy: 0.80))
    alsoUrgent.quality?.baseline = Baseline(value: 0.90, source: .config)
    alsoUrgent.economics = economics(cost: 10, value: 5_000, valueLost: 700)
    let text = narrator.portfolioHeadline(
      assessed([watched, urgent, alsoUrgent], narrator), governance: [], period: "2026-W47")
    #expect(text.hasPrefix("Of 3 models this week, 2 need action now and 1 needs watching."))
    #expect(
      text.contains("The 2 models with costs set cost $910 and earned $5.6k, a net gain of $4.7k."))
    // Both are red: the one with more money at stake comes first.
    #expect(
      text.contains(
        "The most urgent model is churn-propensity: accuracy fell from 90.0% to 80.0% (for 5 weeks)."
          + " Next step: retrain"
          + " churn-propensity on recent data. 2 other models also need attention."))
  }

  @Test func saysWhenNoMoneyIsConfiguredAndCountsRegistryGaps() throws {
    let narrator = try narrator()
    let gap = GovernanceFinding(
      model: "x", kind: .noOwner, severity: .red, what: "No owner.", action: "Name one.")
    let text = narrator.portfolioHeadline(
      assessed([healthyFacts()], narrator), governance: [gap], period: "2026-11-16..2026-11-20")
    #expect(
      text == "The one model is working well this period. No costs or values are set in the config,"
        + " so this report shows no money figures. No model shows a problem with its data, accuracy or"
        + " volume. The model registry shows 1 gap in ownership or records.")
  }

  @Test func marksEstimatedValue() throws {
    let narrator = try narrator()
    var facts = healthyFacts()
    facts.economics = economics(cost: 1_000, value: 700, estimated: true)
    let text = narrator.portfolioHeadline(
      assessed([facts], narrator), governance: [], period: "2026-W47")
    #expect(text.contains("It cost $1.0k and earned an estimated $700, so about $300 net loss."))
  }

  @Test func anEmptyPortfolioStillSaysSo() throws {
    let text = try narrator().portfolioHeadline([], governance: [], period: "2026-W47")
    #expect(text.hasPrefix("No models were reported this week."))
    #expect(Readability.sentenceCount(in: text) == 4)
  }
}
