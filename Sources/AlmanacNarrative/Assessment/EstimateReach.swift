/// How far a period's estimated rows lie from what the reference supports: scores outside the
/// range the calibration was fitted on, where it can only repeat its end values.
public struct EstimateReach: Sendable, Equatable {
  /// The share of estimated rows at which the report says the estimates are less certain.
  public static let noticeableShare = 0.05

  /// Rows estimated from their scores.
  public var estimated: Int
  /// Of those, rows whose score lies outside `range`.
  public var outsideRange: Int
  /// The lowest and highest score of the reference.
  public var range: ClosedRange<Double>

  /// Creates the reach of a period's estimates.
  ///
  /// - Parameters:
  ///   - estimated: Rows estimated from their scores.
  ///   - outsideRange: Rows whose score lies outside `range`.
  ///   - range: The reference's lowest and highest score.
  public init(estimated: Int, outsideRange: Int, range: ClosedRange<Double>) {
    self.estimated = estimated
    self.outsideRange = outsideRange
    self.range = range
  }

  /// Whether enough rows lie outside the range to say so.
  public var isNoticeable: Bool {
    estimated > 0 && Double(outsideRange) >= Self.noticeableShare * Double(estimated)
  }
}
