/// How one figure moved over a model's trend: its first and last figures on record and the change
/// between them, for the words beside a chart.
public struct TrendChange: Sendable, Equatable {
  /// The first period with a figure.
  public var fromPeriod: String
  /// Its figure.
  public var from: Double
  /// The last period with a figure.
  public var toPeriod: String
  /// Its figure.
  public var to: Double
  /// The last figure minus the first.
  public var change: Double

  /// The change of a figure over periods; fails with fewer than two finite figures.
  ///
  /// - Parameter figures: Each period's label and figure (`nil` for none), oldest first.
  public init?(_ figures: [(period: String, value: Double?)]) {
    let shown = figures.compactMap { figure in
      figure.value.flatMap { $0.isFinite ? (figure.period, $0) : nil }
    }
    guard shown.count > 1, let (fromPeriod, from) = shown.first,
      let (toPeriod, to) = shown.last
    else { return nil }
    self.fromPeriod = fromPeriod
    self.from = from
    self.toPeriod = toPeriod
    self.to = to
    change = to - from
  }
}
