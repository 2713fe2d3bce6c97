import AlmanacNarrative
import Testing

/// The wording of every kind of finding, verbatim: sentences are user interface.
@Suite struct FindingWordsTests {
  func words(_ facts: ModelFacts, _ kind: Finding.Kind) throws -> Finding {
    try #require(narrator().assess(facts).findings.first { $0.kind == kind })
  }

  @Test func wordsQualityChanges() throws {
    var facts = healthyFacts(accuracy: 0.84)
    facts.quality?.baseline = 0.91
    #expect(
      try words(facts, .accuracyDecline).what
        == "Accuracy fell from 91% in testing to 84% this week.")
    facts.quality = QualityFacts(
      metric: .accuracy, value: 0.84, low: 0.81, high: 0.87, isEstimated: true)
    facts.history[3].quality = 0.88
    #expect(
      try words(facts, .accuracyDecline).what
        == "Estimated accuracy fell from 88% last week to 84% this week. The outcomes are not known"
        + " yet; the true figure is likely between 81% and 87%.")
    facts.task = .regression
    facts.quality = QualityFacts(metric: .mae, value: 14.2)
    for (index, value) in [10.0, 11.5, 12.25, 13.0].enumerated() {
      facts.history[index].quality = value
    }
    #expect(
      try words(facts, .accuracyDecline).what
        == "The average error has risen 4 weeks in a row, from 10.0 to 14.2.")
  }

  @Test func wordsDrift() throws {
    var facts = healthyFacts()
    facts.drift.features[1] = FeatureDriftFacts(name: "plan_type", isDetected: true, psi: 0.6)
    #expect(
      try words(facts, .suddenDrift).what
        == "Plan type changed sharply this week and still differs from the training data. 1 of 4"
        + " inputs now differs from it.")
    // A ramp: PSI 0.002, 0.01, 0.05, 0.12, then 0.25 now; detected from the third week.
    facts.drift.features = (1...5).map {
      FeatureDriftFacts(name: "f\($0)", isDetected: true, psi: 0.25)
    }
    for (index, psi) in [0.002, 0.01, 0.05, 0.12].enumerated() {
      facts.history[index].drift = (1...5).map {
        FeatureDriftFacts(name: "f\($0)", isDetected: index >= 2, psi: psi)
      }
    }
    #expect(
      try words(facts, .gradualDrift).what
        == "F1, f2 and 3 more inputs have been drifting away from the training data for 4 weeks. 5 of"
        + " 5 inputs now differ from it.")
  }

  @Test func wordsOutcomesAndTraffic() throws {
    var facts = healthyFacts()
    facts.labelled = 0
    #expect(
      try words(facts, .labelsMissing).what
        == "None of the 1,000 predictions made this week has a known outcome yet, so this week's"
        + " figures are estimates.")
    facts.labelled = 310
    facts.history[3].labelled = 0
    #expect(
      try words(facts, .labelsMissing).what
        == "Only 3 in 10 predictions made this week have a known outcome (310 of 1,000). Outcomes have"
        + " been short for 2 weeks in a row.")
    facts.predictions = 0
    facts.labelled = 0
    facts.quality = nil
    #expect(
      try words(facts, .noTraffic).what
        == "The model made no predictions this week, after 1,000 last week.")
    facts.history[3].predictions = 0
    #expect(
      try words(facts, .noTraffic).what
        == "The model has made no predictions for 2 weeks; before that it made 1,000 in a week.")
    facts.predictions = 2_480
    facts.labelled = 2_480
    facts.history[3].predictions = 1_000
    #expect(
      try words(facts, .volumeChange).what
        == "It made 2,480 predictions this week, against a usual 1,000: up 148%.")
  }

  @Test func wordsMoney() throws {
    var facts = healthyFacts()
    facts.economics = economics(cost: 9_100, value: 7_900, estimated: true)
    facts.history[3].net = -5
    let loss = try words(facts, .negativeValue)
    #expect(
      loss.what
        == "It cost $9.1k and earned an estimated $7.9k this week: an estimated loss of $1.2k. It has"
        + " lost money 2 weeks in a row.")
    #expect(try loss.meaning == narrator().pack.analogy(for: .roi))
    facts.economics = economics(cost: 300, value: -200)
    for index in 0...2 { facts.history[index].net = -5 }
    let retire = try words(facts, .negativeValue)
    #expect(
      retire.what.hasPrefix("It cost $300 and its decisions lost $200 this week: a loss of $500."))
    #expect(retire.action == Recommendation.retireModel.action)
    #expect(try retire.meaning == narrator().pack.analogy(for: .lifeCycle))

    facts = healthyFacts()
    for index in facts.history.indices { facts.history[index].costPerThousand = 0.8 }
    facts.economics = economics(cost: 1.2, value: 50)
    #expect(
      try words(facts, .risingCost).what
        == "Each 1,000 predictions cost $1.20 this week, against a usual $0.80: up 50%.")
    facts.economics = economics(cost: 1_200, value: 5_000, predictions: 1_000_000)
    #expect(try words(facts, .risingCost).what.hasSuffix("up 50%. That adds $400 to the bill."))
  }

  @Test func explainsEachKindWithItsTopic() throws {
    let narrator = try narrator("motoring")
    let assessment = narrator.assess(DemoFacts.credit(week: 8))
    let topics: [Finding.Kind: AnalogyPack.Topic] = [
      .accuracyDecline: .decay, .suddenDrift: .suddenDrift, .gradualDrift: .gradualDrift,
      .labelsMissing: .estimation,
    ]
    for finding in assessment.findings {
      let topic = try #require(topics[finding.kind])
      #expect(finding.meaning == narrator.pack.analogy(for: topic))
    }
    #expect(
      assessment.reasons == [
        "estimated accuracy fell from 84% to 76%", "its input data changed all at once",
        "its input data is slowly drifting",
      ])
  }
}
