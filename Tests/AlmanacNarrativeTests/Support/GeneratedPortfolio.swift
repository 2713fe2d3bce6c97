import AlmanacMetrics
import AlmanacNarrative

/// A portfolio of generated models covering every finding: stopped feeds, volume swings, missing
/// outcomes, sudden and gradual drift, falling quality, losses and rising unit costs, with
/// realistic names.
enum GeneratedPortfolio {
  static let seed: UInt64 = 20_261_123

  static let subjects = [
    "credit", "churn", "fraud", "store", "price", "claims", "lead", "stock", "route", "energy",
    "customer-lifetime", "call-centre",
  ]
  static let purposes = [
    "default", "propensity", "screening", "demand", "elasticity", "triage", "scoring",
    "forecast", "risk", "uplift", "value",
  ]
  static let featureNames = [
    "income", "age", "debt_ratio", "tenure_months", "region", "channel", "basket_size",
    "days_since_last_order", "price", "promo", "temperature", "store_size", "device_type",
    "payment_method", "credit_lines", "household_size",
  ]

  /// `count` models for the period `2026-W47`, each with up to eight earlier weeks.
  static func models(count: Int, seed: UInt64 = seed) -> [ModelFacts] {
    var random = SplitMix64(seed: seed)
    var used: Set<String> = []
    return (0..<count).map { index in
      var name = "\(random.pick(subjects))-\(random.pick(purposes))"
      if used.contains(name) { name += "-\(index)" }
      used.insert(name)
      return model(name: name, random: &random)
    }
  }

  private static func model(name: String, random: inout SplitMix64) -> ModelFacts {
    let task: ModelTask = random.chance(0.3) ? .regression : .binaryClassification
    let metric = QualityMetric.headline(for: task)
    let periods = random.int(0...8)
    let volume = random.uniform(200...50_000)
    let labelledShare = random.pick([1.0, 1.0, 0.9, 0.3, 0.0])
    let quality0 = metric == .accuracy ? random.uniform(0.6...0.97) : random.uniform(0.5...500)
    let slide = random.chance(0.4) ? random.uniform(0...0.02) : 0
    let features = Array(featureNames.shuffled(using: &random).prefix(random.int(3...12)))
    let drifting = features.map { _ -> String in
      let draw = random.uniform(0...1)
      return draw < 0.06 ? "step" : draw < 0.12 ? "ramp" : "none"
    }
    let stepAt = random.int(0...periods)
    let rates = CostRates(
      monthlyInfrastructure: random.uniform(100...20_000),
      perThousandPredictions: random.uniform(0...2),
      perLabel: random.uniform(0...1))
    let costJump = random.chance(0.15) ? random.uniform(1.5...3) : 1
    let valuePerPrediction = random.uniform(-0.2...3)
    let hasEconomics = random.chance(0.8)

    func week(_ index: Int) -> (
      facts: PeriodFacts, quality: QualityFacts?, drift: [FeatureDriftFacts],
      economics: PeriodEconomics?
    ) {
      let last = index == periods
      var predictions = Int(volume * random.uniform(0.85...1.15))
      if last && random.chance(0.06) { predictions = 0 }
      if last && random.chance(0.08) { predictions *= 3 }
      let labelled = Int(Double(predictions) * (last ? labelledShare : 1))
      let drop = slide * Double(index) + (random.chance(0.1) ? random.uniform(0...0.08) : 0)
      let value = metric == .accuracy ? max(0.3, quality0 - drop) : quality0 * (1 + 3 * drop)
      let drift = zip(features, drifting).map { name, pattern -> FeatureDriftFacts in
        let noise = random.uniform(0.001...0.004)
        let psi: Double
        switch pattern {
        case "step": psi = index >= stepAt ? random.uniform(0.3...0.8) : noise
        case "ramp": psi = noise + 0.02 * Double(index * index)
        default: psi = noise
        }
        return FeatureDriftFacts(name: name, isDetected: psi > 0.04, psi: psi)
      }
      let quality =
        predictions == 0
        ? nil
        : QualityFacts(
          metric: metric, value: value, low: labelled == 0 ? value - 0.03 : nil,
          high: labelled == 0 ? value + 0.03 : nil, isEstimated: labelled == 0,
          size: labelled == 0 ? predictions : labelled,
          baseline: random.chance(0.7) ? Baseline(value: quality0, source: .registry) : nil)
      let economics =
        hasEconomics
        ? PeriodEconomics(
          cost: last
            ? CostRates(
              monthlyInfrastructure: rates.monthlyInfrastructure * costJump,
              perThousandPredictions: rates.perThousandPredictions, perLabel: rates.perLabel
            ).cost(days: 7, predictions: predictions, labelled: labelled)
            : rates.cost(days: 7, predictions: predictions, labelled: labelled),
          value: Double(predictions) * valuePerPrediction * (metric == .accuracy ? value : 1),
          valueLost: quality?.baseline.map {
            Double(predictions) * abs(valuePerPrediction) * max(0, $0.value - value)
          },
          predictions: predictions, isEstimated: labelled == 0 && predictions > 0)
        : nil
      let facts = PeriodFacts(
        period: "2026-W\(39 + 8 - periods + index)", predictions: predictions, labelled: labelled,
        quality: quality?.reading, drift: drift,
        net: economics?.net, costPerThousand: economics?.costPerThousand)
      return (facts, quality, drift, economics)
    }

    let weeks = (0...periods).map(week)
    let now = weeks[periods]
    let driftingCount = now.drift.filter(\.isDetected).count
    return ModelFacts(
      name: name, task: task, period: "2026-W47", predictions: now.facts.predictions,
      labelled: now.facts.labelled, quality: now.quality,
      drift: now.facts.predictions == 0
        ? .none
        : DriftFacts(
          share: Double(driftingCount) / Double(features.count),
          isDetected: 2 * driftingCount >= features.count, features: now.drift),
      economics: now.economics, history: weeks.dropLast().map(\.facts))
  }
}
