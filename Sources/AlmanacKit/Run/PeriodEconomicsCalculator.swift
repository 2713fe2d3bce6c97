internal import AlmanacIngest
internal import AlmanacMetrics

/// Puts money on a period's figures: cost from the rates (billing replacing the infrastructure
/// estimate day by day), value from the outcomes.
///
/// A classifier's value counts the measured outcomes of labelled rows plus, for the rows whose outcome
/// is not known yet, the expected outcomes from calibrated scores; any estimated part marks the
/// value as an estimate. DESIGN.md counts labelled rows only until none is labelled, which makes a
/// half-labelled week look half as valuable as the weeks around it; the sum keeps weeks comparable.
/// Without scores, value counts labelled rows only. A regression model's value counts its labelled
/// rows.
struct PeriodEconomicsCalculator {
  let settings: EconomicsSettings
  /// Billed infrastructure per day (days since 1970), already converted to the report's currency.
  let billedByDay: [Int: Double]
  /// Baseline metrics of the serving version.
  let baseline: [String: Double]

  /// The economics of a period.
  ///
  /// - Returns: `nil` when the model has no value figures, or when the period has neither outcomes
  ///   nor scores to value (a cost alone would read as a loss).
  func economics(of figures: PeriodFigures) -> PeriodEconomics? {
    let firstDay = figures.period.start.daysSinceEpoch
    let billed = (0..<figures.period.dayCount).map { billedByDay[firstDay + $0] }
    let cost = settings.rates.cost(
      billedInfrastructure: billed, predictions: figures.predictions, labelled: figures.labelled)
    guard settings.outcomes != nil || settings.forecasts != nil else { return nil }
    guard figures.predictions > 0 else {
      return PeriodEconomics(
        cost: cost, value: 0, valueLost: nil, predictions: 0, isEstimated: false)
    }
    if let payoffs = settings.outcomes {
      let measured = figures.confusion
      let expected = figures.unlabelledExpectedConfusion
      let counts: ConfusionMatrix
      switch (measured, expected) {
      case (let measured?, let expected?): counts = measured + expected
      case (let measured?, nil): counts = measured
      case (nil, let expected?): counts = expected
      case (nil, nil): return nil
      }
      return PeriodEconomics(
        cost: cost, value: payoffs.value(of: counts),
        valueLost: baseline["accuracy"].map { payoffs.valueLost(at: counts, baselineAccuracy: $0) },
        predictions: figures.predictions, isEstimated: expected != nil)
    }
    if let payoffs = settings.forecasts {
      guard let meanError = figures.metric("mae")?.value else { return nil }
      return PeriodEconomics(
        cost: cost,
        value: payoffs.value(predictions: figures.labelled, meanAbsoluteError: meanError),
        valueLost: baseline["mae"].map {
          payoffs.valueLost(
            predictions: figures.labelled, meanAbsoluteError: meanError,
            baselineMeanAbsoluteError: $0)
        },
        predictions: figures.predictions, isEstimated: false)
    }
    return nil
  }
}
