internal import AlmanacMetrics

extension ModelFacts {
  /// Whether the model cost more than it earned.
  ///
  /// Amber for one period, red from `thresholds.lossPeriodsAlert` periods in a row; the advice is to
  /// review the business case, or to retire the model from `thresholds.retirePeriods` periods in a row.
  ///
  /// - Returns: A `negative_value` observation whose impact is the (negative) net value, or `nil`.
  func lossObservation() -> Observation? {
    guard let economics, economics.net < 0 else { return nil }
    let periods = 1 + trailingRun { ($0.net ?? 0) < 0 }
    return Observation(
      kind: .negativeValue, severity: periods >= thresholds.lossPeriodsAlert ? .red : .amber,
      evidence: .loss(
        cost: economics.cost.total, value: economics.value, isEstimated: economics.isEstimated,
        periods: periods),
      recommendation: periods >= thresholds.retirePeriods ? .retireModel : .reviewBusinessCase,
      impact: economics.net)
  }

  /// Whether the cost per 1,000 predictions rose at least `thresholds.costRiseWarn` (relative) above
  /// its usual level (median of recent periods).
  ///
  /// - Returns: An amber `rising_cost` observation whose impact is the extra cost this period,
  ///   `-(current - usual) x predictions / 1000` (the predictions of `economics`), or `nil`.
  func unitCostObservation() -> Observation? {
    guard let economics, let current = economics.costPerThousand,
      let usual = usual(\.costPerThousand), usual > 0,
      current / usual - 1 >= thresholds.costRiseWarn
    else { return nil }
    return Observation(
      kind: .risingCost, severity: .amber, evidence: .unitCost(usual: usual, current: current),
      recommendation: .reviewBusinessCase,
      impact: -(current - usual) * Double(economics.predictions) / 1000)
  }
}
