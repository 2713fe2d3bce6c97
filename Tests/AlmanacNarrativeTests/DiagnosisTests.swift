import AlmanacNarrative
import Testing

extension Evidence {
  /// The quality change, if this is one.
  var decline: QualityChange? {
    if case .quality(let change) = self { return change }
    return nil
  }
}

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

  @Test func aDeclineMustPassItsThresholdAndTheNoise() throws {
    // Noise: σ = 0.3 per row; 1,000 rows against 50,000 give 0.3·√(1/1000 + 1/50000) = 0.96 points.
    var facts = healthyFacts()
    facts.quality?.value = 0.87
    facts.quality?.baseline = referenceBaseline(0.90)
    facts.quality?.spread = 0.3
    let observation = try only(.accuracyDecline, in: facts)
    #expect(observation.severity == .amber)
    #expect(observation.recommendation == .retrain)
    #expect(
      observation.evidence
        == .quality(
          QualityChange(
            metric: .accuracy, reference: .baseline(.reference), from: 0.90, to: 0.87,
            since: "2026-W47", periods: 1)))
    // 2.5 points is over the 2-point threshold but only 2.6 noises: chance explains it...
    facts.quality?.value = 0.875
    #expect(Diagnosis(facts).observations.isEmpty)
    // ...unless the week is large enough: on 10,000 rows the noise is 0.33 points.
    facts.quality?.size = 10_000
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)
    facts.quality?.value = 0.84
    #expect(try only(.accuracyDecline, in: facts).severity == .red)
    // Beyond the noise but under the threshold: a real but small change, not a finding.
    facts.quality?.value = 0.885
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func withoutASpreadTheIntervalGivesTheNoise() throws {
    var facts = healthyFacts(weeks: 2, accuracy: 0.885)
    facts.quality?.value = 0.86
    facts.quality?.baseline = Baseline(value: 0.885, source: .registry)
    facts.quality?.low = 0.84
    facts.quality?.high = 0.88
    #expect(Diagnosis(facts).observations.isEmpty)
    facts.quality?.low = 0.855
    facts.quality?.high = 0.865
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)

    var demand = healthyFacts(weeks: 0)
    demand.task = .regression
    demand.quality = QualityFacts(
      metric: .mae, value: 11.5, low: 9.9, high: 13.1, size: 1_000,
      baseline: Baseline(value: 10, source: .config))
    #expect(Diagnosis(demand).observations.isEmpty)
    demand.quality?.low = 11.2
    demand.quality?.high = 11.8
    #expect(try only(.accuracyDecline, in: demand).severity == .amber)
  }

  @Test func aDeclineIsReportedInEveryPeriodItLastsWithItsStart() throws {
    var facts = healthyFacts(weeks: 8)
    facts.quality?.baseline = referenceBaseline(0.90)
    facts.quality?.spread = 0.3
    // Weeks 39-41 normal; from 42 three points down, some weeks only two and a half.
    let weekly = [0.90, 0.899, 0.902, 0.865, 0.872, 0.866, 0.875, 0.868]
    for (index, value) in weekly.enumerated() {
      facts.history[index].quality = QualityReading(value: value, size: 1_000)
    }
    for value in [0.87, 0.875] {
      facts.quality?.value = value
      let change = try only(.accuracyDecline, in: facts)
      guard case .quality(let decline) = change.evidence else {
        Issue.record("expected a quality change")
        return
      }
      #expect(decline.since == "2026-W42")
      #expect(decline.periods == 6)
    }
    // A week without a figure neither breaks nor ends it.
    facts.history[5].quality = nil
    #expect(try only(.accuracyDecline, in: facts).evidence.decline?.periods == 6)
    // A week back at the baseline ends it: a later dip only two and a half points down is noise.
    facts.history[6].quality = QualityReading(value: 0.90, size: 1_000)
    facts.history[7].quality = QualityReading(value: 0.90, size: 1_000)
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func aBetterWeekInsideADeclineCarriesItOnWithTheWeekBefore() throws {
    var facts = healthyFacts(weeks: 5)
    facts.quality?.baseline = referenceBaseline(0.90)
    facts.quality?.spread = 0.3
    for (index, value) in [0.90, 0.90, 0.90, 0.865, 0.868].enumerated() {
      facts.history[index].quality = QualityReading(value: value, size: 1_000)
    }
    // 0.7 points below alone is noise, but with last week the two are 1.95 points below on 2,000
    // rows: 2.85 noises, so the decline goes on.
    facts.quality?.value = 0.893
    let change = try #require(try only(.accuracyDecline, in: facts).evidence.decline)
    #expect(change.since == "2026-W45")
    #expect(change.periods == 3)
    #expect(abs((change.pooled ?? 0) - 0.8805) < 1e-12)
    #expect(
      try narrator().assess(facts).findings[0].what
        == "Accuracy is 89.3% this week, but with last week it is 88.1%, still below 90.0% on its"
        + " reference data by more than chance explains. It has been below that since 2026-W45"
        + " (3 weeks).")
    // A week back at the baseline ends it.
    facts.quality?.value = 0.905
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func withoutABaselineTheUsualLevelIsTheReference() throws {
    var facts = healthyFacts(weeks: 8)
    facts.quality?.value = 0.87
    for index in facts.history.indices {
      facts.history[index].quality = QualityReading(
        value: index % 2 == 0 ? 0.899 : 0.901, size: 1_000)
    }
    let observation = try only(.accuracyDecline, in: facts)
    guard case .quality(let change) = observation.evidence else {
      Issue.record("expected a quality change")
      return
    }
    #expect(change.reference == .usual(periods: 8))
    #expect(change.from == 0.9)
    // Its own history says 3 points is far beyond the weekly noise (σ from the median deviation).
    #expect(observation.severity == .amber)
  }

  @Test func aDropOfExactlyTheThresholdReachesIt() throws {
    var facts = healthyFacts(weeks: 0, accuracy: 0.84)
    facts.quality?.baseline = Baseline(value: 0.86, source: .config)
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)
  }

  @Test func regressionErrorRisesAreRelative() throws {
    var facts = healthyFacts(weeks: 0)
    facts.task = .regression
    facts.quality = QualityFacts(
      metric: .mae, value: 11.5, size: 1_000, baseline: Baseline(value: 10, source: .registry),
      spread: 2)
    #expect(try only(.accuracyDecline, in: facts).severity == .amber)
    facts.quality?.value = 12.5
    #expect(try only(.accuracyDecline, in: facts).severity == .red)
    facts.quality?.value = 10.9
    #expect(Diagnosis(facts).observations.isEmpty)
    facts.quality?.baseline = Baseline(value: 0, source: .registry)
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func aQualityDropCarriesTheValueLost() throws {
    var facts = healthyFacts(weeks: 0, accuracy: 0.80)
    facts.quality?.baseline = Baseline(value: 0.90, source: .config)
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
        == .drift(
          DriftChange(
            features: ["tenure"], since: "2026-W47", periods: 1, driftingCount: 1,
            featureCount: 4)))
    // With nothing on record before, the data simply differ: no claim about when.
    facts.history = []
    #expect(try only(.dataDrift, in: facts).recommendation == .retrain)
  }

  @Test func labelsLateAreANoteAndMissingAreAmber() throws {
    var facts = healthyFacts()
    facts.labelled = 300
    let late = try only(.labelsMissing, in: facts)
    #expect(late.severity == .green)
    #expect(
      late.evidence
        == .labels(
          labelled: 300, predictions: 1_000, periods: 1, isEstimated: false, reach: nil,
          inputsDrifted: false))
    facts.history[3].labelled = 100
    #expect(try only(.labelsMissing, in: facts).severity == .green)
    facts.history[2].labelled = 0
    let missing = try only(.labelsMissing, in: facts)
    #expect(missing.severity == .amber)
    #expect(missing.recommendation == .collectLabels)
    #expect(
      missing.evidence
        == .labels(
          labelled: 300, predictions: 1_000, periods: 3, isEstimated: false, reach: nil,
          inputsDrifted: false))
    facts.labelled = 500
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func estimatesSayWhenTheyAreLessCertain() throws {
    var facts = healthyFacts()
    facts.labelled = 0
    facts.quality?.isEstimated = true
    facts.estimateReach = EstimateReach(estimated: 1_000, outsideRange: 120, range: 0.031...0.962)
    let narrator = try narrator()
    var note = try #require(narrator.assess(facts).notes.first { $0.kind == .labelsMissing })
    #expect(
      note.what.hasSuffix(
        " 12% of the scores lie outside the range seen in the reference data (0.03 to 0.96), so"
          + " the estimates for them are less certain than their bands say."))
    facts.estimateReach?.outsideRange = 40
    note = try #require(narrator.assess(facts).notes.first { $0.kind == .labelsMissing })
    #expect(!note.what.contains("less certain"))
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
    #expect(
      try only(.volumeChange, in: facts).evidence
        == .volume(usual: 1_000, current: 1_600, days: nil))
    facts.predictions = 400
    facts.labelled = 400
    #expect(try only(.volumeChange, in: facts).severity == .amber)
    facts.predictions = 1_400
    facts.labelled = 1_400
    #expect(Diagnosis(facts).observations.isEmpty)
  }

  @Test func aPartialPeriodComparesDailyRates() throws {
    var facts = healthyFacts()
    facts.coveredDays = 3
    facts.predictions = 430  // 3 days at the usual 1,000 a week
    facts.labelled = 430
    #expect(Diagnosis(facts).observations.isEmpty)
    facts.predictions = 1_000
    facts.labelled = 1_000
    #expect(
      try only(.volumeChange, in: facts).evidence == .volume(usual: 429, current: 1_000, days: 3))
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
    facts.quality?.baseline = Baseline(value: 0.99, source: .config)  // red
    let diagnosis = Diagnosis(facts)
    #expect(diagnosis.status == .red)
    #expect(
      diagnosis.observations.map(\.kind) == [.accuracyDecline, .negativeValue, .labelsMissing])
  }
}
