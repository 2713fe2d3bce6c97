/// One metric of a model for a period, such as its accuracy or RMSE, with its interval when it has
/// one.
///
/// A measured figure (from labelled rows) and an estimated one (from scores, before labels arrive)
/// of the same name are stored side by side; `estimated` tells them apart. The schema requires `low
/// <= value <= high` for the bounds that are present.
public struct StoredMetric: Sendable, Hashable, Codable {
  /// The metric's name, as in the JSON report (`accuracy`, `rmse`, ...).
  public var name: String
  /// The point value; finite.
  public var value: Double
  /// The lower bound of its 95% interval, or `nil` when it has none.
  public var low: Double?
  /// The upper bound of its 95% interval, or `nil` when it has none.
  public var high: Double?
  /// Whether the value is estimated without labels rather than measured.
  public var estimated: Bool

  /// Creates a stored metric.
  ///
  /// - Parameters:
  ///   - name: The metric's name, such as `accuracy`.
  ///   - value: The point value.
  ///   - low: The lower interval bound, if any.
  ///   - high: The upper interval bound, if any.
  ///   - estimated: Whether the value is estimated rather than measured.
  public init(
    name: String, value: Double, low: Double? = nil, high: Double? = nil, estimated: Bool = false
  ) {
    self.name = name
    self.value = value
    self.low = low
    self.high = high
    self.estimated = estimated
  }
}
