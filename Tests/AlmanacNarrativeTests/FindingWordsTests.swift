import AlmanacNarrative
import Testing

/// The wording of every kind of finding, verbatim: sentences are user interface.
@Suite struct FindingWordsTests {
  func words(_ facts: ModelFacts, _ kind: Finding.Kind) throws -> Finding {
    try #require(narrator().assess(facts).findings.first { $0.kind == kind })
  }

  func note(_ facts: ModelFacts, _ kind: Finding.Kind) throws -> String {
    try #require(narrator().assess(facts).notes.first { $0.kind == kind }).what
  }

  @Test func wordsQualityChanges() throws {
    var facts = healthyFacts(accuracy: 0.91)
    facts.quality?.value = 0.84
    facts.quality?.baseline = Baseline(value: 0.91, source: .registry)
    #expect(
      try words(facts, .accuracyDecline).what
        == "Accuracy fell to 84.0% this week from 91.0% in testing, more than chance explains.")
    facts.quality?.baseline = referenceBaseline(0.91)
    facts.quality?.spread = 0.3
    facts.history[2].quality = QualityReading(value: 0.86, size: 1_000)
    facts.history[3].quality = QualityReading(value: 0.85, size: 1_000)
    #expect(
      try words(facts, .accuracyDecline).what
        == "Accuracy fell to 84.0% this week from 91.0% on its reference data, more than chance"
        + " explains. It has been below that since 2026-W45 (3 weeks).")
    facts.quality = QualityFacts(
      metric: .accuracy, value: 0.84, low: 0.81, high: 0.87, isEstimated: true, size: 5_000,
      baseline: Baseline(value: 0.90, source: .config), spread: 0.3)
    #expect(
      try words(facts, .accuracyDecline).what
        == "Estimated accuracy fell to 84.0% this week from its target of 90.0%, more than chance"
        + " explains. It has been below that since 2026-W45 (3 weeks). The outcomes are not known"
        + " yet; the true figure is likely between 81.0% and 87.0%.")
    facts.task = .regression
    facts.quality = QualityFacts(metric: .mae, value: 14.2, size: 1_000, spread: 3)
    facts.history = (0..<4).map { index in
      PeriodFacts(
        period: "2026-W\(43 + index)", predictions: 1_000, labelled: 1_000,
        quality: QualityReading(value: [10.0, 10.5, 10.25, 10.0][index], size: 1_000))
    }
    let error = try words(facts, .accuracyDecline).what
    #expect(
      error
        == "The average error rose to 14.2 this week from its usual 10.1 (the median of its last"
        + " 4 weeks), more than chance explains.")
  }

  @Test func wordsDrift() throws {
    var facts = healthyFacts()
    facts.drift.share = 0.25
    facts.drift.features[1] = FeatureDriftFacts(name: "plan_type", isDetected: true, psi: 0.6)
    let step = try words(facts, .suddenDrift).what
    #expect(
      step
        == "Plan type changed sharply this week and differs from the training data. 1 of 4"
        + " inputs now differs from it.")
    // A ramp: PSI 0.002, 0.01, 0.05, 0.12, then 0.25 now; detected from the third week.
    facts.drift.features = (1...5).map {
      FeatureDriftFacts(name: "f\($0)", isDetected: true, psi: 0.25)
    }
    facts.drift.share = 1
    for (index, psi) in [0.002, 0.01, 0.05, 0.12].enumerated() {
      facts.history[index].drift = (1...5).map {
        FeatureDriftFacts(name: "f\($0)", isDetected: index >= 2, psi: psi)
      }
    }
    #expect(
      try words(facts, .gradualDrift).what
        == "F1, f2 and 3 more inputs have been drifting away from the training data since"
        + " 2026-W45 (3 weeks). 5 of 5 inputs now differ from it.")
    // On and off: drifting in 2026-W44, not in W45 and W46, again now.
    for index in facts.history.indices {
      facts.history[index].drift = (1...5).map {
        FeatureDriftFacts(name: "f\($0)", isDetected: index == 1, psi: index == 1 ? 0.25 : 0.002)
      }
    }
    #expect(
      try words(facts, .intermittentDrift).what
        == "F1, f2 and 3 more inputs have differed from the training data on and off since"
        + " 2026-W44 (4 weeks): in some weeks, not in others. 5 of 5 inputs now differ from it.")
    // Nothing on record before: no claim about when.
    facts.history = []
    #expect(
      try words(facts, .dataDrift).what
        == "F1, f2 and 3 more inputs differ from the training data. 5 of 5 inputs now differ from it."
    )
  }

  @Test func aGreenDriftIsANoteWithoutAlarm() throws {
    var facts = healthyFacts()
    facts.drift.features = (1...8).map {
      FeatureDriftFacts(name: "f\($0)", isDetected: $0 == 3, psi: $0 == 3 ? 0.4 : 0.002)
    }
    facts.drift.share = 0.125
    let assessment = try narrator().assess(facts)
    #expect(assessment.status == .green)
    #expect(assessment.findings.isEmpty)
    #expect(
      assessment.notes
        == [
          Note(
            kind: .dataDrift,
            what: "F3 differs from the training data, but only 1 of 8 inputs does: too few to call"
              + " the model's data changed.")
        ])
  }

  @Test func wordsOutcomesAndTraffic() throws {
    var facts = healthyFacts()
    facts.labelled = 0
    #expect(
      try note(facts, .labelsMissing)
        == "None of the 1,000 predictions made this week has a known outcome yet, and without"
        + " scores to estimate from, this week's quality is not known yet.")
    facts.quality?.isEstimated = true
    #expect(
      try note(facts, .labelsMissing)
        == "None of the 1,000 predictions made this week has a known outcome yet, so this week's"
        + " figures are estimates.")
    facts.labelled = 310
    facts.history[3].labelled = 0
    #expect(
      try note(facts, .labelsMissing)
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
        "estimated accuracy fell from 84.0% to 76.2% (for 2 weeks)",
        "its input data changed all at once",
        "its input data is slowly drifting",
      ])
  }
}
