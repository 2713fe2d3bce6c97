/// The cost of one model in one period, split by kind, in the report's currency.
public struct CostBreakdown: Sendable, Equatable, Codable {
  /// Infrastructure: billed amounts where a bill covers the day, the prorated estimate elsewhere.
  public var infrastructure: Double
  /// The per-prediction charge.
  public var predictions: Double
  /// The cost of obtaining outcomes (labels).
  public var labelling: Double
  /// Days in the period.
  public var days: Int
  /// Days whose infrastructure came from a bill rather than the estimate.
  public var billedDays: Int

  /// Creates a cost breakdown.
  ///
  /// - Parameters:
  ///   - infrastructure: Infrastructure cost.
  ///   - predictions: Per-prediction cost.
  ///   - labelling: Labelling cost.
  ///   - days: Days in the period.
  ///   - billedDays: Days covered by a bill.
  public init(
    infrastructure: Double, predictions: Double, labelling: Double, days: Int, billedDays: Int
  ) {
    self.infrastructure = infrastructure
    self.predictions = predictions
    self.labelling = labelling
    self.days = days
    self.billedDays = billedDays
  }

  /// Infrastructure, predictions and labelling together.
  public var total: Double { infrastructure + predictions + labelling }
}
