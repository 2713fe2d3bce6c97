import AlmanacMetrics
import AlmanacNarrative

/// Small facts for rule tests: a classifier in 2026-W47 with 1,000 labelled predictions, nothing
/// wrong, and `weeks` earlier weeks just like it.
func healthyFacts(weeks: Int = 4, accuracy: Double = 0.9) -> ModelFacts {
  ModelFacts(
    name: "churn-propensity", task: .binaryClassification, period: "2026-W47", predictions: 1_000,
    labelled: 1_000, quality: QualityFacts(metric: .accuracy, value: accuracy),
    drift: DriftFacts(
      share: 0, isDetected: false,
      features: ["tenure", "plan", "usage", "region"].map {
        FeatureDriftFacts(name: $0, isDetected: false, psi: 0.002)
      }),
    economics: nil,
    history: (0..<weeks).map { index in
      PeriodFacts(
        period: "2026-W\(47 - weeks + index)", predictions: 1_000, labelled: 1_000,
        quality: accuracy)
    })
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
