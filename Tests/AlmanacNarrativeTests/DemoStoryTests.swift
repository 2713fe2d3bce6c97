import AlmanacMetrics
import AlmanacNarrative
import Testing

/// The findings the demo must produce in its drifting weeks (facts shaped like the demo's).
@Suite struct DemoStoryTests {
  struct Expected: Sendable, CustomTestStringConvertible {
    let week: Int
    let status: Status
    let findings: [String]
    var testDescription: String { "week \(week)" }
  }

  @Test(arguments: [
    Expected(week: 5, status: .green, findings: []),
    Expected(week: 6, status: .green, findings: ["green gradual_drift"]),
    // Week 7 is partly labelled: 3.5 points down on 1,980 outcomes is four times the noise.
    Expected(
      week: 7, status: .red,
      findings: [
        "red sudden_drift", "red gradual_drift", "amber accuracy_decline", "green labels_missing",
      ]),
    Expected(
      week: 8, status: .red,
      findings: [
        "red accuracy_decline", "red sudden_drift", "red gradual_drift", "green labels_missing",
      ]),
  ])
  func creditDefaultTellsItsStory(_ c: Expected) {
    let diagnosis = Diagnosis(DemoFacts.credit(week: c.week))
    #expect(diagnosis.status == c.status)
    #expect(diagnosis.observations.map { "\($0.severity) \($0.kind.rawValue)" } == c.findings)
  }

  @Test func incomeDriftsGraduallyFromWeekFive() {
    for (week, periods) in [(6, 2), (7, 3), (8, 4)] {
      let drift = Diagnosis(DemoFacts.credit(week: week)).observations.first {
        $0.kind == .gradualDrift
      }
      #expect(drift?.evidence.driftFeatures == ["income"], "week \(week)")
      #expect(drift?.evidence.driftPeriods == periods, "week \(week)")
    }
  }

  @Test func debtRatioAndChannelShiftSuddenlyInWeekSeven() {
    for (week, ago) in [(7, 1), (8, 2)] {
      let drift = Diagnosis(DemoFacts.credit(week: week)).observations.first {
        $0.kind == .suddenDrift
      }
      #expect(drift?.evidence.driftFeatures == ["debt_ratio", "channel"], "week \(week)")
      #expect(drift?.evidence.driftPeriods == ago, "week \(week)")
      #expect(drift?.recommendation == .checkDataPipeline)
    }
  }

  @Test func theLastWeekIsJudgedOnEstimatedAccuracy() throws {
    let facts = DemoFacts.credit(week: 8)
    let decline = try #require(Diagnosis(facts).observations.first)
    guard case .quality(let change) = decline.evidence else {
      Issue.record("expected a quality change, got \(decline.evidence)")
      return
    }
    #expect(change.isEstimated)
    #expect(change.reference == .baseline(.registry))
    #expect(change.since == "2026-W46")
    #expect(change.periods == 2)
    #expect(decline.impact == facts.economics?.valueLost.map { -$0 })
    let words = try narrator().assess(facts)
    #expect(
      words.headline.hasPrefix(
        "Needs action now. Estimated accuracy fell from 84.0% to 76.2% (for 2 weeks)."))
    #expect(words.findings[0].what.contains("likely between 74.1% and 78.3%"))
  }

  @Test func withoutABaselineTheDeclineIsJudgedAgainstTheUsualLevel() {
    let observations = Diagnosis(DemoFacts.credit(week: 8, baseline: nil)).observations
    let decline = observations.first { $0.kind == .accuracyDecline }
    #expect(decline?.severity == .red)
    #expect(decline?.evidence.qualityReference == .usual(periods: 7))
  }

  @Test func storeDemandStaysGreenAllWeeks() throws {
    let narrator = try narrator()
    for week in 2...8 {
      let assessment = narrator.assess(DemoFacts.demand(week: week))
      #expect(assessment.status == .green, "week \(week)")
      #expect(assessment.findings.isEmpty, "week \(week)")
      #expect(assessment.headline.hasPrefix("Working well this week. Its average error is "))
    }
  }

  @Test func thePortfolioLeadsWithCreditDefault() throws {
    let narrator = try narrator()
    let week = 8
    let models = [DemoFacts.credit(week: week), DemoFacts.demand(week: week)].map(narrator.assess)
    let paragraph = narrator.portfolioHeadline(
      models, governance: [], period: DemoFacts.weeks[week - 1])
    #expect(paragraph.contains("Of 2 models this week, 1 needs action now and 1 is working well."))
    #expect(paragraph.contains("The most urgent model is credit-default: estimated accuracy fell"))
    #expect(paragraph.contains("Next step: retrain credit-default on recent data."))
    #expect(paragraph.contains("earned an estimated "))
  }

  @Test func theSameFactsGiveTheSameWords() throws {
    let narrator = try narrator()
    for week in 5...8 {
      #expect(
        narrator.assess(DemoFacts.credit(week: week))
          == narrator.assess(DemoFacts.credit(week: week)))
    }
  }
}

extension Evidence {
  var driftFeatures: [String]? {
    if case .drift(let change) = self { change.features } else { nil }
  }
  var driftPeriods: Int? {
    if case .drift(let change) = self { change.periods } else { nil }
  }
  var qualityReference: QualityChange.Reference? {
    if case .quality(let change) = self { change.reference } else { nil }
  }
}
