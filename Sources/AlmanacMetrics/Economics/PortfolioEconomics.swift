/// Cost and value of several models in one period, added up.
public struct PortfolioEconomics: Sendable, Equatable, Codable {
  /// Models whose economics are included.
  public var models: Int
  /// Total cost.
  public var cost: Double
  /// Total value.
  public var value: Double
  /// Total value lost against baselines over the models that have one (gains net against losses);
  /// `nil` when no model has a baseline.
  public var valueLost: Double?
  /// Total predictions.
  public var predictions: Int
  /// Whether any model's value is estimated.
  public var isEstimated: Bool

  /// Adds up the economics of several models.
  ///
  /// Sums are taken in the order given (a plain sum: a portfolio has at most thousands of models of
  /// like magnitude, so rounding stays far below a cent).
  ///
  /// - Parameter parts: The economics of each model.
  /// - Complexity: O(*m*) for *m* models.
  public init(_ parts: some Sequence<PeriodEconomics>) {
    var models = 0
    var cost = 0.0
    var value = 0.0
    var valueLost: Double?
    var predictions = 0
    var isEstimated = false
    for part in parts {
      models += 1
      cost += part.cost.total
      value += part.value
      if let lost = part.valueLost { valueLost = (valueLost ?? 0) + lost }
      predictions += part.predictions
      isEstimated = isEstimated || part.isEstimated
    }
    self.models = models
    self.cost = cost
    self.value = value
    self.valueLost = valueLost
    self.predictions = predictions
    self.isEstimated = isEstimated
  }

  /// Total value less total cost.
  public var net: Double { value - cost }

  /// Return on investment of the whole portfolio, `net / cost`; `nil` unless the cost is positive.
  public var roi: Double? { cost > 0 ? net / cost : nil }

  /// Cost per 1,000 predictions over all models; `nil` without predictions or with a negative cost.
  public var costPerThousand: Double? {
    predictions > 0 && cost >= 0 ? cost / Double(predictions) * 1000 : nil
  }
}
