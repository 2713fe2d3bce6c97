/// An earlier period's headline figure as estimated before its outcomes were known, beside the
/// figure its outcomes now give: how close the estimate was.
public struct EstimateOutcome: Sendable, Equatable {
  /// The period, such as `2026-W46`.
  public var period: String
  /// Which figure.
  public var metric: QualityMetric
  /// The estimate as recorded, with its band when it had one.
  public var estimate: Double
  /// The band's lower end.
  public var low: Double?
  /// The band's upper end.
  public var high: Double?
  /// The figure the outcomes give.
  public var actual: Double

  /// Creates an estimate's outcome.
  ///
  /// - Parameters:
  ///   - period: The period.
  ///   - metric: Which figure.
  ///   - estimate: The estimate as recorded.
  ///   - low: The band's lower end.
  ///   - high: The band's upper end.
  ///   - actual: The figure the outcomes give.
  public init(
    period: String, metric: QualityMetric, estimate: Double, low: Double?, high: Double?,
    actual: Double
  ) {
    self.period = period
    self.metric = metric
    self.estimate = estimate
    self.low = low
    self.high = high
    self.actual = actual
  }

  /// Whether the outcomes fall within the estimate's band.
  public var isWithinBand: Bool? {
    guard let low, let high else { return nil }
    return low <= actual && actual <= high
  }

  /// The note that says how close the estimate was.
  ///
  /// For example: `2026-W46's accuracy was estimated at 78.1% (likely between 76.9% and 79.3%)
  /// before its outcomes arrived; they now give 77.6%, within that range.`
  var sentence: String {
    let isAccuracy = metric == .accuracy
    func format(_ value: Double) -> String {
      isAccuracy ? Wording.percent(value, decimals: 1) : Wording.measure(value)
    }
    let name = isAccuracy ? "accuracy" : "average error"
    var text = "\(period)'s \(name) was estimated at \(format(estimate))"
    if let low, let high {
      text += " (likely between \(format(low)) and \(format(high)))"
    }
    text += " before its outcomes arrived; they now give \(format(actual))"
    let gap =
      isAccuracy
      ? Wording.number(abs(actual - estimate) * 100, decimals: 1) + " points"
      : Wording.measure(abs(actual - estimate))
    switch isWithinBand {
    case true?: return text + ", within that range."
    case false?: return text + ", outside that range: the estimate was off by \(gap)."
    case nil: return text + ", \(gap) apart."
    }
  }
}
