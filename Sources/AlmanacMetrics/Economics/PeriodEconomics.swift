/// Cost and value of one model in one period, and the figures derived from them.
///
/// The derived figures (`net`, `roi`, `costPerThousand`) are computed from the stored ones, so they can
/// never disagree with them.
public struct PeriodEconomics: Sendable, Equatable, Codable {
  /// What the model cost, by kind.
  public var cost: CostBreakdown
  /// What its predictions earned (`OutcomePayoffs.value(of:)` or `RegressionPayoffs.value(...)`).
  public var value: Double
  /// What the period would have earned at the baseline's quality, less what it earned (negative for a
  /// gain); `nil` without a baseline.
  public var valueLost: Double?
  /// Predictions made in the period (all of them, labelled or not).
  public var predictions: Int
  /// Whether `value` (and `valueLost`) rest on estimated outcomes because the true ones are not known.
  public var isEstimated: Bool

  /// Creates the economics of a period.
  ///
  /// - Parameters:
  ///   - cost: What the model cost.
  ///   - value: What its predictions earned.
  ///   - valueLost: Value lost against the baseline, if there is one.
  ///   - predictions: Predictions made, at least 0.
  ///   - isEstimated: Whether the value rests on estimated outcomes.
  public init(
    cost: CostBreakdown, value: Double, valueLost: Double?, predictions: Int, isEstimated: Bool
  ) {
    self.cost = cost
    self.value = value
    self.valueLost = valueLost
    self.predictions = predictions
    self.isEstimated = isEstimated
  }

  /// Value less cost.
  public var net: Double { value - cost.total }

  /// Return on investment, `net / cost`; `nil` unless the cost is positive (credits can make it
  /// negative, and a return on a negative cost means nothing).
  public var roi: Double? { cost.total > 0 ? net / cost.total : nil }

  /// Cost per 1,000 predictions, `cost / predictions x 1000`; `nil` without predictions, or when
  /// billing credits make the cost negative (a negative price per prediction means nothing).
  public var costPerThousand: Double? {
    predictions > 0 && cost.total >= 0 ? cost.total / Double(predictions) * 1000 : nil
  }
}
