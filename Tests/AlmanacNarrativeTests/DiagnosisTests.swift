import AlmanacNarrative
import Testing

@Suite struct DiagnosisTests {
  func only(_ kind: Finding.Kind, in facts: ModelFacts) throws -> Observation {
    let found = Diagnosis(facts).observations.filter { $0.kind == kind }
    #expect(found.count == 1)
    return try #require(found.first)
  }

  @Test func aHealthyModelIsGreenWithNothingToSay() {
    let diagnosis = Diagnosis(healthyFacts())
    #expect(diagnosis.observations.isEmpty)
    #expect(diagnosis.status == .green)
  }

  @Test func accuracyBelowBaselineIsAmberThenRed() throws {
    var facts = healthyFacts(accuracy: 0.86)
    facts.quality?.baseline = 0.88
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)
    facts.quality?.baseline = 0.91
    let observation = try only(.accuracyDecline, in: facts)
    #expect(observation.severity == .red)
    #expect(observation.recommendation == .retrain)
    #expect(
      observation.evidence
        == .quality(QualityChange(metric: .accuracy, reference: .baseline, from: 0.91, to: 0.86)))
    facts.quality?.baseline = 0.875
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func aDropWithinTheIntervalIsNoise() throws {
    var facts = healthyFacts(accuracy: 0.86)
    facts.quality?.baseline = 0.885
    facts.quality?.low = 0.84
    facts.quality?.high = 0.888
    #expect(Diagnosis(facts).observations.isEmpty)
    facts.quality?.high = 0.879
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)

    var demand = healthyFacts(weeks: 0)
    demand.quality = QualityFacts(metric: .mae, value: 11.5, low: 9.9, high: 13.1, baseline: 10)
    #expect(Diagnosis(demand).observations.isEmpty)
    demand.quality?.low = 10.4
    #expect(try only(.accuracyDecline, in: demand).severity == .amber)
  }

  @Test func accuracyFallingWeekOverWeekIsCaughtWithoutABaseline() throws {
    var facts = healthyFacts()
    facts.history[3].quality = 0.95
    facts.quality?.value = 0.92
    #expect(
      try only(.accuracyDecline, in: facts).evidence
        == .quality(QualityChange(metric: .accuracy, reference: .previous, from: 0.95, to: 0.92)))
    // A slide of one point a week: no single step reaches 2 points, the run does.
    let slide = [0.90, 0.89, 0.88, 0.87]
    for (index, value) in slide.enumerated() { facts.history[index].quality = value }
    facts.quality?.value = 0.86
    #expect(
      try only(.accuracyDecline, in: facts).evidence
        == .quality(
          QualityChange(metric: .accuracy, reference: .run(periods: 4), from: 0.90, to: 0.86)))
  }

  @Test func namesTheBaselineWheneverItExplainsTheVerdict() throws {
    var facts = healthyFacts()
    for (index, value) in [0.95, 0.94, 0.93, 0.92].enumerated() {
      facts.history[index].quality = value
    }
    facts.quality = QualityFacts(metric: .accuracy, value: 0.88, baseline: 0.94)
    // The run (7 points) and the baseline (6 points) are both red: the baseline is quoted.
    let observation = try only(.accuracyDecline, in: facts)
    #expect(observation.severity == .red)
    #expect(
      observation.evidence
        == .quality(QualityChange(metric: .accuracy, reference: .baseline, from: 0.94, to: 0.88)))
  }

  @Test func aDropOfExactlyTheThresholdReachesIt() throws {
    var facts = healthyFacts(accuracy: 0.84)
    facts.quality?.baseline = 0.86
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)
  }

  @Test func regressionErrorRisesAreRelative() throws {
    var facts = healthyFacts(weeks: 0)
    facts.task = .regression
    facts.quality = QualityFacts(metric: .mae, value: 11.5, baseline: 10)
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)
    facts.quality?.value = 12.5
    #expect(try only(.accuracyDecline, in: facts).severity == .red)
    facts.quality?.value = 10.9
    #expect(Diagnosis(facts).observations.isEmpty)
    facts.quality?.baseline = 0
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func aQualityDropCarriesTheValueLost() throws {
    var facts = healthyFacts(accuracy: 0.80)
    facts.quality?.baseline = 0.90
    facts.economics = economics(cost: 100, value: 5_000, valueLost: 1_234)
    #expect(try only(.accuracyDecline, in: facts).impact == -1_234)
    facts.economics = economics(cost: 100, value: 5_000, valueLost: -50)
    #expect(try only(.accuracyDecline, in: facts).impact == nil)
  }

  @Test func driftSeverityFollowsTheShareOfDriftingInputs() throws {
    var facts = healthyFacts()
    facts.drift.features[0] = FeatureDriftFacts(name: "tenure", isDetected: true, psi: 0.5)
    facts.drift.share = 0.2
    #expect(try only(.suddenDrift, in: facts).severity == .green)
    facts.drift.share = 0.25
    #expect(try only(.suddenDrift, in: facts).severity == .amber)
    facts.drift.isDetected = true
    let observation = try only(.suddenDrift, in: facts)
    #expect(observation.severity == .red)
    #expect(observation.recommendation == .checkDataPipeline)
    #expect(
      observation.evidence
        == .drift(DriftChange(features: ["tenure"], periods: 0, driftingCount: 1, featureCount: 4)))
  }

  @Test func labelsLateAreANoteAndMissingAreAmber() throws {
    var facts = healthyFacts()
    facts.labelled = 300
    let late = try only(.labelsMissing, in: facts)
    #expect(late.severity == .green)
    #expect(late.evidence == .labels(labelled: 300, predictions: 1_000, periods: 1))
    facts.history[3].labelled = 100
    #expect(try only(.labelsMissing, in: facts).severity == .green)
    facts.history[2].labelled = 0
    let missing = try only(.labelsMissing, in: facts)
    #expect(missing.severity == .amber)
    #expect(missing.recommendation == .collectLabels)
    #expect(missing.evidence == .labels(labelled: 300, predictions: 1_000, periods: 3))
    facts.labelled = 500
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func aFeedThatStopsIsRed() throws {
    var facts = healthyFacts()
    facts.predictions = 0
    facts.labelled = 0
    facts.quality = nil
    var observation = try only(.noTraffic, in: facts)
    #expect(observation.severity == .red)
    #expect(observation.recommendation == .checkDataPipeline)
    #expect(observation.evidence == .noTraffic(lastVolume: 1_000, silentPeriods: 1))
    facts.history[3].predictions = 0
    observation = try only(.noTraffic, in: facts)
    #expect(observation.evidence == .noTraffic(lastVolume: 1_000, silentPeriods: 2))
  }

  @Test func aModelNeverUsedIsAmberThenRetired() throws {
    var facts = healthyFacts(weeks: 2)
    facts.predictions = 0
    facts.labelled = 0
    facts.quality = nil
    for index in facts.history.indices { facts.history[index].predictions = 0 }
    var observation = try only(.noTraffic, in: facts)
    #expect(observation.severity == .amber)
    #expect(observation.recommendation == .checkDataPipeline)
    #expect(observation.evidence == .noTraffic(lastVolume: nil, silentPeriods: 3))
    facts.history.append(PeriodFacts(period: "2026-W46", predictions: 0, labelled: 0))
    observation = try only(.noTraffic, in: facts)
    #expect(observation.recommendation == .retireModel)
  }

  @Test func volumeFarFromItsUsualLevelIsAmber() throws {
    var facts = healthyFacts()
    facts.history[0].predictions = 5_000  // an old spike: the median ignores it
    facts.predictions = 1_600
    facts.labelled = 1_600
    #expect(try only(.volumeChange, in: facts).evidence == .volume(usual: 1_000, current: 1_600))
    facts.predictions = 400
    facts.labelled = 400
    #expect(try only(.volumeChange, in: facts).severity == .amber)
    facts.predictions = 1_400
    facts.labelled = 1_400
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func lossesAreAmberThenRedThenAdviseRetiring() throws {
    var facts = healthyFacts()
    facts.economics = economics(cost: 900, value: 600)
    var observation = try only(.negativeValue, in: facts)
    #expect(observation.severity == .amber)
    #expect(observation.recommendation == .reviewBusinessCase)
    #expect(observation.impact == -300)
    #expect(observation.evidence == .loss(cost: 900, value: 600, isEstimated: false, periods: 1))
    facts.history[3].net = -10
    #expect(try only(.negativeValue, in: facts).severity == .red)
    for index in 1...3 { facts.history[index].net = -10 }
    observation = try only(.negativeValue, in: facts)
    #expect(observation.recommendation == .retireModel)
  }

  @Test func aRisingUnitCostIsAmberWithItsExtraCost() throws {
    var facts = healthyFacts()
    for index in facts.history.indices { facts.history[index].costPerThousand = 80 }
    facts.economics = economics(cost: 120, value: 10_000)  // $120 per 1,000 against a usual $80
    let observation = try only(.risingCost, in: facts)
    #expect(observation.evidence == .unitCost(usual: 80, current: 120))
    #expect(observation.impact == -40)
    facts.economics = economics(cost: 99, value: 10_000)
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func theVerdictIsTheWorstAndFindingsAreListedWorstFirst() {
    var facts = healthyFacts()
    facts.labelled = 100  // a note
    facts.economics = economics(cost: 900, value: 600)  // amber
    facts.quality?.baseline = 0.99  // red
    let diagnosis = Diagnosis(facts)
    #expect(diagnosis.status == .red)
    #expect(
      diagnosis.observations.map(\.kind) == [.accuracyDecline, .negativeValue, .labelsMissing])
  }
}
