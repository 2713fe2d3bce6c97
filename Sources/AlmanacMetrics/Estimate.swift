/// A figure with its two-sided confidence interval.
///
/// Every rate or error the numeric core reports is an `Estimate`: the point value and, when an interval
/// is defined for it, the bounds of its 95% interval. `low <= value <= high` whenever the bounds exist.
public struct Estimate: Sendable, Equatable, Codable {
  /// The point value.
  public var value: Double
  /// The lower bound of the interval, or `nil` when no interval is defined.
  public var low: Double?
  /// The upper bound of the interval, or `nil` when no interval is defined.
  public var high: Double?

  /// Creates an estimate.
  ///
  /// - Parameters:
  ///   - value: The point value.
  ///   - low: The lower interval bound, if any.
  ///   - high: The upper interval bound, if any.
  public init(_ value: Double, low: Double? = nil, high: Double? = nil) {
    self.value = value
    self.low = low
    self.high = high
  }
}
