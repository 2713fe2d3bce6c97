import AlmanacMetrics
import AlmanacNarrative

/// The four inputs of the small facts, none drifting.
let stableInputs = ["tenure", "plan_type", "usage", "region"].map {
  FeatureDriftFacts(name: $0, isDetected: false, psi: 0.002)
}

/// Small facts for rule tests: a classifier in 2026-W47 with 1,000 labelled predictions, nothing
/// wrong, and `weeks` earlier weeks just like it.
func healthyFacts(weeks: Int = 4, accuracy: Double = 0.9) -> ModelFacts {
  ModelFacts(
    name: "churn-propensity", task: .binaryClassification, period: "2026-W47", predictions: 1_000,
    labelled: 1_000, quality: QualityFacts(metric: .accuracy, value: accuracy, size: 1_000),
    drift: DriftFacts(share: 0, isDetected: false, features: stableInputs),
    economics: nil,
    history: (0..<weeks).map { index in
      PeriodFacts(
        period: "2026-W\(47 - weeks + index)", predictions: 1_000, labelled: 1_000,
        quality: QualityReading(value: accuracy, size: 1_000), drift: stableInputs)
    })
}

/// A baseline measured on 50,000 reference rows.
func referenceBaseline(_ value: Double) -> Baseline {
  Baseline(value: value, source: .reference, size: 50_000)
}

/// Economics with a total cost and value for `predictions` predictions.
func economics(
  cost: Double, value: Double, predictions: Int = 1_000, valueLost: Double? = nil,
  estimated: Bool = false
) -> PeriodEconomics {
  PeriodEconomics(
    cost: CostBreakdown(infrastructure: cost, predictions: 0, labelling: 0, days: 7, billedDays: 0),
    value: value, valueLost: valueLost, predictions: predictions, isEstimated: estimated)
}

/// Facts whose `usage` input drifts on and off: in 2026-W44, not in W45 and W46, and again now,
/// with a quarter of the inputs drifting (amber).
func flickeringFacts() -> ModelFacts {
  var facts = healthyFacts()
  func usage(_ drifting: Bool) -> [FeatureDriftFacts] {
    stableInputs.map {
      $0.name == "usage"
        ? FeatureDriftFacts(name: "usage", isDetected: drifting, psi: drifting ? 0.3 : 0.002) : $0
    }
  }
  facts.history[1].drift = usage(true)
  facts.drift = DriftFacts(share: 0.25, isDetected: false, features: usage(true))
  return facts
}
