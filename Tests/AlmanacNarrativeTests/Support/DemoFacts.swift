import AlmanacMetrics
import AlmanacNarrative

/// Facts shaped like the built-in demo's eight weeks (2026-W40 to 2026-W47).
///
/// `credit-default`: incomes drift gradually from week 5 (PSI building up, detected from week 6), a
/// partner campaign shifts debt ratios and channels in one step in week 7, accuracy slides from
/// about 0.84 to 0.76 after, and the last week has no outcomes yet (estimated accuracy).
/// `store-demand`: a steady regression model whose outcomes are known the next morning.
enum DemoFacts {
  static let weeks = (40...47).map { "2026-W\($0)" }
  static let features = ["income", "age", "debt_ratio", "credit_lines", "region", "channel"]

  /// PSI per feature and week (weeks 1 to 8); drift is detected from the test, given separately.
  static let psi: [String: [Double]] = [
    "income": [0.002, 0.003, 0.002, 0.002, 0.012, 0.045, 0.095, 0.160],
    "age": [0.002, 0.001, 0.003, 0.002, 0.002, 0.003, 0.002, 0.002],
    "debt_ratio": [0.002, 0.002, 0.003, 0.002, 0.002, 0.003, 0.560, 0.580],
    "credit_lines": [0.001, 0.002, 0.002, 0.001, 0.002, 0.002, 0.003, 0.002],
    "region": [0.001, 0.001, 0.002, 0.001, 0.001, 0.002, 0.001, 0.002],
    "channel": [0.001, 0.002, 0.001, 0.001, 0.002, 0.001, 0.250, 0.260],
  ]
  /// The first week (1-based) each feature's drift is detected; absent: never.
  static let detectedFrom = ["income": 6, "debt_ratio": 7, "channel": 7]

  static let creditPredictions = [5_012, 4_987, 5_104, 4_950, 5_033, 4_978, 5_061, 5_020]
  static let creditAccuracy = [0.842, 0.838, 0.845, 0.841, 0.836, 0.829, 0.805, 0.762]
  /// Outcomes arrive 9 to 15 days after the decision: week 7 is partly labelled, week 8 not at all.
  static let creditLabelled = [5_012, 4_987, 5_104, 4_950, 5_033, 4_978, 1_980, 0]
  static let creditRates = CostRates(
    monthlyInfrastructure: 4200, perThousandPredictions: 0.35, perLabel: 0.80)
  static let creditPayoffs = OutcomePayoffs(
    truePositive: 1200, falsePositive: -150, falseNegative: -900, trueNegative: 0)
  static let creditBaseline = 0.84

  static let demandPredictions = 840
  static let demandMAE = [10.4, 10.1, 10.6, 10.3, 10.2, 10.5, 10.4, 10.3]
  static let demandRates = CostRates(
    monthlyInfrastructure: 1500, perThousandPredictions: 0.30, perLabel: 0)
  static let demandPayoffs = RegressionPayoffs(valuePerPrediction: 8, costPerUnitError: 0.40)
  static let demandBaseline = 10.8

  /// Drift of the credit model's features in a week (1-based).
  static func creditDrift(week: Int) -> [FeatureDriftFacts] {
    features.map { name in
      FeatureDriftFacts(
        name: name, isDetected: detectedFrom[name].map { week >= $0 } ?? false,
        psi: psi[name]?[week - 1])
    }
  }

  /// Outcome counts with the week's accuracy: 20% defaults, errors split 70/30 between declined
  /// good customers and missed defaults.
  static func creditCounts(week: Int) -> ConfusionMatrix {
    let total = Double(creditPredictions[week - 1])
    let wrong = total * (1 - creditAccuracy[week - 1])
    let falsePositives = 0.7 * wrong
    let falseNegatives = 0.3 * wrong
    let truePositives = 0.2 * total - falseNegatives
    return ConfusionMatrix(
      truePositives: truePositives, falsePositives: falsePositives,
      falseNegatives: falseNegatives,
      trueNegatives: total - truePositives - falsePositives - falseNegatives)
  }

  static func creditEconomics(week: Int) -> PeriodEconomics {
    let counts = creditCounts(week: week)
    return PeriodEconomics(
      cost: creditRates.cost(
        days: 7, predictions: creditPredictions[week - 1], labelled: creditLabelled[week - 1]),
      value: creditPayoffs.value(of: counts),
      valueLost: creditPayoffs.valueLost(at: counts, baselineAccuracy: creditBaseline),
      predictions: creditPredictions[week - 1], isEstimated: week == 8)
  }

  static func demandEconomics(week: Int) -> PeriodEconomics {
    let mae = demandMAE[week - 1]
    return PeriodEconomics(
      cost: demandRates.cost(days: 7, predictions: demandPredictions, labelled: demandPredictions),
      value: demandPayoffs.value(predictions: demandPredictions, meanAbsoluteError: mae),
      valueLost: demandPayoffs.valueLost(
        predictions: demandPredictions, meanAbsoluteError: mae,
        baselineMeanAbsoluteError: demandBaseline),
      predictions: demandPredictions, isEstimated: false)
  }

  /// The credit model's facts in a week (1-based, 2 to 8), with every earlier week as history.
  static func credit(week: Int, baseline: Double? = creditBaseline) -> ModelFacts {
    let history = (1..<week).map { earlier in
      PeriodFacts(
        period: weeks[earlier - 1], predictions: creditPredictions[earlier - 1],
        labelled: creditLabelled[earlier - 1],
        quality: QualityReading(
          value: creditAccuracy[earlier - 1], isEstimated: earlier == 8,
          size: creditLabelled[earlier - 1]),
        drift: creditDrift(week: earlier),
        net: creditEconomics(week: earlier).net,
        costPerThousand: creditEconomics(week: earlier).costPerThousand)
    }
    let drift = creditDrift(week: week)
    let drifting = drift.filter(\.isDetected).count
    return ModelFacts(
      name: "credit-default", task: .binaryClassification, period: weeks[week - 1],
      predictions: creditPredictions[week - 1], labelled: creditLabelled[week - 1],
      quality: QualityFacts(
        metric: .accuracy, value: creditAccuracy[week - 1],
        low: week == 8 ? 0.741 : nil, high: week == 8 ? 0.783 : nil, isEstimated: week == 8,
        size: week == 8 ? creditPredictions[week - 1] : creditLabelled[week - 1],
        baseline: baseline.map { Baseline(value: $0, source: .registry) }),
      drift: DriftFacts(
        share: Double(drifting) / Double(drift.count), isDetected: 2 * drifting >= drift.count,
        features: drift),
      economics: creditEconomics(week: week), history: history)
  }

  /// The demand model's facts in a week (1-based).
  static func demand(week: Int) -> ModelFacts {
    let names = ["store_size", "promo", "day_of_week", "temperature", "price"]
    let steady = names.map { FeatureDriftFacts(name: $0, isDetected: false, psi: 0.003) }
    let history = (1..<week).map { earlier in
      PeriodFacts(
        period: weeks[earlier - 1], predictions: demandPredictions, labelled: demandPredictions,
        quality: QualityReading(value: demandMAE[earlier - 1], size: demandPredictions),
        drift: steady, net: demandEconomics(week: earlier).net,
        costPerThousand: demandEconomics(week: earlier).costPerThousand)
    }
    return ModelFacts(
      name: "store-demand", task: .regression, period: weeks[week - 1],
      predictions: demandPredictions, labelled: demandPredictions,
      quality: QualityFacts(
        metric: .mae, value: demandMAE[week - 1], size: demandPredictions,
        baseline: Baseline(value: demandBaseline, source: .registry)),
      drift: DriftFacts(share: 0, isDetected: false, features: steady),
      economics: demandEconomics(week: week), history: history)
  }
}
